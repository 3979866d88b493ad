// Phrase lists are data; this matches them over the tokens of nlcst sentences.
// nlcst-search matches fixed phrases with one-word wildcards; invitation cues need a little
// more (alternatives, optional words, short gaps), so lists compile to this small token
// pattern language instead of regexes over raw text:
//   word        one token equal to `word` (normalized: lowercase, straight apostrophes)
//   a|b|c       one token equal to any alternative
//   word?       an optional token (alternatives allowed: a|b?)
//   *           any one token
//   ...         a gap of zero to GAP_MAX tokens; ...2 a gap of at most 2 tokens
//   ..4         a gap of at most 4 tokens that skips no subject pronoun (i, we, you, they...),
//               so "Steve ... said" does not match "Steve's group, so I said"
//   @Name       a capitalised word that is not a common capitalised word ("Hamza said", not "Someone said")
//   @num        a token made of digits
//   @past       a past-tense verb ("was", "rescued"): irregular forms from PAST_FORMS, or a
//               word in -ed that is not a common adjective, and not after a modal or auxiliary
//   ^  $        the sentence's first token / its end
// Matching is bounded by the pattern's length times GAP_MAX per start, so linear in the text.
import type { Span, Token } from './model.js';
import { ADJECTIVES_IN_ED, PAST_FORMS } from './past-tense.phrases.js';

const GAP_MAX = 6;

type Element =
  | { kind: 'words'; words: Set<string>; optional: boolean }
  | { kind: 'any' }
  | { kind: 'gap'; max: number; sameSubject: boolean }
  | { kind: 'name' }
  | { kind: 'num' }
  | { kind: 'past' }
  | { kind: 'start' }
  | { kind: 'end' };

export interface Pattern {
  source: string;
  elements: Element[];
  /** Tokens a match can start with, or undefined when any token can: a cheap pre-check. */
  first?: Set<string>;
}

export interface PhraseMatch extends Span {
  phrase: string;
  /** Index of the first and one past the last matched token. */
  from: number;
  to: number;
}

const SUBJECTS = new Set(['i', 'we', 'you', 'they', 'he', 'she', 'it', 'who']);

