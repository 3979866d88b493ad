/// <reference path="./stopword.d.ts" />
// The draft's language: frontmatter `lang:`, else detected over its prose with franc-min, else
// English. invitelint judges English only (RULES.md), and must never take an English draft for
// another language, however short, so detection is guarded: it reads only prose (greeting,
// sign-off, slots, capitalised words such as names and places, and web addresses set aside),
// needs enough of it, takes a clear share of English function words as English without asking
// franc, and otherwise needs franc's best guess to beat English by a clear margin and the
// prose to be made up, in good part, of that language's own function words (stopword's lists):
// "delicious mansaf, generous hospitality, unforgettable desert camp" is no Spanish, whatever
// its trigrams say.
// Computed on first use: drafts that give `lang:` or whose rules never ask skip it.
import { francAll } from 'franc-min';
import { data as trigrams } from 'franc-min/data.js';
import { afr, cat, ces, dan, deu, eng, fra, glg, hau, hin, hrv, hun, ind, ita, msa, nld, nob, pol, por, ron, slk, slv, som, spa, swa, swe, tgl, tur, vie, yor, zul } from 'stopword';
import { memoized, type Draft } from './model.js';
import { ENGLISH_MARKERS } from './language.phrases.js';
import { isCapitalised } from './tokens.js';

export interface Language {
  /** A BCP 47 tag: "en", "es", "pt-BR". */
  value: string;
  /** Its English name ("Spanish"), for messages and summaries. */
  name: string;
  source: 'frontmatter' | 'detected' | 'default';
}

/** Prose words needed before detecting, and their letters (names and short notes stay English). */
export const MIN_WORDS = 6;
export const MIN_LETTERS = 30;
/** Fewer letters suffice in a script other than Latin (Han, Cyrillic, Arabic, Devanagari...):
 *  English is not written in it, and franc tells its languages apart by the script first. */
const MIN_OTHER_SCRIPT_LETTERS = 8;
/** This share of English function words makes the prose English, with no detector asked. */
export const ENGLISH_SHARE = 0.15;
/** franc's best must score this much above English (its scores are 1 for the best, lower for others). */
export const MARGIN = 0.2;
/** A smaller margin suffices when the prose has no English function word at all and a quarter
 *  of it is the detected language's own ("me gustaría agregarte a mi red": short notes score
 *  close to English in trigrams, but their words leave no doubt). */
export const MARGIN_WITH_EVIDENCE = 0.1;
const EVIDENCE_SHARE = 0.25;
/** The share of the prose, and the count, of the detected language's own function words
 *  (its stopwords that are not English ones) needed to believe franc in a Latin script. */
export const FOREIGN_SHARE = 0.2;
const MIN_FOREIGN_WORDS = 2;
/** franc reads at most this many characters: a note is 300, and its cost grows with the input. */
const SAMPLE_CHARS = 300;

const ENGLISH: Language = { value: 'en', name: 'English', source: 'default' };
const MARKERS = new Set(ENGLISH_MARKERS);
const NAMES = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
const LETTER = /\p{L}/gu;
const LATIN_LETTER = /\p{Script=Latin}/gu;
/** stopword's lists for the Latin-script languages franc-min knows, and Hindi, by franc's ISO
 *  639-3 code (franc's individual codes for Swahili and Malay, stopword's macrolanguage ones);
 *  imported one by one, so the bundle carries only these. */
const STOPWORDS: Record<string, readonly string[]> = { afr, cat, ces, dan, deu, fra, glg, hau, hin, hrv, hun, ind, ita, nld, nob, pol, por, ron, slk, slv, som, spa, swe, swh: swa, tgl, tur, vie, yor, zlm: msa, zul };
/** Languages franc-min does not know, or confuses on a short note, beside the one it takes them
 *  for ("Dit was lekker om jou te sien" reads as Dutch; short Hindi reads as Bhojpuri or Magahi, Slovenian as Croatian,
 *  Indonesian as Malay): the one whose own function words the prose has more of wins. */
const SIBLINGS: Record<string, readonly string[]> = { nld: ['afr'], spa: ['cat', 'glg'], por: ['glg'], swe: ['dan', 'nob'], ces: ['slk'], hrv: ['slv'], bho: ['hin'], mag: ['hin'], mai: ['hin'], zlm: ['ind'] };
/** franc's individual codes whose BCP 47 tag is their macrolanguage's (Intl knows no "zlm"). */
const MACROLANGUAGE: Record<string, string> = { zlm: 'ms' };
const ownWords = new Map<string, Set<string>>();
/** Latin-script languages whose detection could never be confirmed (no stopword list) are not
 *  worth franc's time: leaving them out halves its cost on Latin text. */
