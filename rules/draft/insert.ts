// Where suggested sentences go, and how they are joined, in the draft's own line endings.
import type { Draft, Sentence } from './model.js';
import { isNameWord, parseRecipient } from './names.js';
import type { Fix } from '../types.js';

export const lineEnding = (draft: Draft) => (draft.text.includes('\r\n') ? '\r\n' : '\n');

/** Inserts a sentence where context belongs: just before the first prose sentence, or after
 *  it when it opens with the greeting ("Hi Sam, I saw..."), so no sentence is split. */
export function insertContext(draft: Draft, sentence: string): Fix {
  const first = draft.sentences[0];
  if (first && draft.greeting && first.start <= draft.greeting.start) {
    return { start: first.end, end: first.end, text: ` ${sentence}` };
  }
  if (first) {
    const at = first.tokens[0].start;
    return { start: at, end: at, text: `${sentence} ` };
  }
  const at = draft.greeting ? draft.greeting.end : draft.body.start;
  return { start: at, end: at, text: draft.greeting ? ` ${sentence}` : sentence };
}

/** Inserts a paragraph where the next action belongs: before the sign-off, else after the last prose. */
export function insertBeforeSignOff(draft: Draft, paragraph: string): Fix {
  const eol = lineEnding(draft);
  if (draft.signOff) return { start: draft.signOff.start, end: draft.signOff.start, text: `${paragraph}${eol}${eol}` };
  const last = draft.sentences.at(-1);
  const at = last ? last.end : draft.greeting ? draft.greeting.end : draft.body.start;
  return { start: at, end: at, text: `${eol}${eol}${paragraph}` };
}

/** The end of the line the greeting stands on, so text goes after its punctuation. */
export function afterGreetingLine(draft: Draft): number | undefined {
  if (!draft.greeting) return undefined;
  const newline = draft.text.indexOf('\n', draft.greeting.end);
  const end = newline < 0 ? draft.body.end : newline;
  return draft.text[end - 1] === '\r' ? end - 1 : end;
}

/** Where a finding about a whole element points: the prose of `sentence` (greeting words
 *  left out), or the start of the body when there is no prose at all. */
export function sentenceRange(draft: Draft, sentence: Sentence | undefined): { start: number; end: number } {
  return sentence ? { start: sentence.tokens[0].start, end: sentence.end } : { start: draft.body.start, end: draft.body.start };
}

/** The recipient's first name from `to:` or the greeting, for fitted suggestions; never a
 *  title, an initial or a role ("to: Dr. J. Mehta" gives none). */
export function firstName(draft: Draft): string | undefined {
  const to = draft.frontmatter?.to?.value;
  if (to !== undefined) {
    const recipient = parseRecipient(to);
    return recipient?.givenIsName ? recipient.given : undefined;
  }
  const word = draft.greeting?.title ? undefined : draft.greeting?.name[0]?.text;
  return word !== undefined && isNameWord(word) ? word : undefined;
}
