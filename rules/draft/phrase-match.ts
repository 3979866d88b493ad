// The pattern language of cues and phrase lists, matched over the tokens of nlcst sentences
// (docs/cues.md documents it with an example per construct):
//   word        a token equal to the word or, where patterns inflect (the cue catalogue), to
//               any of its inflections: "meet" matches meet, meets, meeting, met
//   =word       exactly this form, never an inflection ("=loved" is not "love")
//   word:n      the word as a noun: itself and its plurals ("talk:n" matches talks, not talked)
//   a|b|c       any one alternative
//   word?       an optional token (alternatives allowed: a|b?)
//   a|b+        one or more tokens, each one of the alternatives (at most REPEAT_MAX); a|b+? zero or more
//   *           any one token
//   ...         a gap of zero to GAP_MAX tokens; ...N a gap of at most N tokens
//   ..N         a gap of at most N tokens that skips no subject pronoun (i, we, you, they...),
//               so "Steve ... said" does not match "Steve's group, so I said"
//   @Name       a capitalised word that is not a common capitalised word ("Hamza said", not "Someone said")
//   @num        a token made of digits
//   @past       a past-tense verb ("was", "rescued"): an irregular past form, or a word in -ed
//               that is not a common adjective, and not after a modal or auxiliary
//   ^  $        the sentence's first token / its end
// The compiler is strict: anything it does not understand is a PatternError naming the
// pattern. Matching memoizes failed (element, token) pairs, so it costs at most the pattern's
// length times its longest span per start: linear in the text, whatever the pattern.
import { ADJECTIVES_IN_ED, IRREGULAR_PAST, NOT_BEFORE_PAST, NOT_NAMES, SUBJECTS, UNINFLECTED } from '../cues/english.js';
import { formsOf, nounFormsOf } from '../cues/inflect.js';
import type { Span, Token } from './model.js';

export const GAP_MAX = 6;
/** The most tokens a repeated element (a|b+) takes. */
export const REPEAT_MAX = 24;
/** The widest gap a pattern may ask for: beyond this a "phrase" is no longer one. */
export const GAP_LIMIT = 12;

type Element =
  | { kind: 'words'; words: Set<string>; optional: boolean; repeat: boolean }
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
  /** The pattern begins with ^: only the sentence's first token can start it. */
  anchored: boolean;
  /** Words one of which every match holds after its first token: a pre-check on the sentence. */
  needs?: Set<string>;
  /** The most tokens a match can span. */
  span: number;
  /** The pre-check's answer for one sentence (`sentence` numbers it), worked out once per sentence. */
  checked: { sentence: number; holds: boolean };
}

export interface PhraseMatch extends Span {
  phrase: string;
  /** Index of the first and one past the last matched token. */
  from: number;
  to: number;
}

/** Bounds for patterns from outside the project (config), so no pattern is costly. */
export interface PatternLimits {
  maxLength: number;
  maxElements: number;
  maxGaps: number;
  maxAlternatives: number;
}

export const USER_PATTERN_LIMITS: PatternLimits = { maxLength: 200, maxElements: 16, maxGaps: 4, maxAlternatives: 24 };

export interface CompileOptions {
  /** Expand each word to its inflections (the cue catalogue); else words match as written. */
  inflect?: boolean;
  limits?: PatternLimits;
}

export class PatternError extends Error {
  constructor(
    readonly source: string,
    readonly problem: string,
  ) {
    super(`pattern "${source}": ${problem}`);
    this.name = 'PatternError';
  }
}

