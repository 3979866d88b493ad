// The fast path (plain-prose.ts) against the Markdown path: wherever a draft takes the fast
// path, both give the same draft model (frontmatter, body, comments, slots, sentences and their
// tokens, greeting, sign-off, relationship) and the same findings. Checked on every corpus draft
// and on generated drafts built to sit on the edge of Markdown: line-edge spaces, blank lines
// of spaces, tabs, CR and CRLF, brackets, ampersands, punctuation runs, frontmatter and a BOM.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: the bench's generator is plain JavaScript
import { makeDraft, rng } from '../../bench/generate.mjs';
import { lintDraft } from '../lint.js';
import type { Draft } from './model.js';
import { parseDraft } from './parse.js';
import { isPlainProse } from './plain-prose.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 1500);
const SEED = process.env.FUZZ_SEED !== undefined ? Number(process.env.FUZZ_SEED) : process.env.FUZZ_RUNS === undefined ? 20260510 : undefined;
const params = { numRuns: RUNS, ...(SEED === undefined ? {} : { seed: SEED }) };
const TIMEOUT = Math.max(60_000, RUNS * 60);

/** What the rules read from a draft, without the trees themselves. */
function model(draft: Draft) {
  return {
    frontmatter: draft.frontmatter,
    body: draft.body,
    bodySegments: draft.bodySegments,
    comments: draft.comments,
    slots: draft.slots,
    allSentences: draft.allSentences.map(({ start, end, index, question, tokens }) => ({ start, end, index, question, tokens })),
    sentences: draft.sentences.map(({ start, end, index, tokens }) => ({ start, end, index, tokens })),
    greeting: draft.greeting,
    signOff: draft.signOff,
    template: draft.template,
  };
}

/** Whether `text` takes the fast path; if so, asserts both paths agree on it. */
function agrees(text: string): boolean {
  const fast = parseDraft(text);
  if (fast.mdast) return false;
  const full = parseDraft(text, { markdown: true });
  expect(full.mdast, 'the Markdown path was taken').toBeDefined();
  expect(model(fast), JSON.stringify(text)).toEqual(model(full));
  const [a, b] = [lintDraft(fast), lintDraft(full)];
  expect(a.findings, JSON.stringify(text)).toEqual(b.findings);
  // The same cues decided the same things: relationship and every signal.
  const signals = (r: typeof a) => [r.signals.relationship, r.signals.signals.map((s) => [s.cue.id, s.start, s.end])];
  expect(signals(a), JSON.stringify(text)).toEqual(signals(b));
  return true;
}

function draftsUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? draftsUnder(path) : name.endsWith('.invite.md') ? [path] : [];
  });
}

