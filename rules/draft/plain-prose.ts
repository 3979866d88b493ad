// The fast path. Almost every draft body is plain prose, with at most a link or an emphasis: no
// Markdown syntax that changes what counts as prose (code, HTML, lists, headings, quotes,
// escapes, references). Such a body goes straight from its text to an nlcst tree through
// unified + retext-english (the parse floor itself), with exact offsets and no Markdown pass;
// simple emphasis (`*a*`, `**a**`, `_a_`, `__a__`) and inline links (`[text](url)`) are read by
// setting their markup aside, as Markdown would. Everything else takes the Markdown path in
// parse.ts. The property tests (plain-prose.test.ts) check that both paths give the same draft
// model and findings wherever this one is taken.
import type { Root as NlcstRoot } from 'nlcst';
import retextEnglish from 'retext-english';
import { unified } from 'unified';
import type { Span } from './model.js';

const english = unified().use(retextEnglish).freeze();

/**
 * Syntax that can start anywhere in a line: code spans, escapes and hard breaks (`\`), HTML,
 * comments and autolinks (`<`), character references, reference links and definitions (`][`,
 * `]:`; a lone `[slot]` is text without a definition), and what micromark rewrites (NUL, a BOM).
 * Emphasis and inline links are allowed only in the simple forms below.
 */
