// What two drafts must share to share a sentence or a recipient: text with case, diacritics,
// punctuation and spacing set aside, the recipient's own name as one stand-in word, and any
// number or calendar word as another (a changed date is still the same sentence).
import type { Draft, Token } from '../draft/model.js';

const ASCII = /^[\x00-\x7f]*$/;
/** Case- and diacritic-insensitive form ("Zoë" = "zoe"); most words are ASCII and skip the Unicode work. */
export const fold = (text: string) => (ASCII.test(text) ? text.toLowerCase() : text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase());

const NAME = '\u0001name';
const DATE = '\u0001date';

// "may" and short forms ("sat", "sun", "mar") are ordinary words too often to stand for dates.
const CALENDAR_WORDS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
]);
const HAS_DIGIT = /\p{N}/u;

/** The recipient's name words as the draft gives them: the greeting's and `to:`'s, folded. */
export function recipientNames(draft: Draft): Set<string> {
  const names = new Set<string>();
  for (const word of draft.greeting?.name ?? []) names.add(fold(word.norm));
  for (const word of draft.frontmatter?.to?.value.split(/[\s,]+/) ?? []) {
    const bare = fold(word).replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (bare) names.add(bare);
  }
  return names;
}

/** A sentence's tokens as compared across drafts (greeting and sign-off words are already out). */
export function comparableWords(tokens: readonly Token[], names: ReadonlySet<string>): string[] {
  const words: string[] = [];
  for (const token of tokens) {
    const word = fold(token.norm);
    const stand = names.has(word) ? NAME : HAS_DIGIT.test(word) || CALENDAR_WORDS.has(word) ? DATE : word;
    // "3 March 2025" is one date, "Anna Maria" one name.
    if (stand.startsWith('\u0001') && words.at(-1) === stand) continue;
    words.push(stand);
  }
  return words;
}

/** The key two `to:` values share when they name the same person ("José Núñez" = "jose  nunez"). */
export function recipientKey(to: string): string {
  return fold(to).replace(/[\s\u00a0]+/g, ' ').trim();
}
