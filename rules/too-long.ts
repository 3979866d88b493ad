import { fieldKey, mergeFields } from './draft/merge-fields.js';
import type { Draft } from './draft/model.js';
import { DEFAULT_FILL, FIELD_FILLS } from './too-long.phrases.js';
import type { Rule } from './types.js';

/** The body's length as LinkedIn counts it, and where it passes the limit. In a template each
 *  merge field counts as its longest realistic fill. */
export function bodyLength(draft: Draft, limit: number): { count: number; limit: number; over?: { start: number; end: number } } {
  const fills = draft.template ? mergeFields(draft).map((field) => ({ ...field, width: longestFill(field.name) })) : [];
  const result = overflow(draft.text, draft.bodySegments, limit, fills);
  return { count: result?.count ?? 0, limit, over: result && result.count > limit ? { start: result.start, end: result.end } : undefined };
}

/** The longest realistic fill of a merge field, by its name (too-long.phrases.ts). */
export function longestFill(name: string): number {
  const key = fieldKey(name);
  const fill = FIELD_FILLS.find((f) => f.fields.includes(key)) ?? FIELD_FILLS.find((f) => f.fields.some((field) => key.includes(field)));
  return fill?.longest ?? DEFAULT_FILL;
}

/** The draft's limit: the frontmatter's, else the configured one. */
export const limitOf = (draft: Draft, configured: number) => draft.frontmatter?.limit?.value ?? configured;

/** What `/\s/` matches, by UTF-16 unit (a charCode test: this runs for every character). */
function isSpaceCode(code: number): boolean {
  return (
    (code >= 0x09 && code <= 0x0d) || code === 0x20 || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/** Characters as LinkedIn counts them: code points, a CRLF being one line break. */
function overflow(text: string, segments: Array<{ start: number; end: number }>, limit: number, fills: ReadonlyArray<{ start: number; end: number; width: number }> = []) {
  // The body is trimmed before counting, so find the first and last visible characters.
  const visible: Array<{ start: number; end: number }> = [];
  for (const s of segments) if (s.end > s.start) visible.push(s);
  let first = -1;
  let last = -1;
  for (const s of visible) {
    for (let i = s.start; i < s.end; i++) {
      if (isSpaceCode(text.charCodeAt(i))) continue;
      first = i;
      break;
    }
    if (first >= 0) break;
  }
  if (first < 0) return undefined;
  for (let k = visible.length - 1; k >= 0 && last < 0; k--) {
    for (let i = visible[k].end - 1; i >= visible[k].start; i--) {
      if (isSpaceCode(text.charCodeAt(i))) continue;
      last = i;
      break;
    }
  }

  let count = 0;
  let pastLimit = -1;
  let nextFill = 0;
  for (const s of visible) {
    for (let i = Math.max(s.start, first); i < s.end && i <= last; ) {
      while (nextFill < fills.length && fills[nextFill].start < i) nextFill++;
      const fill = fills[nextFill];
      if (fill?.start === i) {
        // A merge field counts as its fill; where the fill passes the limit, the field does.
        if (count <= limit && count + fill.width > limit) pastLimit = i;
        count += fill.width;
        i = fill.end;
        continue;
      }
      const code = text.codePointAt(i) ?? 0;
      const width = code > 0xffff ? 2 : 1;
      if (!(code === 0x0d && text.charCodeAt(i + 1) === 0x0a)) {
        count++;
        // A CRLF is one character: one past the limit starts at its CR, never between the two.
        if (count === limit + 1) pastLimit = text[i] === '\n' && text[i - 1] === '\r' ? i - 1 : i;
      }
      i += width;
    }
  }
  const end = last + ((text.codePointAt(last) ?? 0) > 0xffff ? 2 : 1);
  return { count, start: pastLimit, end };
}

export const tooLong: Rule<{ limit: number }> = {
  meta: {
    id: 'too-long',
    description: 'The body is longer than the invitation character limit.',
    defaultSeverity: 'error',
    fixKind: 'none',
    core: true,
    defaultOptions: { limit: 300 },
    optionDescriptions: { limit: 'The most characters a note may have: 300 on LinkedIn, 200 on free accounts.' },
    rationale:
      'LinkedIn cuts an invitation note at 300 characters (200 on free accounts). The seed\'s three elements fit in three sentences, or even two: "it doesn\'t have to be long."',
    example: {
      bad: "Hi Giulia, thank you so much for the pasta class in Bologna on Saturday, it was honestly the highlight of our entire trip, and my partner has not stopped talking about your tortellini since. I'm attaching the photos from the evening; there are some lovely ones of you at the board. If you're ever in Zurich, dinner is on us, we owe you!",
      good: 'Hi Giulia, what a treat to cook with you at the Turin pop-up! We should be connected. Call next week about a Lyon collaboration dinner?',
    },
  },
  check({ draft, options, report }) {
    const { count, limit, over } = bodyLength(draft, limitOf(draft, options.limit));
    if (!over) return;
    report({
      message: draft.template
        ? `With each merge field at its longest realistic fill, the note is ${count} characters; the limit is ${limit}. Cut ${count - limit} so no recipient's note is truncated.`
        : `The note is ${count} characters; the limit is ${limit}. Cut ${count - limit} so it is not truncated.`,
      ...over,
    });
  },
};
