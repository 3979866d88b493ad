// Parses a draft once into the document model: frontmatter (found by its fences, then YAML),
// prose (plain-prose bodies straight through retext-english; others through Markdown: remark,
// then mdast -> nlcst with parse-english, the parser behind retext-english), then the greeting
// and the sign-off. Pure: text in, model out. What the prose says (cues, the relationship) is
// the signal table's (rules/signals.ts).
import type { Html, Root as MdastRoot } from 'mdast';
import { toNlcst } from 'mdast-util-to-nlcst';
import type { Root as NlcstRoot, Sentence as NlcstSentence } from 'nlcst';
import { ParseEnglish } from 'parse-english';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { leaves, walk } from './walk.js';
import { VFile } from 'vfile';
import { findFences, readFrontmatter, type Fences } from './frontmatter.js';
import { findGreeting } from './greeting.js';
import type { Draft, Sentence, Span, Token } from './model.js';
import { languageOf } from './language.js';
import { plainProse } from './plain-prose.js';
import { findSignOff, withClosingThanks } from './sign-off.js';
import { findSlots } from './slots.js';
import { sentenceTokens } from './tokens.js';

// Frontmatter is found by its fences and blanked out before remark sees the text, so remark
// needs no frontmatter extension (combining micromark extensions costs more than a short draft's parse).
const markdown = unified().use(remarkParse).freeze();
const english = new ParseEnglish();
/** Markdown that is not prose: metadata, raw HTML (comments, tags) and code. */
const NOT_PROSE = ['yaml', 'html', 'code', 'definition'];

/** How much of the body is analysed as prose: a LinkedIn note is at most 300 characters, so
 *  this is generous, and it keeps pathological files (megabytes of text) linear and bounded.
 *  Length, slots and frontmatter are still checked over the whole text. */
export const MAX_PROSE = 32_768;
/** Blocks converted to nlcst per call: parse-latin's sentence plugins splice arrays, which is
 *  quadratic when a whole long document is converted as one sentence run. */
const BLOCKS_PER_CHUNK = 64;

type Block = MdastRoot['children'][number];

/** The prose of the Markdown tree as nlcst: leaf blocks (paragraphs, headings) up to `limit`,
 *  converted in chunks; a block crossing the limit is cut there. */
function proseTree(mdast: MdastRoot, file: VFile, limit: number): NlcstRoot {
  const blocks: Block[] = [];
  walk(mdast as unknown as Block, (node) => {
    if (NOT_PROSE.includes(node.type)) return false;
    if (node.type !== 'paragraph' && node.type !== 'heading') return undefined;
    const start = node.position?.start.offset ?? 0;
    if (start < limit) blocks.push(cutAt(flattenDeep(node), limit));
    return false;
  });
  const root: NlcstRoot = { type: 'RootNode', children: [] };
  for (let i = 0; i < blocks.length; i += BLOCKS_PER_CHUNK) {
    const chunk = blocks.slice(i, i + BLOCKS_PER_CHUNK);
    const position = { start: chunk[0].position!.start, end: chunk.at(-1)!.position!.end };
    const part = toNlcst({ type: 'root', children: chunk, position } as MdastRoot, file, english, { ignore: NOT_PROSE });
    root.children.push(...part.children);
  }
  return root;
}

/** Inline nesting deeper than this (emphasis in emphasis...) is flattened to its leaves:
 *  mdast-util-to-nlcst recurses per level, and the words are all that prose analysis needs. */
const MAX_INLINE_DEPTH = 32;

function depthOf(node: Block): number {
  let deepest = 0;
  const stack: Array<[Block, number]> = [[node, 0]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!;
    deepest = Math.max(deepest, depth);
    if (deepest > MAX_INLINE_DEPTH) return deepest;
    if ('children' in current) for (const child of current.children as Block[]) stack.push([child, depth + 1]);
  }
  return deepest;
}

function flattenDeep(block: Block): Block {
  if (!('children' in block) || depthOf(block) <= MAX_INLINE_DEPTH) return block;
  return { ...block, children: leaves(block as unknown as { type: string; children?: [] }) } as unknown as Block;
}