const WORD = /^[\p{L}\p{N}'&-]+$/u;
const CLASSES: Record<string, Element> = { '@Name': { kind: 'name' }, '@num': { kind: 'num' }, '@past': { kind: 'past' } };

/** Compiled alternations by their text: lists shared by many patterns are expanded once. */
const compiledWords = new Map<string, Element>();

function compileWords(part: string, source: string, options: CompileOptions): Element {
  const key = `${options.inflect ? 'i' : 'x'}${options.limits ? 'l' : ''}:${part}`;
  let element = compiledWords.get(key);
  if (!element) {
    element = expandWords(part, source, options);
    compiledWords.set(key, element);
  }
  return element;
}

function expandWords(part: string, source: string, options: CompileOptions): Element {
  const optional = part.endsWith('?');
  const repeat = (optional ? part.slice(0, -1) : part).endsWith('+');
  const body = part.slice(0, part.length - (optional ? 1 : 0) - (repeat ? 1 : 0));
  const alternatives = body.split('|');
  if (options.limits && alternatives.length > options.limits.maxAlternatives) {
    throw new PatternError(source, `"${body}" has ${alternatives.length} alternatives; at most ${options.limits.maxAlternatives} are allowed`);
  }
  const words = new Set<string>();
  const bases = new Set<string>();
  const formsFor = (alternative: string) => {
    const exact = alternative.startsWith('=');
    const noun = !exact && alternative.endsWith(':n');
    const word = (exact ? alternative.slice(1) : noun ? alternative.slice(0, -2) : alternative).toLowerCase().replace(/’/g, "'");
    return { word, forms: exact || !options.inflect ? [word] : noun ? nounFormsOf(word) : formsOf(word) };
  };
  for (const alternative of alternatives) {
    const { word, forms } = formsFor(alternative);
    if (!WORD.test(word)) {
      throw new PatternError(source, word === '' ? `empty alternative in "${part}"` : `"${alternative}" is not a word, a gap (... ..N) or a class (${Object.keys(CLASSES).join(' ')})`);
    }
    if (words.has(word)) {
      // Only on this error path: which earlier alternative covers it.
      const earlier = alternatives.map(formsFor).find((other) => other.forms.includes(word))!.word;
      throw new PatternError(source, earlier === word ? `"${word}" is listed twice` : `"${word}" is already matched by "${earlier}"`);
    }
    const covered = forms.find((form) => bases.has(form));
    if (covered !== undefined) throw new PatternError(source, `"${covered}" is already matched by "${word}"`);
    bases.add(word);
    for (const form of forms) words.add(form);
  }
  return { kind: 'words', words, optional, repeat };
}

function compileGap(part: string, source: string): Element {
  const sameSubject = !part.startsWith('...');
  const digits = part.slice(sameSubject ? 2 : 3);
  if (digits !== '' && !/^\d+$/.test(digits)) throw new PatternError(source, `"${part}" is not a gap: write ..., ...N or ..N`);
  if (sameSubject && digits === '') throw new PatternError(source, '".." needs a length: ..N');
  const max = digits === '' ? GAP_MAX : Number(digits);
  if (max < 1 || max > GAP_LIMIT) throw new PatternError(source, `gap "${part}" must be 1 to ${GAP_LIMIT} tokens`);
  return { kind: 'gap', max, sameSubject };
}

export function compilePattern(source: string, options: CompileOptions = {}): Pattern {
  const { limits } = options;
  if (limits && source.length > limits.maxLength) throw new PatternError(source.slice(0, 40) + '…', `longer than ${limits.maxLength} characters`);
  const parts = source.trim().split(/\s+/).filter(Boolean);
  if (parts.length === 0) throw new PatternError(source, 'empty pattern');
  if (limits && parts.length > limits.maxElements) throw new PatternError(source, `${parts.length} elements; at most ${limits.maxElements} are allowed`);
  const elements = parts.map((part, index): Element => {
    if (part === '*') return { kind: 'any' };
    if (part === '^' || part === '$') {
      if (part === '^' ? index !== 0 : index !== parts.length - 1) throw new PatternError(source, `"${part}" must come ${part === '^' ? 'first' : 'last'}`);
      return { kind: part === '^' ? 'start' : 'end' };
    }
    if (part.startsWith('..')) return compileGap(part, source);
    if (part.startsWith('@')) {
      const element = CLASSES[part];
      if (!element) throw new PatternError(source, `unknown class "${part}" (known: ${Object.keys(CLASSES).join(' ')})`);
      return element;
    }
    return compileWords(part, source, options);
  });
  // A repeat costs what a gap costs (it may take many tokens), so it counts as one.
  const gaps = elements.filter((e) => e.kind === 'gap' || (e.kind === 'words' && e.repeat)).length;
  if (limits && gaps > limits.maxGaps) throw new PatternError(source, `${gaps} gaps and repeats; at most ${limits.maxGaps} are allowed`);
  const inner = elements.filter((e) => e.kind !== 'start' && e.kind !== 'end');
  if (inner[0]?.kind === 'gap' || inner.at(-1)?.kind === 'gap') throw new PatternError(source, 'a pattern cannot begin or end with a gap');
  for (let i = 1; i < elements.length; i++) {
    if (elements[i].kind === 'gap' && elements[i - 1].kind === 'gap') throw new PatternError(source, 'two gaps in a row: write one');
  }
  if (inner.length === 0 || inner.every((e) => e.kind === 'gap' || (e.kind === 'words' && e.optional))) {
    throw new PatternError(source, 'every element is optional: the pattern would match nothing');
  }
  const span = elements.reduce((sum, e) => sum + (e.kind === 'gap' ? e.max : e.kind === 'words' && e.repeat ? REPEAT_MAX : e.kind === 'start' || e.kind === 'end' ? 0 : 1), 0);
  return { source, elements, first: firstWords(elements), needs: neededWords(elements), anchored: elements[0].kind === 'start', span, checked: { sentence: -1, holds: false } };
}

/** A later element every match must take a word from (the one with fewest words, as the
 *  likeliest to be missing), or undefined when only the first element is required. */
function neededWords(elements: readonly Element[]): Set<string> | undefined {
  let needs: Set<string> | undefined;
  let seenFirst = false;
  for (const element of elements) {
    if (element.kind === 'start' || element.kind === 'end') continue;
    const required = element.kind === 'words' && !element.optional;
    if (!seenFirst) {
      seenFirst = required || element.kind !== 'words';
      continue;
    }
    if (required && (!needs || element.words.size < needs.size)) needs = element.words;
  }
  return needs;
}

/** The words a match can start with: the first element's, and while elements are optional
 *  words, the next one's too ("we both? met" starts with "we"; "really? great" with either).
 *  Undefined when a class or "*" may start it. */
function firstWords(elements: readonly Element[]): Set<string> | undefined {
  const first = new Set<string>();
  for (const element of elements) {
    if (element.kind === 'start') continue;
    if (element.kind !== 'words') return undefined;
    for (const word of element.words) first.add(word);
    if (!element.optional) return first;
  }
  return undefined; // every element optional: refused by the compiler, but stay safe
}

export function compilePatterns(sources: readonly string[], options?: CompileOptions): Pattern[] {
  return sources.map((source) => compilePattern(source, options));
}

const SUBJECT_SET = new Set(SUBJECTS);
// A capitalised function word ("Can't", "Please" starting a sentence) is no name either.
const NOT_NAME_SET = new Set([...NOT_NAMES, ...UNINFLECTED]);
const PAST = new Set(IRREGULAR_PAST);
const ED_ADJECTIVES = new Set(ADJECTIVES_IN_ED);
const NOT_BEFORE_PAST_SET = new Set(NOT_BEFORE_PAST);

function isPast(tokens: Token[], t: number): boolean {
  const { norm } = tokens[t];
  if (t > 0 && NOT_BEFORE_PAST_SET.has(tokens[t - 1].norm)) return false;
  return PAST.has(norm) || (norm.length >= 5 && norm.endsWith('ed') && !ED_ADJECTIVES.has(norm));
}

function isName(token: Token): boolean {
  const first = token.raw.codePointAt(0);
  if (first === undefined) return false;
  const char = String.fromCodePoint(first);
  return char !== char.toLowerCase() && char === char.toUpperCase() && !NOT_NAME_SET.has(token.norm);
}

const DIGITS = /^\d+$/;

/** (element, token) pairs tried since the last reset: the matcher's work, for tests that
 *  check it stays linear in the text (time is for benchmarks). */
let steps = 0;
export const matchSteps = () => steps;
export const resetMatchSteps = () => void (steps = 0);

/** Matches one pattern at one start. Depth-first, shortest gap first, as a backtracking
 *  matcher would, but a failed (element, token) pair is remembered for this start, so no pair
 *  is tried twice. */
class Matcher {
  private failed = new Uint32Array(0);
  private stamp = 0;
  private pattern!: Pattern;
  private tokens!: Token[];
  private origin = 0;

  match(pattern: Pattern, tokens: Token[], start: number): number {
    const size = pattern.elements.length * (pattern.span + 1);
    if (this.failed.length < size) this.failed = new Uint32Array(Math.max(size, this.failed.length * 2));
    if (++this.stamp === 0xffffffff) {
      this.failed.fill(0);
      this.stamp = 1;
    }
    this.pattern = pattern;
    this.tokens = tokens;
    this.origin = start;
    return this.from(0, start);
  }

  private from(e: number, t: number): number {
    steps++;
    const { elements, span } = this.pattern;
    if (e === elements.length) return t;
    const key = e * (span + 1) + (t - this.origin);
    if (this.failed[key] === this.stamp) return -1;
    const end = this.step(elements[e], e, t);
    if (end < 0) this.failed[key] = this.stamp;
    return end;
  }

  private step(element: Element, e: number, t: number): number {
    const tokens = this.tokens;
    switch (element.kind) {
      case 'gap':
        for (let skip = 0; skip <= element.max && t + skip <= tokens.length; skip++) {
          if (element.sameSubject && skip > 0 && SUBJECT_SET.has(tokens[t + skip - 1].norm)) break;
          const end = this.from(e + 1, t + skip);
          if (end >= 0) return end;
        }
        return -1;
      case 'words': {
        if (element.repeat) {
          // Shortest first, as gaps: zero tokens when optional, then one more at a time.
          if (element.optional) {
            const end = this.from(e + 1, t);
            if (end >= 0) return end;
          }
          for (let at = t; at < tokens.length && at - t < REPEAT_MAX && element.words.has(tokens[at].norm); at++) {
            const end = this.from(e + 1, at + 1);
            if (end >= 0) return end;
          }
          return -1;
        }
        if (t < tokens.length && element.words.has(tokens[t].norm)) {
          const end = this.from(e + 1, t + 1);
          if (end >= 0) return end;
        }
        return element.optional ? this.from(e + 1, t) : -1;
      }
      case 'any':
        return t < tokens.length ? this.from(e + 1, t + 1) : -1;
      case 'name':
        return t < tokens.length && isName(tokens[t]) ? this.from(e + 1, t + 1) : -1;
      case 'start':
        return t === 0 ? this.from(e + 1, t) : -1;
      case 'end':
        return t === tokens.length ? this.from(e + 1, t) : -1;
      case 'past':
        return t < tokens.length && isPast(tokens, t) ? this.from(e + 1, t + 1) : -1;
      case 'num':
        return t < tokens.length && DIGITS.test(tokens[t].norm) ? this.from(e + 1, t + 1) : -1;
    }
  }
}

const matcher = new Matcher();

/** One pattern at one start: the end of its match, or -1. Without any index or pre-check,
 *  which is what tests compare eachPhrase against. */
export const matchAt = (pattern: Pattern, tokens: Token[], start: number): number => matcher.match(pattern, tokens, start);

/** Patterns grouped by the token they must start with, so each position tries only its
 *  candidates; patterns anchored with ^ apart, as they are tried at the first token only. */
interface PatternIndex {
  byFirst: Map<string, Pattern[]>;
  anyFirst: Pattern[];
  anchoredByFirst: Map<string, Pattern[]>;
  anchoredAnyFirst: Pattern[];
}

const indexes = new WeakMap<readonly Pattern[], PatternIndex>();
const NONE: readonly Pattern[] = [];

function indexOf(patterns: readonly Pattern[]): PatternIndex {
  let index = indexes.get(patterns);
  if (!index) {
    index = { byFirst: new Map(), anyFirst: [], anchoredByFirst: new Map(), anchoredAnyFirst: [] };
    for (const pattern of patterns) {
      const byFirst = pattern.anchored ? index.anchoredByFirst : index.byFirst;
      if (!pattern.first) {
        (pattern.anchored ? index.anchoredAnyFirst : index.anyFirst).push(pattern);
        continue;
      }
      for (const word of pattern.first) {
        const list = byFirst.get(word);
        if (list) list.push(pattern);
        else byFirst.set(word, [pattern]);
      }
    }
    indexes.set(patterns, index);
  }
  return index;
}

type Found = (pattern: Pattern, from: number, to: number) => boolean | void;

/** The sentence's words, for long pattern lists (the catalogue): a pattern whose needed words
 *  are all absent is not tried. Reused across calls; a short list is tried without it. */
const present = new Set<string>();
const PRESENT_MIN_PATTERNS = 32;
/** eachPhrase calls under way: a `found` that matches phrases itself must not reuse the set. */
let depth = 0;
/** Numbers the sentences `present` has held, so a pattern's pre-check is answered once each. */
let sentence = 0;

/** Whether the sentence holds one of the pattern's needed words: the smaller set is walked,
 *  and the answer kept for the sentence, so a long sentence costs its length once, not per start. */
function needsMet(pattern: Pattern): boolean {
  const words = pattern.needs;
  if (words === undefined) return true;
  if (pattern.checked.sentence === sentence) return pattern.checked.holds;
  let holds = false;
  if (words.size <= present.size) {
    for (const word of words) if (present.has(word)) { holds = true; break; }
  } else {
    for (const word of present) if (words.has(word)) { holds = true; break; }
  }
  pattern.checked.sentence = sentence;
  pattern.checked.holds = holds;
  return holds;
}

/** Tries each pattern of the list at token t; true when `found` asked to stop. */
function tryAt(list: readonly Pattern[], tokens: Token[], t: number, found: Found, filter: boolean): boolean {
  for (let i = 0; i < list.length; i++) {
    const pattern = list[i];
    if (filter && !needsMet(pattern)) continue;
    const end = matcher.match(pattern, tokens, t);
    if (end > t && found(pattern, t, end)) return true;
  }
  return false;
}

/** Calls `found` for every match of every pattern, leftmost first, one per (pattern, start);
 *  stops when it returns true. Allocates nothing per token: this is the engine's inner loop. */
export function eachPhrase(tokens: Token[], patterns: readonly Pattern[], found: Found): void {
  if (tokens.length === 0) return;
  const { byFirst, anyFirst, anchoredByFirst, anchoredAnyFirst } = indexOf(patterns);
  const filter = depth === 0 && patterns.length >= PRESENT_MIN_PATTERNS;
  if (filter) {
    present.clear();
    for (let i = 0; i < tokens.length; i++) present.add(tokens[i].norm);
    sentence++;
  }
  depth++;
  try {
    const firstNorm = tokens[0].norm;
    if (tryAt(anchoredByFirst.get(firstNorm) ?? NONE, tokens, 0, found, filter) || tryAt(anchoredAnyFirst, tokens, 0, found, filter)) return;
    for (let t = 0; t < tokens.length; t++) {
      if (tryAt(byFirst.get(tokens[t].norm) ?? NONE, tokens, t, found, filter) || tryAt(anyFirst, tokens, t, found, filter)) return;
    }
  } finally {
    depth--;
  }
}

/** Every match of every pattern in the tokens, leftmost first, one per (pattern, start). */
export function findPhrases(tokens: Token[], patterns: readonly Pattern[]): PhraseMatch[] {
  const matches: PhraseMatch[] = [];
  eachPhrase(tokens, patterns, (pattern, from, to) => {
    matches.push({ phrase: pattern.source, from, to, start: tokens[from].start, end: tokens[to - 1].end });
  });
  return matches;
}

export function hasPhrase(tokens: Token[], patterns: readonly Pattern[]): boolean {
  let found = false;
  eachPhrase(tokens, patterns, () => (found = true));
  return found;
}
