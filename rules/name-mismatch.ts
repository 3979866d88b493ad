import type { Word } from './draft/model.js';
import { TITLES } from './draft/greeting.phrases.js';
import { MARKERS } from './placeholder.phrases.js';
import type { Rule } from './types.js';

/** Case- and diacritic-insensitive form of a name ("Zoë" = "zoe"). */
const fold = (name: string) =>
  name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/’/g, "'").replace(/'s$/, '').replace(/\./g, '');

/** Titles before a name and suffixes after it are not part of the name to greet. */
const TITLE_WORDS = new Set(TITLES);
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'phd', 'md', 'mba', 'esq', 'cpa', 'pe', 'dds', 'rn', 'msc', 'bsc', 'ma', 'ba', 'frcs', 'obe', 'mbe', 'cbe']);

/** The words of a name, without stray punctuation, titles, suffixes or parentheses ("Dr. Anil Mehta, PhD (CTO)" has "Anil Mehta"). */
const words = (name: string) => {
  const all = name.replace(/\([^)]*\)?/g, ' ').split(/[\s,;]+/).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.]+$/gu, '').replace(/(?<=\p{L}{2,})\.+$/u, '')).filter(Boolean);
  const bare = (w: string) => w.toLowerCase().replace(/\./g, '');
  while (all.length > 1 && TITLE_WORDS.has(bare(all[0]))) all.shift();
  while (all.length > 1 && SUFFIXES.has(bare(all.at(-1)!))) all.pop();
  return all;
};
/** Only a replacement that reads as a name is a safe fix: each word capitalised, letters only.
 *  Anything else ("to: hi jo,you") is reported without a fix, so fixing always converges. */
const NAME_LIKE = /^\p{Lu}[\p{L}\p{M}'’.-]*(?: \p{Lu}[\p{L}\p{M}'’.-]*)*$/u;
const fixTo = (span: { start: number; end: number }, text: string) => (NAME_LIKE.test(text) ? { fix: { ...span, text } } : {});

export const nameMismatch: Rule = {
  meta: {
    id: 'name-mismatch',
    description: 'The greeting addresses someone other than the frontmatter `to:` recipient.',
    defaultSeverity: 'error',
    fixKind: 'fix',
    core: true,
    rationale:
      'Every invitation is a chance to strengthen a relationship; getting the name wrong ("Anna" for "Hannah") undoes it before the first sentence. A short form ("Dan" for "Daniel") is fine.',
    example: {
      bad: '---\nto: Hannah Okafor\n---\nHi Anna, great to see you at the summit yesterday. Coffee next week?',
      good: '---\nto: Hannah Okafor\n---\nHi Hannah, great to see you at the summit yesterday. Coffee next week?',
    },
  },
  check({ draft, report }) {
    const to = draft.frontmatter?.to?.value;
    const greeting = draft.greeting;
    if (!to || !greeting || greeting.name.length === 0) return;
    const toWords = words(to);
    if (toWords.length === 0) return; // `to:` holds no name to compare with (an emoji, say)
    const first: Word = greeting.name[0];
    if (MARKERS.includes(first.text)) return; // a slot is the placeholder rule's business

    if (greeting.title) {
      // "Dear Dr. Mehta": the surname is compared with the end of `to:`.
      const surname = greeting.name.map((w) => fold(w.text)).join(' ');
      const expected = toWords.slice(-greeting.name.length).map(fold).join(' ');
      const last = toWords.at(-1) ?? '';
      if (surname === expected || fold(greeting.name.at(-1)!.text) === fold(last) || toWords.length < 2) return;
      const wrong = { start: first.start, end: greeting.name.at(-1)!.end };
      const right = toWords.slice(-greeting.name.length).join(' ');
      report({
        message: `The greeting says "${draft.text.slice(wrong.start, wrong.end)}" but the note is to ${to}: use "${right}".`,
        ...wrong,
        ...fixTo(wrong, right),
      });
      return;
    }

    const given = fold(first.text);
    const expected = fold(toWords[0]);
    if (expected.startsWith(given) && given.length > 0) return; // "Dan" for "Daniel" is fine
    report({
      message: `The greeting says "${first.text}" but the note is to ${to}: use "${toWords[0]}".`,
      start: first.start,
      end: first.end,
      ...fixTo(first, toWords[0]),
    });
  },
};