/** A copy of a block without the inline content that starts at or after `limit`. */
function cutAt(block: Block, limit: number): Block {
  if ((block.position?.end.offset ?? 0) <= limit || !('children' in block)) return block;
  const children = [];
  for (const child of block.children as Array<{ type: string; value?: string; position?: Block['position'] }>) {
    const start = child.position?.start.offset ?? 0;
    const end = child.position?.end.offset ?? 0;
    if (start >= limit) break;
    if (end > limit && typeof child.value === 'string') {
      const keep = limit - start;
      children.push({ ...child, value: child.value.slice(0, keep), position: { start: child.position!.start, end: { ...child.position!.end, offset: limit } } });
      break;
    }
    children.push(child);
  }
  return { ...block, children, position: { start: block.position!.start, end: { ...block.position!.end, offset: Math.min(limit, block.position!.end.offset!) } } } as Block;
}

/** Markdown is parsed only this far past the frontmatter. micromark is quadratic on some
 *  hostile input (thousands of unclosed brackets); past the limit, comments and slots are
 *  found by a linear scan of the raw text instead, and nothing there is prose (see MAX_PROSE). */
export const MAX_MARKDOWN = 16_384;

/** `from`: where the body starts. */
function markdownLimit(source: string, from: number): number {
  const cap = from + MAX_MARKDOWN;
  if (source.length <= cap) return source.length;
  // Cut at a line end when one is near, else mid-line (a long paragraph is still read up to
  // the limit), and never inside a surrogate pair.
  const newline = source.lastIndexOf('\n', cap);
  let end = newline > cap - 1024 ? newline + 1 : cap;
  const code = source.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return end;
}

/** Container markers (list items, quotes) nested deeper than this on one line are neutralised:
 *  mdast-util-from-markdown's list handling grows with the square of the depth. */
const MAX_CONTAINER_DEPTH = 16;

/** Replaces markers past MAX_CONTAINER_DEPTH with "·", keeping every offset where it was. */
function flattenContainers(markdown: string): string {
  let out: string[] | undefined;
  for (let lineStart = 0; lineStart < markdown.length; ) {
    const newline = markdown.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? markdown.length : newline;
    let i = lineStart;
    let depth = 0;
    for (;;) {
      while (i < lineEnd && (markdown[i] === ' ' || markdown[i] === '\t')) i++;
      let marker = i;
      while (marker < lineEnd && marker - i < 9 && markdown[marker] >= '0' && markdown[marker] <= '9') marker++;
      const isOrdered = marker > i && (markdown[marker] === '.' || markdown[marker] === ')');
      const at = isOrdered ? marker : i;
      if (at >= lineEnd || !(isOrdered || '-*+>'.includes(markdown[at]))) break;
      if (at + 1 < lineEnd && markdown[at + 1] !== ' ' && markdown[at + 1] !== '\t' && markdown[at] !== '>') break;
      depth++;
      if (depth > MAX_CONTAINER_DEPTH) (out ??= markdown.split(''))[at] = '·'; // UTF-16 units, like `at`
      i = at + 1;
    }
    lineStart = lineEnd + 1;
  }
  return out ? out.join('') : markdown;
}

/** Emphasis delimiters (`*`, `_`) are neutralised ("·") past this many runs, and past this
 *  length within a run: micromark pairs delimiter runs in time that grows with the square of
 *  their number (2,000 levels of nested emphasis took seconds). A note has a handful. */
const MAX_DELIMITER_RUNS = 64;
const MAX_DELIMITER_RUN_LENGTH = 16;

function capDelimiters(markdown: string): string {
  let out: string[] | undefined;
  let runs = 0;
  let length = 0;
  for (let i = 0; i < markdown.length; i++) {
    const code = markdown.charCodeAt(i);
    if (code !== 0x2a && code !== 0x5f) continue;
    if (i > 0 && markdown.charCodeAt(i - 1) === code) length++;
    else {
      runs++;
      length = 1;
    }
    if (runs > MAX_DELIMITER_RUNS || length > MAX_DELIMITER_RUN_LENGTH) (out ??= markdown.split(''))[i] = '·';
  }
  return out ? out.join('') : markdown;
}