describe('the plain-prose fast path', () => {
  it('agrees with the Markdown path on every corpus draft that takes it', () => {
    const drafts = draftsUnder(join(import.meta.dirname, '..', '..', 'fixtures'));
    const fast = drafts.filter((path) => agrees(readFileSync(path, 'utf8')));
    // Most real drafts are plain prose: the comparison must cover most of the corpus.
    expect(fast.length).toBeGreaterThan(drafts.length * 0.6);
  });

  it('agrees with the Markdown path on mutated corpus drafts', () => {
    const texts = draftsUnder(join(import.meta.dirname, '..', '..', 'fixtures')).map((path) => readFileSync(path, 'utf8'));
    const edit = fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.nat(6), fc.oneof(fc.string({ unit: 'binary', maxLength: 4 }), fc.constantFrom(' ', '\n', '\n\n', '\r\n', '  \n', '.', '!', '?', '1.', '[', ']', '{', '}', '(', ')', 'TODO', '&', '\u00A0', '\t')));
    let fast = 0;
    fc.assert(
      fc.property(fc.nat(texts.length - 1), fc.array(edit, { maxLength: 5 }), (index, edits) => {
        let text = texts[index];
        for (const [where, cut, insert] of edits) {
          const at = Math.floor(where * text.length);
          text = text.slice(0, at) + insert + text.slice(at + cut);
        }
        if (agrees(text)) fast++;
      }),
      params,
    );
    expect(fast).toBeGreaterThan(RUNS * 0.3);
  }, TIMEOUT);

  it('agrees with the Markdown path on the bench generator\'s drafts', () => {
    let fast = 0;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 }), (seed) => {
        if (agrees(makeDraft(rng(seed)))) fast++;
      }),
      params,
    );
    expect(fast).toBeGreaterThan(RUNS * 0.5);
  }, TIMEOUT);

  // Drafts on the edge of Markdown: everything the fast path lets through, and near misses.
  const WORDS = ['Hi', 'Anna', 'we', 'met', 'at', 'the', 'meetup', "I'd", 'I’d', 'love', 'to', 'connect', 'Coffee', 'next', 'week', 'TODO', 'TBD', 'XXX', "TODO's", 'Best', 'Thanks', 'Cheers', 'Ben', 'O’Neill', 'São', 'Paulo', 'Dr.', 'e.g.', 'U.S.', '3pm', '2019', 'you’re', "can't", 'let’s', 'Zoë', 'Jo𐊀', '👋🏽', '🙂', '-', '–', '—', 'x-ray'];
  const PUNCTUATION = ['.', ',', '!', '?', '...', '…', '!!', '?!', ':', ';', '(', ')', '"', '“', '”', "'", '’', '/', '@', '#', '$', '%', '^', '&', '&x', 'Q&A', '~', '|', '=', '+', '{', '}', '{FirstName}', '{{company}}', '[', ']', '[how we met]', '[event name]', '![x]', '[x] (y)', '[a]b', '>', '-', '1.', '2)'];
  const MARKDOWN = ['*', '_', '`', '\\', '<', '&amp;', '[a][b]', '[a]: b'];
  // Simple emphasis and links (the fast path reads them), and near misses that it must not.
  const SIMPLE_INLINE = [
    '*really*', '**really**', '_the_', '__the__', '*two words*', '**Anna Okoro**', '*3pm*', '_Zoë_', "**I'd love to**", '*we met. At*', '*Hi Anna*', '**Best**',
    '[demo](https://example.com/demo)', '[the write-up](https://x.y/a_b*c)', '[Anna](mailto:a@b.c)', '[TODO](x)', '[event name](x)', '[Coffee next week](x)',
  ];
  const INLINE = [
    ...SIMPLE_INLINE,
    '*a', 'a*', '**a*', '*a**', '* a*', '*a *', '*a b *', '***a***', '*a*b', 'x*y*', '*y*z', '_snake_case_', 'snake_case', '*a*!', '*a!*', '*(a)*',
    '[a](b c)', '[a]( b)', '[a](<b>)', '[a](b "t")', '![a](b)', '[a](b)x', 'x[a](b)', '[*a*](b)', '[[a]](b)', '[a](b)(c)', '[a](b))', '**[a](b)**',
  ];
  const SPACES = [' ', ' ', ' ', '  ', '\t', '\u00A0', '\u2009', ' \t '];
  const LINE_ENDINGS = ['\n', '\n', '\r\n', '\r'];
  const INDENTS = [' ', '  ', '   ', '    ', '\t', '1. ', '- ', '# ', '> ', '=== ', '--- '];
  const tokenOf = (inline: boolean) => fc.oneof(
    { arbitrary: fc.constantFrom(...WORDS), weight: 30 },
    { arbitrary: fc.constantFrom(...PUNCTUATION), weight: 10 },
    { arbitrary: fc.constantFrom(...MARKDOWN), weight: 1 },
    { arbitrary: fc.constantFrom(...INLINE), weight: inline ? 4 : 0 },
    { arbitrary: fc.constantFrom(...SIMPLE_INLINE), weight: inline ? 8 : 0 },
    { arbitrary: fc.string({ maxLength: 3 }), weight: 1 },
    { arbitrary: fc.string({ unit: 'binary', maxLength: 3 }), weight: 1 }, // any code point, controls and astral ones included
    { arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code)), weight: 1 },
  );
  const lineOf = (inline: boolean) => fc
    .tuple(
      fc.oneof({ arbitrary: fc.constant(''), weight: 12 }, { arbitrary: fc.constantFrom(...INDENTS), weight: 1 }),
      fc.array(fc.tuple(tokenOf(inline), inline ? fc.constantFrom(' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', '', '\t') : fc.constantFrom(...SPACES, '')), { maxLength: inline ? 8 : 12 }),
      fc.constantFrom('', '', '', ' ', '  ', '\t', '   '),
    )
    .map(([indent, parts, trailing]) => indent + parts.map(([t, s]) => t + s).join('').trimEnd() + trailing);
  const bodyOf = (inline: boolean) => fc
    .array(fc.tuple(lineOf(inline), fc.constantFrom(...LINE_ENDINGS), fc.constantFrom('', '', '', '\n', ' \n', '\t\n', '\r\n')), { minLength: 1, maxLength: inline ? 5 : 8 })
    .map((lines) => lines.map(([l, eol, blank]) => l + eol + blank).join(''));
  const frontmatter = fc.oneof(
    fc.constant(''),
    fc.constantFrom('---\nto: Anna Okoro\n---\n', '---\r\nrelationship: stranger\r\n---\r\n', '---  \nlimit: 120\n---\t\n', '---\n---\n', '---\nto: [\n---\n', '---\nto: Anna\n---'),
  );
  const draftOf = (inline: boolean) => fc.tuple(fc.constantFrom('', '', '', '\uFEFF'), frontmatter, bodyOf(inline)).map(([bom, fm, b]) => bom + fm + b);

  it.each([
    ['on the edge of Markdown', false],
    ['with emphasis and links, simple and not', true],
  ])('agrees with the Markdown path on generated drafts %s', (_, inline) => {
    let fast = 0;
    let withMarkup = 0;
    fc.assert(
      fc.property(draftOf(inline), (text) => {
        if (!agrees(text)) return;
        fast++;
        if (/[*_]|\]\(/.test(text)) withMarkup++;
      }),
      params,
    );
    expect(fast).toBeGreaterThan(RUNS * 0.2);
    if (inline) expect(withMarkup).toBeGreaterThan(RUNS * 0.1);
  }, TIMEOUT);

  it.each([
    ['intraword emphasis', 'un*believ*able'],
    ['emphasis ending in punctuation', 'We *really!* met'],
    ['emphasis across lines', 'We *really\nmet*'],
    ['an unmatched delimiter', 'We **really* met'],
    ['nested emphasis', 'We ***really*** met'],
    ['an underscore inside a word', 'my_handle'],
    ['code', 'a `b` c'],
    ['an escape', 'a \\* b'],
    ['HTML and comments', 'a <!-- x --> b'],
    ['an autolink', '<https://x.y>'],
    ['a character reference', 'Tom &amp; Jerry'],
    ['a numeric reference', 'x &#35; y'],
    ['a link with a title', 'see [demo](https://x.y "Demo")'],
    ['a link with emphasis', 'see [*demo*](https://x.y)'],
    ['an image', 'see ![demo](https://x.y)'],
    ['a reference link', 'see [demo][1]'],
    ['a definition', '[1]: https://x.y'],
    ['a heading', '# Hello'],
    ['a quote', '  > Hello'],
    ['a list item', '- Ben'],
    ['an ordered list', '2) Ben'],
    ['a setext underline', 'Hi\n==='],
    ['a thematic break', 'Hi\n\n---'],
    ['a fence', '~~~\ncode\n~~~'],
    ['indented code', 'Hi\n\n    code'],
    ['a tab indent', '\tcode'],
    ['NUL', 'a\0b'],
    ['a no-break space at a line start', 'Hi\n\u00A0there'],
    ['a thin space at a line end', 'Hi\u2009\r\nthere'],
  ])('sends %s down the Markdown path', (_, text) => {
    expect(isPlainProse(text, 0, text.length)).toBe(false);
  });

  it.each([
    ['a slot', 'We met at [event name]!'],
    ['braces', 'Hi {FirstName},'],
    ['an ampersand', 'Q&A at 3pm & drinks'],
    ['exclamation marks', 'Wow!!! ![not an image]'],
    ['indentation of up to three spaces', '   Hi Anna,\n  we met.'],
    ['dashes inside lines', 'Hi Anna – we met — at x-ray - ok'],
    ['a hashtag mid-line', 'We are #hiring'],
    ['a no-break space mid-line', 'Bonjour\u00A0! Ça va ?'],
    ['emphasis', 'We *really* met.'],
    ['strong', '**Anna**, __we__ met'],
    ['an inline link', 'See [the demo](https://x.y/a_b).'],
    ['braces around a hard break', '{   \rHi }\n\n'],
  ])('keeps %s on the fast path', (_, text) => {
    expect(isPlainProse(text, 0, text.length)).toBe(true);
    agrees(text);
  });
});