const UNCONFIRMABLE = Object.keys(trigrams.Latin ?? {}).filter((code) => code !== 'eng' && !STOPWORDS[code]);

/** The function words of a language (by franc's code) that are not also English ones, built
 *  when first needed; none for a language without a list. */
function functionWords(code: string): Set<string> {
  let words = ownWords.get(code);
  if (!words) {
    const english = new Set(eng);
    words = new Set((STOPWORDS[code] ?? []).filter((w) => !english.has(w)));
    ownWords.set(code, words);
  }
  return words;
}

export function nameOfLanguage(tag: string): string {
  try {
    return NAMES.of(new Intl.Locale(tag).language) ?? tag;
  } catch {
    return tag;
  }
}

/** Whether a language is English ("en", "en-GB", "en-IN"). */
export const isEnglish = (language: Language) => language.value === 'en' || language.value.startsWith('en-');

export function languageOf(draft: Draft): Language {
  return memoized(draft, 'language', () => {
    const given = draft.frontmatter?.lang?.value;
    if (given) return { value: given, name: nameOfLanguage(given), source: 'frontmatter' };
    return detect(draft) ?? ENGLISH;
  });
}

/** The prose words franc may read: lower-case words of the body's sentences, outside web
 *  addresses and e-mail addresses (the whitespace-delimited chunks with "://", "www." or "@"). */
function proseWords(draft: Draft): string[] {
  const words: string[] = [];
  for (const sentence of draft.sentences) {
    const text = draft.text.slice(sentence.start, sentence.end);
    const addresses: Array<[number, number]> = [];
    if (text.includes('://') || text.includes('www.') || text.includes('@')) {
      for (const chunk of text.matchAll(/\S+/gu)) {
        if (chunk[0].includes('://') || chunk[0].startsWith('www.') || chunk[0].includes('@')) addresses.push([sentence.start + chunk.index, sentence.start + chunk.index + chunk[0].length]);
      }
    }
    let previous = -1;
    let next = 0; // addresses and tokens are both in text order
    for (const token of sentence.tokens) {
      if (token.start === previous) continue; // the second half of a contraction ("we've")
      previous = token.start;
      while (next < addresses.length && addresses[next][1] <= token.start) next++;
      if (next < addresses.length && token.start >= addresses[next][0]) continue;
      const raw = token.raw;
      if (isCapitalised(raw) || /\d/u.test(raw) || !/\p{L}/u.test(raw)) continue;
      words.push(raw.toLowerCase().replace(/’/g, "'"));
    }
  }
  return words;
}

function detect(draft: Draft): Language | undefined {
  const words = proseWords(draft);
  const sample = words.join(' ').slice(0, SAMPLE_CHARS);
  const letters = sample.match(LETTER)?.length ?? 0;
  const otherScript = letters - (sample.match(LATIN_LETTER)?.length ?? 0);
  const byScript = otherScript * 2 > letters;
  const enough = byScript ? otherScript >= MIN_OTHER_SCRIPT_LETTERS : words.length >= MIN_WORDS && letters >= MIN_LETTERS;
  if (!enough) return undefined;
  const english = words.filter((w) => MARKERS.has(w.replace(/'.*$/, ''))).length;
  if (english >= words.length * ENGLISH_SHARE) return { ...ENGLISH, source: 'detected' };
  const ranked = francAll(sample, { minLength: 1, ignore: UNCONFIRMABLE });
  const [best, score] = ranked[0];
  if (best === 'und') return undefined;
  if (best === 'eng') return { ...ENGLISH, source: 'detected' };
  const englishScore = ranked.find(([code]) => code === 'eng')?.[1] ?? 0;
  const ownCount = (code: string) => {
    const own = functionWords(code);
    return words.filter((w) => own.has(w)).length;
  };
  let code = best;
  let foreign = ownCount(best);
  for (const sibling of SIBLINGS[best] ?? []) {
    const count = ownCount(sibling);
    if (count > foreign) [code, foreign] = [sibling, count];
  }
  const evidence = english === 0 && foreign >= words.length * EVIDENCE_SHARE;
  if (score - englishScore < (evidence ? MARGIN_WITH_EVIDENCE : MARGIN)) return undefined;
  if (!byScript && (foreign < MIN_FOREIGN_WORDS || foreign < words.length * FOREIGN_SHARE)) return undefined;
  const tag = canonical(code);
  return { value: tag, name: nameOfLanguage(tag), source: 'detected' };
}

/** franc's ISO 639-3 code as a BCP 47 tag ("spa" is "es"); the code itself when it has no shorter form. */
function canonical(code: string): string {
  if (MACROLANGUAGE[code]) return MACROLANGUAGE[code];
  try {
    return Intl.getCanonicalLocales(code)[0] ?? code;
  } catch {
    return code;
  }
}