/** HTML comments past the Markdown limit, continuing one left open at the limit. */
function scanTail(text: string, from: number, comments: Draft['comments']): Draft['comments'] {
  const found: Draft['comments'] = [];
  let at = from;
  const open = comments.at(-1);
  if (open && open.end >= from && !open.value.endsWith('-->')) {
    const close = text.indexOf('-->', from);
    open.end = close < 0 ? text.length : close + 3;
    open.value = text.slice(open.start, open.end);
    at = open.end;
  }
  for (let start = text.indexOf('<!--', at); start >= 0; start = text.indexOf('<!--', at)) {
    const close = text.indexOf('-->', start + 4);
    const end = close < 0 ? text.length : close + 3;
    found.push({ start, end, value: text.slice(start, end) });
    at = end;
  }
  return found;
}

type NlcstNode = { type: string; value?: string; children?: NlcstNode[]; position?: { start: { offset?: number }; end: { offset?: number } } };

/** How far past its computed place a leaf's text may be found (Markdown syntax between leaves). */
const ANCHOR_WINDOW = 64;

/**
 * Re-anchors nlcst leaves to where their text really is. mdast-util-to-nlcst places words by
 * adding up the lengths of a text node's *value*, which differs from the source where Markdown
 * rewrote it (character references, backslash escapes, trailing and leading spaces of lines),
 * so later words drift. Each leaf is looked up in the source just past the previous one;
 * parents then span their children.
 */
function anchorToSource(root: NlcstRoot, text: string): void {
  let cursor = 0;
  let shift = 0;
  const visitNode = (node: NlcstNode): void => {
    if (node.children) {
      for (const child of node.children) visitNode(child);
      const first = node.children.find((c) => c.position);
      const last = node.children.findLast((c) => c.position);
      if (node.position && first?.position && last?.position) {
        node.position.start = { ...node.position.start, offset: first.position.start.offset };
        node.position.end = { ...node.position.end, offset: last.position.end.offset };
      }
      return;
    }
    const value = node.value ?? '';
    const start = node.position?.start.offset;
    if (start === undefined || !node.position) return;
    if (node.type === 'WhiteSpaceNode' || value === '') {
      node.position.start = { ...node.position.start, offset: Math.max(cursor, start + shift) };
      node.position.end = { ...node.position.end, offset: Math.max(cursor, start + shift) };
      return;
    }
    const expected = start + shift;
    let at = text.startsWith(value, expected) && expected >= cursor ? expected : text.indexOf(value, cursor);
    if (at < 0 || at > Math.max(expected, cursor) + ANCHOR_WINDOW) at = -1;
    if (at >= 0) {
      shift = at - start;
      cursor = at + value.length;
      node.position.start = { ...node.position.start, offset: at };
      node.position.end = { ...node.position.end, offset: cursor };
    } else {
      // Text Markdown produced (a decoded reference): give it no width rather than a wrong range.
      node.position.start = { ...node.position.start, offset: cursor };
      node.position.end = { ...node.position.end, offset: cursor };
    }
  };
  visitNode(root as unknown as NlcstNode);
}

/** Shifts every position offset in a unist tree (used to account for a stripped BOM). */
function shiftOffsets(tree: MdastRoot, by: number): void {
  if (by === 0) return;
  // Nodes may share point objects (a sentence starts where its first word does): shift each once.
  const seen = new Set<object>();
  const shift = (point: { offset?: number } | undefined) => {
    if (!point || seen.has(point) || point.offset === undefined) return;
    seen.add(point);
    point.offset += by;
  };
  walk(tree as { type: string; position?: { start: { offset?: number }; end: { offset?: number } } }, (node) => {
    shift(node.position?.start);
    shift(node.position?.end);
  });
}

