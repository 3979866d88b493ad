// Words and matching tokens from nlcst sentences. Contractions are expanded so that one
// phrase ("we have never met") matches every spelling ("we've never met", "we have never met").
import { normalize } from 'nlcst-normalize';
import { toString } from 'nlcst-to-string';
import type { Sentence as NlcstSentence, Word as NlcstWord } from 'nlcst';
import type { Token, Word } from './model.js';

const IRREGULAR_NEGATIONS: Record<string, string[]> = {
  "can't": ['can', 'not'],
  "won't": ['will', 'not'],
  "shan't": ['shall', 'not'],
  "ain't": ['am', 'not'],
  "let's": ['let', 'us'],
};

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

export function wordOf(node: NlcstWord): Word | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return undefined;
  const text = toString(node);
  return { start, end, text, norm: normalizeWord(text) };
}

export function wordsOf(sentence: NlcstSentence): Word[] {
  const words: Word[] = [];
  for (const child of sentence.children) {
    if (child.type !== 'WordNode') continue;
    const word = wordOf(child);
    if (word) words.push(word);
  }
  return words;
}

/** Splits a contraction into its parts; every part keeps the whole word's range. */
export function tokensOf(word: Word): Token[] {
  const make = (norm: string): Token => ({ start: word.start, end: word.end, norm, raw: word.text });
  const irregular = IRREGULAR_NEGATIONS[word.norm];
  if (irregular) return irregular.map(make);
  for (const [suffix, expansion] of SUFFIXES) {
    if (word.norm.length > suffix.length && word.norm.endsWith(suffix)) {
      return [make(word.norm.slice(0, -suffix.length)), make(expansion)];
    }
  }
  return [make(word.norm)];
}

/** Whether a word starts with a capital letter (names, signatures). */
export function isCapitalised(text: string): boolean {
  const first = String.fromCodePoint(text.codePointAt(0) ?? 32);
  return first !== first.toLowerCase();
}