const NOT_NAMES = new Set([
  'i', 'linkedin', 'the', 'a', 'an', 'we', 'you', 'my', 'our', 'your', 'he', 'she', 'they', 'it',
  'this', 'that', 'and', 'but', 'so', 'if', 'hi', 'hello', 'hey', 'dear', 'thanks', 'thank',
  'someone', 'somebody', 'one', 'everyone', 'everybody', 'nobody', 'anyone', 'anybody', 'people', 'he', 'his', 'her', 'their',
  'what', 'when', 'who', 'which', 'where', 'why', 'how', 'there', 'these', 'those', 'some', 'many', 'most', 'all', 'both',
  'friends', 'colleagues', 'recruiters', 'mutual', 'google', 'everyone', 'just', 'also', 'as', 'after', 'since', 'because',
  'she', 'several', 'a', 'an', 'its', "it's", 'in', 'on', 'at', 'for', 'from', 'with', 'our', 'your', 'not', 'no',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);

export function compilePattern(source: string): Pattern {
  const elements: Element[] = source
    .trim()
    .split(/\s+/)
    .map((part): Element => {
      if (part === '*') return { kind: 'any' };
      if (part.startsWith('...')) return { kind: 'gap', max: part.length > 3 ? Number(part.slice(3)) : GAP_MAX, sameSubject: false };
      if (/^\.\.\d+$/.test(part)) return { kind: 'gap', max: Number(part.slice(2)), sameSubject: true };
      if (part === '@Name') return { kind: 'name' };
      if (part === '@num') return { kind: 'num' };
      if (part === '@past') return { kind: 'past' };
      if (part === '^') return { kind: 'start' };
      if (part === '$') return { kind: 'end' };
      const optional = part.endsWith('?');
      const body = optional ? part.slice(0, -1) : part;
      return { kind: 'words', words: new Set(body.split('|').map((w) => w.toLowerCase().replace(/’/g, "'"))), optional };
    });
  const lead = elements[0]?.kind === 'start' ? elements[1] : elements[0];
  const first = lead?.kind === 'words' && !lead.optional ? lead.words : undefined;
  return { source, elements, first };
}

export function compilePatterns(sources: readonly string[]): Pattern[] {
  return sources.map(compilePattern);
}

const PAST = new Set(PAST_FORMS);
const ED_ADJECTIVES = new Set(ADJECTIVES_IN_ED);
const NOT_AFTER_PAST = new Set(['would', 'will', 'could', 'should', 'might', 'may', 'can', 'must', 'have', 'has', 'had', 'to', 'not', 'be', 'been', 'being', 'are', 'is', 'am', 'get', 'got']);

function isPast(tokens: Token[], t: number): boolean {
  const { norm } = tokens[t];
  if (t > 0 && NOT_AFTER_PAST.has(tokens[t - 1].norm)) return false;
  return PAST.has(norm) || (norm.length >= 5 && norm.endsWith('ed') && !ED_ADJECTIVES.has(norm));
}

function isName(token: Token): boolean {
  const first = token.raw.codePointAt(0);
  if (first === undefined) return false;
  const char = String.fromCodePoint(first);
  return char !== char.toLowerCase() && char === char.toUpperCase() && !NOT_NAMES.has(token.norm);
}

function matchFrom(elements: Element[], e: number, tokens: Token[], t: number): number {
  if (e === elements.length) return t;
  const element = elements[e];
  switch (element.kind) {
    case 'gap':
      for (let skip = 0; skip <= element.max && t + skip <= tokens.length; skip++) {
        if (element.sameSubject && skip > 0 && SUBJECTS.has(tokens[t + skip - 1].norm)) break;
        const end = matchFrom(elements, e + 1, tokens, t + skip);
        if (end >= 0) return end;
      }
      return -1;
    case 'words': {
      if (t < tokens.length && element.words.has(tokens[t].norm)) {
        const end = matchFrom(elements, e + 1, tokens, t + 1);
        if (end >= 0) return end;
      }
      return element.optional ? matchFrom(elements, e + 1, tokens, t) : -1;
    }
    case 'any':
      return t < tokens.length ? matchFrom(elements, e + 1, tokens, t + 1) : -1;
    case 'name':
      return t < tokens.length && isName(tokens[t]) ? matchFrom(elements, e + 1, tokens, t + 1) : -1;
    case 'start':
      return t === 0 ? matchFrom(elements, e + 1, tokens, t) : -1;
    case 'end':
      return t === tokens.length ? matchFrom(elements, e + 1, tokens, t) : -1;
    case 'past':
      return t < tokens.length && isPast(tokens, t) ? matchFrom(elements, e + 1, tokens, t + 1) : -1;
    case 'num':
      return t < tokens.length && /^\d+$/.test(tokens[t].norm) ? matchFrom(elements, e + 1, tokens, t + 1) : -1;
  }
}

/** Patterns grouped by the token they must start with, so each position tries only its candidates. */
interface PatternIndex {
  byFirst: Map<string, Pattern[]>;
  anyFirst: Pattern[];
}

const indexes = new WeakMap<readonly Pattern[], PatternIndex>();

function indexOf(patterns: readonly Pattern[]): PatternIndex {
  let index = indexes.get(patterns);
  if (!index) {
    index = { byFirst: new Map(), anyFirst: [] };
    for (const pattern of patterns) {
      if (!pattern.first) {
        index.anyFirst.push(pattern);
        continue;
      }
      for (const word of pattern.first) {
        const list = index.byFirst.get(word);
        if (list) list.push(pattern);
        else index.byFirst.set(word, [pattern]);
      }
    }
    indexes.set(patterns, index);
  }
  return index;
}

function* candidates(index: PatternIndex, norm: string): Generator<Pattern> {
  yield* index.byFirst.get(norm) ?? [];
  yield* index.anyFirst;
}

/** Every match of every pattern in the tokens, leftmost first, one per (pattern, start). */
export function findPhrases(tokens: Token[], patterns: readonly Pattern[]): PhraseMatch[] {
  const index = indexOf(patterns);
  const matches: PhraseMatch[] = [];
  for (let t = 0; t < tokens.length; t++) {
    for (const pattern of candidates(index, tokens[t].norm)) {
      const end = matchFrom(pattern.elements, 0, tokens, t);
      if (end > t) {
        matches.push({ phrase: pattern.source, from: t, to: end, start: tokens[t].start, end: tokens[end - 1].end });
      }
    }
  }
  return matches;
}

export function hasPhrase(tokens: Token[], patterns: readonly Pattern[]): boolean {
  const index = indexOf(patterns);
  for (let t = 0; t < tokens.length; t++) {
    for (const pattern of candidates(index, tokens[t].norm)) {
      if (matchFrom(pattern.elements, 0, tokens, t) > t) return true;
    }
  }
  return false;
}