/** Offset past the line ending at `at` (CRLF, LF or CR), or `at` at the end of the text. */
function afterLineEnding(text: string, at: number): number {
  if (at >= text.length) return text.length;
  return text.charCodeAt(at) === 0x0d && text.charCodeAt(at + 1) === 0x0a ? at + 2 : at + 1;
}

/** `source` with the frontmatter blanked out (line endings kept), so offsets stay put. */
function withoutFrontmatter(source: string, fences: Fences | undefined): string {
  if (!fences) return source;
  return source.slice(0, fences.end).replace(/[^\r\n]/g, ' ') + source.slice(fences.end);
}

interface Prose {
  mdast?: MdastRoot;
  nlcst: NlcstRoot;
  comments: Draft['comments'];
  /** On the fast path: the spans of the body that are text. */
  textRuns?: Span[];
}

/** The Markdown path: remark, then the prose of the tree as nlcst, and the HTML comments. */
function markdownProse(text: string, source: string, bom: number, fences: Fences | undefined, bodyStart: number, markdownEnd: number): Prose {
  const visible = withoutFrontmatter(source, fences);
  const mdast = markdown.parse(capDelimiters(flattenContainers(markdownEnd < visible.length ? visible.slice(0, markdownEnd) : visible))) as MdastRoot;
  const nlcst = proseTree(mdast, new VFile(source), (bodyStart - bom) + MAX_PROSE);
  shiftOffsets(mdast, bom);
  shiftOffsets(nlcst as unknown as MdastRoot, bom);
  anchorToSource(nlcst, text);

  const comments: Draft['comments'] = [];
  walk(mdast as unknown as Html, (node) => {
    if (node.type !== 'html') return;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    // An HTML block may hold several comments and text between them; cut only the comments.
    for (let at = node.value.indexOf('<!--'); at >= 0; at = node.value.indexOf('<!--', at + 4)) {
      const close = node.value.indexOf('-->', at + 4);
      const stop = close < 0 ? node.value.length : close + 3;
      comments.push({ start: start + at, end: start + stop, value: node.value.slice(at, stop) });
      if (close < 0) break;
    }
  });
  return { mdast, nlcst, comments };
}

export interface ParseOptions {
  /** Take the Markdown path even for a plain-prose body (the tests compare the two paths). */
  markdown?: boolean;
}

export function parseDraft(text: string, options: ParseOptions = {}): Draft {
  // Frontmatter must open the text; a BOM before it is set aside and offsets shifted back.
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const source = bom ? text.slice(bom) : text;
  const fences = findFences(source);

  let frontmatter: Draft['frontmatter'];
  let bodyStart = bom;
  if (fences) {
    frontmatter = readFrontmatter({ start: bom, end: bom + fences.end }, source.slice(fences.content.start, fences.content.end), bom + fences.content.start);
    bodyStart = bom + afterLineEnding(source, fences.end);
  }
  const markdownEnd = markdownLimit(source, bodyStart - bom);

  const plain = options.markdown ? undefined : plainProse(text, bodyStart, bom + markdownEnd);
  const { mdast, nlcst, comments, textRuns }: Prose = plain
    ? { ...plain, comments: [] }
    : markdownProse(text, source, bom, fences, bodyStart, markdownEnd);
  // One push per comment: spreading hundreds of thousands of them as arguments overflows the stack.
  if (markdownEnd < source.length) for (const comment of scanTail(text, bom + markdownEnd, comments)) comments.push(comment);

  const body: Span = { start: bodyStart, end: text.length };
  const bodySegments: Span[] = [];
  let cursor = body.start;
  for (const comment of comments) {
    if (comment.start > cursor) bodySegments.push({ start: cursor, end: comment.start });
    cursor = Math.max(cursor, comment.end);
  }
  if (cursor < body.end) bodySegments.push({ start: cursor, end: body.end });

  const nlcstSentences: NlcstSentence[] = [];
  walk(nlcst as unknown as NlcstSentence, (node) => {
    if (node.type !== 'SentenceNode') return;
    nlcstSentences.push(node);
    return false;
  });
  const allSentences: Sentence[] = [];
  for (const [index, node] of nlcstSentences.entries()) {
    const tokens = sentenceTokens(node);
    const question = endsWithQuestion(node);
    if (tokens.length === 0 && !question) continue;
    allSentences.push({
      node,
      index,
      start: node.position?.start.offset ?? tokens[0]?.start ?? 0,
      end: node.position?.end.offset ?? tokens.at(-1)?.end ?? 0,
      tokens,
      question,
    });
  }

  const slots = findSlots(text, mdast ?? textRuns ?? [], nlcst, body.start, { start: bom + markdownEnd, end: text.length }, comments);
  const inSlot = (token: Token) => overlapsAny(slots, token);
  const greeting = findGreeting(allSentences[0]?.node, slots);
  const signOff = withClosingThanks(findSignOff(visibleLines(text, body, comments, allSentences), text), allSentences, greeting, text);
  const outside = (token: Token) =>
    !(greeting && token.start >= greeting.start && token.end <= greeting.end) &&
    !(signOff && token.start >= signOff.start && token.end <= signOff.end) &&
    !inSlot(token);
  const sentences = allSentences
    .map((sentence) => ({ ...sentence, tokens: sentence.tokens.filter(outside) }))
    .filter((sentence) => sentence.tokens.length > 0);

  return {
    text,
    frontmatter,
    body,
    bodySegments,
    comments,
    slots,
    mdast,
    nlcst,
    allSentences,
    sentences,
    greeting,
    signOff,
    get language() {
      return languageOf(this);
    },
    template: frontmatter?.template?.value === true,
    memo: new Map(),
  };
}

