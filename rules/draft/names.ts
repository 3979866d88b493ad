/// <reference path="./parse-full-name.d.ts" />
// Who a note is to, read from `to:` with parse-full-name (titles, suffixes, particles, quoted
// nicknames, "Last, First"), and RULES.md's test of whether a greeting's name is theirs.
import { parseFullName } from 'parse-full-name';
import { ROLE_WORDS, SURNAME_PARTICLES, TITLES } from './greeting.phrases.js';
import { GENDERED_ENDINGS, SHORT_FORMS } from './nicknames.js';
import { isCapitalised } from './tokens.js';

/** Case- and diacritic-insensitive form of a name, letters and digits only ("Zoë" = "zoe", "O’Neil" = "oneil"). */
export const foldName = (name: string) => name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

const TITLE_SET = new Set(TITLES);
const ROLE_SET = new Set(ROLE_WORDS);
const PARTICLE_SET = new Set(SURNAME_PARTICLES);
const GENDERED_ENDINGS_SET = new Set(GENDERED_ENDINGS);

/** A word shaped like a name: letters (with inner apostrophes or hyphens), not an initial
 *  ("J."), a title ("Dr") or a role ("Manager"). */
const NAME_SHAPE = /^\p{L}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*$/u;
export const looksLikeName = (word: string) => {
  const folded = foldName(word);
  return NAME_SHAPE.test(word) && folded.length >= 2 && !TITLE_SET.has(folded) && !ROLE_SET.has(folded);
};
/** A name that may be written into a greeting: shaped like a name and capitalised. */
export const isNameWord = (word: string) => looksLikeName(word) && isCapitalised(word);

export interface Recipient {
  /** The given name as written in `to:` ("María"); may be an initial ("J."). */
  given: string;
  /** Whether `given` may be written into a greeting (see isNameWord). */
  givenIsName: boolean;
  /** Folded words after the given name, particles left out, hyphenated parts also apart
   *  ("García-López" gives garcialopez, garcia, lopez). */
  surnames: string[];
  /** Surnames to suggest for a titled greeting: the parser's last name ("López", "van der
   *  Berg"), then with the middle names ("García López"). */
  surnameForms: string[];
  /** A nickname in `to:` ('Robert "Bob" Smith', "Robert (Bob) Smith"). */
  nickname?: string;
}

/** Names are short: longer `to:` values are cut, since the parser slows down on many words. */
const MAX_NAME_CHARS = 120;
const MAX_NAME_WORDS = 8;
const cache = new Map<string, Recipient | undefined>();

/** The recipient named by `to:`, or undefined when it names nobody (a role, no letters). */
export function parseRecipient(to: string): Recipient | undefined {
  if (cache.has(to)) return cache.get(to);
  if (cache.size > 256) cache.clear();
  const recipient = readRecipient(to);
  cache.set(to, recipient);
  return recipient;
}

function readRecipient(to: string): Recipient | undefined {
  let text = to.slice(0, MAX_NAME_CHARS).replace(/[^\p{L}\p{M}\p{N}\s'’.,"“”()-]/gu, ' ');
  // "Lisa Chen, Hiring Manager", "Anil Mehta, PhD": what follows a full name's comma is a role
  // or a suffix; a single word before it is a surname ("Smith, John"), left to the parser.
  const comma = text.indexOf(',');
  if (comma >= 0 && text.slice(0, comma).trim().split(/\s+/).length >= 2) text = text.slice(0, comma);
  const words = text.trim().split(/\s+/).filter((w) => /\p{L}/u.test(w));
  // The parser misses some honorifics ("Engr.", "Chief", "Revd"): titles are set aside first.
  while (words.length > 1 && TITLE_SET.has(foldName(words[0]))) words.shift();
  if (words.length === 0) return undefined;
  const parsed = parseFullName(words.slice(0, MAX_NAME_WORDS).join(' '), 'all', 0, 0, 1);
  // The parser's titles include words that are given names ("Dean Murphy", "Prince Adewale"):
  // one that is not a title here (greeting.phrases.ts), with no first name after it, is the first name.
  if (parsed.title && !parsed.first && !TITLE_SET.has(foldName(parsed.title))) {
    parsed.first = parsed.title;
    parsed.title = '';
  }
  const given = parsed.first || (parsed.last.split(/\s+/).length === 1 ? parsed.last : '');
  if (!given || ROLE_SET.has(foldName(given))) return undefined;
  const restWords = parsed.first ? `${parsed.middle} ${parsed.last}`.split(/\s+/).filter(Boolean) : [];
  const surnames = restWords
    .filter((w) => !PARTICLE_SET.has(w.toLowerCase()))
    .flatMap((w) => [foldName(w), ...(w.includes('-') ? w.split('-').map(foldName) : [])])
    .filter(Boolean);
  const nameLike = (form: string) => form.split(/\s+/).every((w) => isNameWord(w) || PARTICLE_SET.has(w.toLowerCase()));
  const surnameForms = [parsed.last, parsed.middle ? `${parsed.middle} ${parsed.last}` : ''].filter((f) => f && parsed.first && nameLike(f));
  const nickname = parsed.nick && isNameWord(parsed.nick) ? parsed.nick : undefined;
  return { given, givenIsName: isNameWord(given), surnames, surnameForms: [...new Set(surnameForms)], nickname };
}

/**
 * RULES.md's test for a greeting's first name word against the given name of `to:`, both
 * folded: the same; a prefix of it ("Dan" for "Daniel"), or it a prefix of the greeting
 * ("Alexander" for `to: Alex`); an ending of it of four or more letters ("Beth" for
 * "Elizabeth"); or a short form of it in the nickname table, either way round. A prefix that
 * differs only by an ending that makes the name of another gender is another person's name
 * (RULES.md's "Danielle" for "Daniel"; "Eric" for "Erica"), while other prefixes are the
 * same name ("Sara" for "Sarah", "Alex" for "Alexis"). An initial matches the names it starts.
 */
export function isGivenName(greeting: string, given: string): boolean {
  const g = foldName(greeting);
  const t = foldName(given);
  if (!g || !t) return false;
  if (g === t) return true;
  if (t.length === 1 || g.length === 1) return g[0] === t[0];
  if (t.startsWith(g) || g.startsWith(t)) {
    const [short, long] = g.length < t.length ? [g, t] : [t, g];
    if (!GENDERED_ENDINGS_SET.has(long.slice(short.length))) return true;
  }
  if (g.length >= 4 && t.endsWith(g)) return true;
  return SHORT_FORMS.get(t)?.has(g) ?? false;
}

/** Whether a greeting word names the recipient: their given name or their quoted nickname. */
export function namesRecipient(greeting: string, recipient: Recipient): boolean {
  return isGivenName(greeting, recipient.given) || (recipient.nickname !== undefined && isGivenName(greeting, recipient.nickname));
}

/**
 * A titled greeting's name words ("Ms. García", "Mr. van der Berg", "Dr. Anil Mehta") against
 * `to:`: each word, particles aside, is one of its words after the given name; the first may
 * be the given name itself ("Dr. Anil" for Anil Mehta, a common form of address).
 */
export function isTitledName(words: readonly string[], recipient: Recipient): boolean {
  const named = words.filter((w) => !PARTICLE_SET.has(w.toLowerCase()));
  if (named.length === 0 || recipient.surnames.length === 0) return true; // nothing to compare with
  return named.every((w, i) => recipient.surnames.includes(foldName(w)) || (i === 0 && namesRecipient(w, recipient)));
}