const ANYWHERE = /[`\\<\0\uFEFF]|&(?:#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z0-9]{1,31});|\][[:]/;
/**
 * Syntax at the start of a line (after up to three spaces): headings, quotes, list items,
 * thematic breaks and setext underlines, fenced code, ordered lists; and indented code
 * (four spaces or a tab). Lines are those of CommonMark and more (`^` also matches after
 * U+2028), which only sends more drafts down the Markdown path.
 */
const LINE_START = /^(?: {0,3}(?:[#>+=~-]|\d{1,9}[.)]|\t)| {4})/m;

/**
 * White space other than spaces and tabs (no-break space, thin spaces, U+2028...) at the edge of
 * a line: Markdown keeps it as text where retext-english reads it as part of the line break.
 */
const EDGE_SPACE = /(?:^|[\r\n])[ \t]*[\v\f\u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]|[\v\f\u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000][ \t]*(?:$|[\r\n])/;

/*
 * Simple inline markup. Each form starts after a space, a tab, a line break or the start of the
 * body, holds text that starts and ends with a letter or digit and has no markup of its own, and
 * ends before white space, the end, or . , ; : ! ? ' " ’ ”. CommonMark then reads every such
 * delimiter as emphasis (an opener after white space cannot close, a closer before white space
 * or punctuation cannot open, so no run can pair otherwise) and every such bracket pair as an
 * inline link; and since letters meet only white space or punctuation where markup is cut out,
 * retext-english splits the words exactly where Markdown's text nodes end. Any other `*`, `_`
 * or `](` sends the draft down the Markdown path. (Linear: no part can cross a delimiter.)
 */
const LINK = /(?<=^|[ \t\n\r])\[([\p{L}\p{N}](?:[^*_[\]\n\r`\\<]*[\p{L}\p{N}])?)\]\([^\s()<>\\`]+\)(?=$|[ \t\n\r.,;:!?'"’”])/gu;
const EMPHASIS = /(?<=^|[ \t\n\r])(\*\*?|__?)([\p{L}\p{N}](?:[^*_[\]\n\r`\\<]*[\p{L}\p{N}])?)\1(?=$|[ \t\n\r.,;:!?'"’”])/gu;
const MARKUP = /[*_]|\]\(/;

/** Where the markup of the simple forms is (region offsets, in order), or undefined when the
 *  region has Markdown syntax beyond them. */
function inlineMarkup(region: string): Span[] | undefined {
  if (ANYWHERE.test(region) || LINE_START.test(region) || EDGE_SPACE.test(region)) return undefined;
  if (!MARKUP.test(region)) return [];
  const markup: Span[] = [];
  // Links first, so a destination's `_` or `*` is not read as emphasis; they are then masked
  // (U+0001 meets no pattern), so emphasis cannot touch a link.
  let masked = region;
  if (region.includes('](')) {
    const parts: string[] = [];
    let at = 0;
    for (const match of region.matchAll(LINK)) {
      const textEnd = match.index + 1 + match[1].length;
      const end = match.index + match[0].length;
      markup.push({ start: match.index, end: match.index + 1 }, { start: textEnd, end });
      parts.push(region.slice(at, match.index), '\u0001'.repeat(end - match.index));
      at = end;
    }
    parts.push(region.slice(at));
    masked = parts.join('');
  }
  const emphasis: Span[] = [];
  const outside: string[] = [];
  let at = 0;
  for (const match of masked.matchAll(EMPHASIS)) {
    const open = match[1].length;
    const end = match.index + match[0].length;
    emphasis.push({ start: match.index, end: match.index + open }, { start: end - open, end });
    outside.push(masked.slice(at, match.index));
    at = end;
  }
  outside.push(masked.slice(at));
  if (MARKUP.test(outside.join(''))) return undefined;
  return emphasis.length === 0 ? markup : [...markup, ...emphasis].sort((a, b) => a.start - b.start);
}

/** Whether `text[from, to)` (from at a line start) reads the same as text and as Markdown. */
export function isPlainProse(text: string, from: number, to: number): boolean {
  return inlineMarkup(regionOf(text, from, to)) !== undefined;
}

const regionOf = (text: string, from: number, to: number) => (from === 0 && to === text.length ? text : text.slice(from, to));

const isWhiteSpace = (code: number) => code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;

export interface PlainProse {
  nlcst: NlcstRoot;
  /** The spans of text, markup cut out: where Markdown would have text nodes (slots are looked for there). */
  textRuns: Span[];
}

type Positioned = { position?: { start: { offset?: number }; end: { offset?: number } }; children?: Positioned[] };

/**
 * The prose of `text[from, to)` (from at a line start) read as text, or undefined when it needs
 * the Markdown path. Only the prose itself is parsed, from its first to its last non-blank
 * character, as Markdown parses a paragraph's text (retext-english reads "1." at the very end
 * differently from "1." before white space); what precedes it (BOM, frontmatter, blank lines)
 * is parsed as spaces, so offsets are those of `text`; markup is cut out and offsets mapped back.
 */
export function plainProse(text: string, from: number, to: number): PlainProse | undefined {
  const markup = inlineMarkup(regionOf(text, from, to));
  if (!markup) return undefined;
  let start = from;
  let end = to;
  while (start < end && isWhiteSpace(text.charCodeAt(start))) start++;
  while (end > start && isWhiteSpace(text.charCodeAt(end - 1))) end--;
  const textRuns: Span[] = [];
  let at = start;
  for (const cut of markup) {
    if (cut.start + from > at) textRuns.push({ start: at, end: cut.start + from });
    at = cut.end + from;
  }
  if (at < end) textRuns.push({ start: at, end });
  if (markup.length === 0) {
    const value = start === 0 && end === text.length ? text : ' '.repeat(start) + text.slice(start, end);
    return { nlcst: english.parse(value) as NlcstRoot, textRuns };
  }
  const value = ' '.repeat(start) + textRuns.map((run) => text.slice(run.start, run.end)).join('');
  const nlcst = english.parse(value) as NlcstRoot;
  remap(nlcst as Positioned, start, textRuns);
  return { nlcst, textRuns };
}

/** Maps offsets in the parsed value (prefix, then the runs joined) back to the text: a node that
 *  starts where markup was cut starts after it, one that ends there ends before it. */
function remap(root: Positioned, prefix: number, runs: Span[]): void {
  const valueAt: number[] = [];
  let length = prefix;
  for (const run of runs) {
    valueAt.push(length);
    length += run.end - run.start;
  }
  /** The run holding value offset `v` (the last run starting at or before it, or before it). */
  const runOf = (v: number, strict: boolean) => {
    let low = 0;
    let high = runs.length - 1;
    let found = -1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (strict ? valueAt[mid] < v : valueAt[mid] <= v) {
        found = mid;
        low = mid + 1;
      } else high = mid - 1;
    }
    return found;
  };
  const map = (v: number, strict: boolean) => {
    if (v < prefix) return v;
    const k = runOf(v, strict);
    return k < 0 ? v : runs[k].start + (v - valueAt[k]);
  };
  const stack: Positioned[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const position = node.position;
    if (position && position.start.offset !== undefined && position.end.offset !== undefined) {
      // New point objects: parse-latin shares them between nodes, each must be mapped once.
      node.position = { start: { offset: map(position.start.offset, false) }, end: { offset: map(position.end.offset, true) } };
    }
    if (node.children) for (const child of node.children) stack.push(child);
  }
}
