import { afterGreetingLine, firstName, lineEnding } from './draft/insert.js';
import { memoized, type Draft, type Sentence } from './draft/model.js';
import { compilePatterns, findPhrases, type Pattern } from './draft/phrase-match.js';
import { STOCK_PHRASES } from './stock-phrase-alone.phrases.js';
import type { Rule } from './types.js';

const BUILT_IN = compilePatterns(STOCK_PHRASES);
const extraCache = new Map<string, Pattern[]>();

/** Built-in and extra phrases as one list, compiled (and indexed) once per configuration. */
export function stockPatterns(extraPhrases: readonly string[]): Pattern[] {
  const key = extraPhrases.join('\n');
  let patterns = extraCache.get(key);
  if (!patterns) {
    patterns = [...BUILT_IN, ...compilePatterns(extraPhrases.filter((p) => p.trim() !== ''))];
    extraCache.set(key, patterns);
  }
  return patterns;
}

/** True when a stock phrase covers every token of the sentence. */
function isStockSentence(sentence: Sentence, extraPhrases: readonly string[] = []): boolean {
  const covered = new Array<boolean>(sentence.tokens.length).fill(false);
  for (const match of findPhrases(sentence.tokens, stockPatterns(extraPhrases))) covered.fill(true, match.from, match.to);
  return covered.every(Boolean);
}

/** True when every prose token is covered by a stock phrase (an empty body included). */
export function isStockOnly(draft: Draft, extraPhrases: readonly string[] = []): boolean {
  // The rule and the elements summary both ask: answer once per draft and phrase set.
  return memoized(draft, `stock-only\n${extraPhrases.join('\n')}`, () => draft.sentences.every((sentence) => isStockSentence(sentence, extraPhrases)));
}

export const stockPhraseAlone: Rule<{ extraPhrases: string[] }> = {
  meta: {
    id: 'stock-phrase-alone',
    description: 'The note is empty or only a canned phrase ("I\'d like to add you to my professional network").',
    defaultSeverity: 'warning',
    fixKind: 'suggestion',
    core: true,
    defaultOptions: { extraPhrases: [] },
    rationale:
      'Canned messages are a missed opportunity: every communication is a chance to move the relationship forward, and a few extra seconds turn the invitation into a relationship-building act. Use the seed\'s three elements: context, the invitation in your own words, and a next action.',
    example: {
      bad: "I'd like to add you to my professional network on LinkedIn.",
      good: 'Hi Eileen, you came up in my "people you may know" list, and sure enough! We should be connected. How are things with you these days?',
    },
  },
  check({ draft, options, report }) {
    if (!isStockOnly(draft, options.extraPhrases)) return;
    const eol = lineEnding(draft);
    const name = firstName(draft);
    const skeleton = `[How we know each other, or what brought you to mind]. I'd like to stay connected here.${eol}${eol}[A next step: coffee, a call, or something I'll send you]?`;
    const first = draft.sentences[0];
    const last = draft.sentences.at(-1);
    if (first && last) {
      const start = first.tokens[0].start;
      report({
        message: 'Only a stock phrase: say how you know them, invite them in your own words, and suggest a next action.',
        start,
        end: last.end,
        suggestions: [{ title: 'Replace with a three-part draft', fix: { start, end: last.end, text: skeleton } }],
      });
      return;
    }
    const at = afterGreetingLine(draft) ?? draft.body.start;
    const greeting = draft.greeting ? `${/[,!:.]$/.test(draft.text.slice(0, at)) ? '' : ','}${eol}${eol}` : `Hi ${name ?? '[first name]'},${eol}${eol}`;
    const end = draft.greeting ? at : Math.max(at, draft.body.end);
    report({
      message: 'The note is empty: say how you know them, invite them in your own words, and suggest a next action.',
      start: draft.frontmatter && !draft.greeting ? draft.frontmatter.start : at,
      end: draft.frontmatter && !draft.greeting ? draft.frontmatter.end : end,
      suggestions: [{ title: 'Write a three-part draft', fix: { start: at, end, text: `${greeting}${skeleton}` } }],
    });
  },
};
