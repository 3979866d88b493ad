// Words and matching tokens from nlcst sentences. Contractions are expanded so that one
// phrase ("we have never met") matches every spelling ("we've never met", "we have never met").
import { normalize } from 'nlcst-normalize';
import { toString } from 'nlcst-to-string';
import type { Sentence as NlcstSentence, Word as NlcstWord } from 'nlcst';
import type { Token, Word } from './model.js';

// A Map, not an object: a draft may contain the word "constructor".
const IRREGULAR_NEGATIONS = new Map<string, readonly string[]>([
  ["can't", ['can', 'not']],
  ["won't", ['will', 'not']],
  ["shan't", ['shall', 'not']],
  ["ain't", ['am', 'not']],
  ["let's", ['let', 'us']],
  // Contractions typed without their apostrophe, as many write on a phone ("Ive been", "im free").
  // Only spellings that are not words themselves ("id", "wont", "well" and "were" are left alone).
  ['ive', ['i', 'have']],
  ['im', ['i', 'am']],
  ['dont', ['do', 'not']],
  ['cant', ['can', 'not']],
  ['didnt', ['did', 'not']],
  ['doesnt', ['does', 'not']],
  ['isnt', ['is', 'not']],
  ['wasnt', ['was', 'not']],
  ['havent', ['have', 'not']],
  ['hasnt', ['has', 'not']],
  ['wouldnt', ['would', 'not']],
  ['couldnt', ['could', 'not']],
  ['shouldnt', ['should', 'not']],
  ['youre', ['you', 'are']],
  ['youve', ['you', 'have']],
  ['weve', ['we', 'have']],
  ['theyre', ['they', 'are']],
]);

const SUFFIXES: Array<[string, string]> = [
  ["n't", 'not'],
  ["'ve", 'have'],
  ["'ll", 'will'],
  ["'re", 'are'],
  ["'d", 'would'],
  ["'m", 'am'],
];

export function normalizeWord(text: string): string {
  return normalize(text.normalize('NFC'), { allowApostrophes: true, allowDashes: true });
}

/** A spelling's normalized form and the forms of its tokens (a contraction has two). */
interface Forms {
  norm: string;
  parts: readonly string[];
}

const NO_PARTS: readonly string[] = [];
const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function partsOf(norm: string): readonly string[] {
  // An emoji with a variation selector ("✌️") reaches us as a word; it is no word of a phrase.
  if (!HAS_LETTER_OR_DIGIT.test(norm)) return NO_PARTS;
  const irregular = IRREGULAR_NEGATIONS.get(norm);
  if (irregular) return irregular;
  for (const [suffix, expansion] of SUFFIXES) {
    if (norm.length > suffix.length && norm.endsWith(suffix)) return [norm.slice(0, -suffix.length), expansion];
  }
  return [norm];
}

/** Forms by spelling, kept for the process: drafts share a small vocabulary, so normalizing
 *  (Unicode NFC, apostrophes, case) is paid once per spelling. Bounded: cleared when full.
 *  Only short spellings are kept: V8 copies a slice under 13 units, while a longer one may
 *  point into its whole draft and would keep that text alive. */
const formsBySpelling = new Map<string, Forms>();
const MAX_SPELLINGS = 20_000;
const MAX_KEPT_SPELLING = 12;

function formsOf(text: string): Forms {
  let forms = formsBySpelling.get(text);
  if (forms === undefined) {
    const norm = normalizeWord(text);
    forms = { norm, parts: partsOf(norm) };
    if (text.length > MAX_KEPT_SPELLING) return forms;
    if (formsBySpelling.size >= MAX_SPELLINGS) formsBySpelling.clear();
    formsBySpelling.set(text, forms);
  }
  return forms;
}

/** The text of a word node: its leaves' values (toString walks any tree; a word is one level). */
function wordText(node: NlcstWord): string {
  const { children } = node;
  if (children.length === 1 && 'value' in children[0]) return children[0].value;
  let text = '';
  for (const child of children) text += 'value' in child ? child.value : toString(child);
  return text;
}

export function wordOf(node: NlcstWord): Word | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return undefined;
  const text = wordText(node);
  return { start, end, text, norm: formsOf(text).norm };
}

/** Splits a contraction into its parts; every part keeps the whole word's range. */
export function tokensOf(word: Word): Token[] {
  return partsOf(word.norm).map((norm) => ({ start: word.start, end: word.end, norm, raw: word.text }));
}

/** The tokens of a sentence's words, in order (what tokensOf gives for each word). */
export function sentenceTokens(sentence: NlcstSentence): Token[] {
  const tokens: Token[] = [];
  for (const child of sentence.children) {
    if (child.type !== 'WordNode') continue;
    const start = child.position?.start.offset;
    const end = child.position?.end.offset;
    if (start === undefined || end === undefined) continue;
    const raw = wordText(child);
    for (const norm of formsOf(raw).parts) tokens.push({ start, end, norm, raw });
  }
  return tokens;
}

/** Whether a word starts with a capital letter (names, signatures). */
export function isCapitalised(text: string): boolean {
  const first = String.fromCodePoint(text.codePointAt(0) ?? 32);
  return first !== first.toLowerCase();
}