function endsWithQuestion(node: NlcstSentence): boolean {
  for (let i = node.children.length - 1; i >= 0; i--) {
    const child = node.children[i];
    if (child.type === 'WhiteSpaceNode' || child.type === 'SymbolNode') continue;
    if (child.type === 'PunctuationNode') {
      if (child.value.includes('?')) return true;
      if (/^[)"'”’»]+$/u.test(child.value)) continue;
      return false;
    }
    return false;
  }
  return false;
}

/** The body's non-blank lines with HTML comments blanked out, each with its prose tokens. */
function visibleLines(text: string, body: Span, comments: Span[], sentences: Sentence[]) {
  const tokens = sentences.flatMap((s) => s.tokens);
  const lines: Array<Span & { text: string; tokens: Token[] }> = [];
  let tokenIndex = 0;
  let commentIndex = 0;
  for (let start = body.start; start < body.end; ) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? body.end : newline;
    // Comments are in order: skip those that ended before this line, stop at the first after it.
    // The line is built once from its pieces, comments as spaces: a line of thousands of
    // comments costs its length, not its length times their number.
    while (commentIndex < comments.length && comments[commentIndex].end <= start) commentIndex++;
    const pieces: string[] = [];
    let at = start;
    for (let k = commentIndex; k < comments.length && comments[k].start < end; k++) {
      const from = Math.max(comments[k].start, at);
      const to = Math.min(comments[k].end, end);
      if (to <= from) continue;
      pieces.push(text.slice(at, from), ' '.repeat(to - from));
      at = to;
    }
    pieces.push(text.slice(at, end));
    const line = pieces.join('');
    const lineTokens: Token[] = [];
    while (tokenIndex < tokens.length && tokens[tokenIndex].start < end) {
      if (tokens[tokenIndex].start >= start) lineTokens.push(tokens[tokenIndex]);
      tokenIndex++;
    }
    const trimmed = line.trim();
    if (trimmed !== '') {
      const lead = line.length - line.trimStart().length;
      lines.push({ start: start + lead, end: start + lead + trimmed.length, text: trimmed, tokens: lineTokens });
    }
    start = end + 1;
  }
  return lines;
}

/** Whether `span` overlaps any of the sorted, disjoint `spans` (binary search: drafts may hold thousands). */
function overlapsAny(spans: Span[], span: Span): boolean {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (spans[mid].end <= span.start) low = mid + 1;
    else if (spans[mid].start >= span.end) high = mid - 1;
    else return true;
  }
  return false;
}
