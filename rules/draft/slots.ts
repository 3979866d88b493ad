// Unfilled template slots: [how we met], {FirstName}, {{company}}, ${company}, <name>, the merge
// tags of outreach tools (*|FNAME|*, %FIRSTNAME%, $first_name), blanks (____), instructions in
// parentheses ((insert day)), TODO/TBD/XXX. A price ($40, US$200) is not a slot. Found once
// here: the placeholder rule reports them, and their words never count as prose, so a slot
// never stands in for an element (RULES.md: "the element it stands for still counts as missing").
import type { Html, Nodes as MdastNode, Root as MdastRoot } from 'mdast';
import type { Root as NlcstRoot, Word as NlcstWord } from 'nlcst';
import { walk } from './walk.js';
import { HTML_TAGS, INSTRUCTION_VERBS, MARKERS, NOT_AN_INSTRUCTION } from '../placeholder.phrases.js';
import type { Span } from './model.js';

// Bracketed slots on one line, bounded in length so matching stays linear; `${...}` keeps its `$`.
const BRACKETED = /\$?\{\{[^{}\n\r]{1,80}\}\}|\$?\{[^{}\n\r]{1,80}\}|\[[^[\]\n\r]{1,80}\]/g;
// Slots read from a block's source, since Markdown may take their characters as syntax
// ("*|FNAME|*" is emphasis around "|FNAME|"): merge tags, blanks of three or more
// underscores, and parentheses opening with an instruction verb. Each is bounded in length.
// A `$` tag needs a lower-case letter or an underscore ("$first_name", "$company"), so a
// cashtag ("$AAPL") is prose, like a price ("$40").
const MERGE_TAG = /\*\|[\p{L}\p{N}_:-]{1,40}\|\*|(?<![\p{L}\p{N}%])%%?\p{L}[\p{L}\p{N}_.-]{0,40}%%?(?![\p{L}\p{N}%])|(?<![\p{L}\p{N}$])\$(?=[\p{L}\p{N}]{0,40}[_\p{Ll}])\p{L}[\p{L}\p{N}_]{0,40}(?![\p{L}\p{N}_])/gu;
const BLANK = /(?<![\p{L}\p{N}_])_{3,80}(?![\p{L}\p{N}_])/gu;
const INSTRUCTION = new RegExp(`\\(\\s*(?:${INSTRUCTION_VERBS.join('|')})\\s[^()\\n]{1,60}\\)`, 'giu');
const NOT_AN_INSTRUCTION_SET = new Set(NOT_AN_INSTRUCTION);
// "(add me on GitHub too)" asks the reader something; "(insert how we met)" is a slot: only
// the verb's object tells them apart.
const isInstruction = (match: string) => {
  const [, object] = match.slice(1, -1).toLowerCase().split(/[^\p{L}']+/u).filter(Boolean);
  return !NOT_AN_INSTRUCTION_SET.has(object);
};
// Web addresses are not prose: "?id=$ref" or "%7Euser%" in a URL is no slot.
const URL_IN_TEXT = /\b(?:https?:\/\/|www\.)[^\s<>()]+/giu;
/** Markdown inside a block whose source holds no slot: code, raw HTML, links and images. */
const OPAQUE = new Set(['inlineCode', 'html', 'link', 'image', 'linkReference', 'imageReference']);

/** Merge tags, blanks and instructions in `source`, a stretch of the text starting at `offset`. */
function sourceSlots(source: string, offset: number, add: (start: number, end: number) => void): void {
  const prose = source.replace(URL_IN_TEXT, (url) => ' '.repeat(url.length));
  for (const pattern of [MERGE_TAG, BLANK, INSTRUCTION]) {
    for (const match of prose.matchAll(pattern)) {
      if (pattern === INSTRUCTION && !isInstruction(match[0])) continue;
      add(offset + match.index, offset + match.index + match[0].length);
    }
  }
}

/** A block's source with its opaque inline nodes blanked out (offsets kept). */
function blockSource(text: string, block: MdastNode, start: number, end: number): string {
  const parts: string[] = [];
  let cursor = start;
  walk(block, (node) => {
    if (node === block || !OPAQUE.has(node.type)) return undefined;
    const from = Math.max(node.position?.start.offset ?? cursor, cursor);
    const to = Math.min(node.position?.end.offset ?? cursor, end);
    if (to > from) {
      parts.push(text.slice(cursor, from), ' '.repeat(to - from));
      cursor = to;
    }
    return false;
  });
  parts.push(text.slice(cursor, end));
  return parts.join('');
}

const ANGLE_SLOT = /^<\s*([\p{L}][\p{L}\s_-]{0,40})\s*>$/u;
const HAS_LETTER = /\p{L}/u;
const TAGS = new Set(HTML_TAGS);
const MARKER_SET = new Set(MARKERS);

const ANGLE_IN_TEXT = /<\s*([\p{L}][\p{L}\s_-]{0,40})\s*>/gu;
const MARKER_IN_TEXT = new RegExp(`(?<![\\p{L}\\p{N}])(?:${MARKERS.join('|')})(?![\\p{L}\\p{N}])`, 'gu');

/** `markdown`: the Markdown tree, or the spans of text of a plain-prose body.
 *  `tail`: text past the Markdown limit, scanned as raw text outside `comments`. */
export function findSlots(text: string, markdown: MdastRoot | readonly Span[], nlcst: NlcstRoot, bodyStart: number, tail?: Span, comments: readonly Span[] = []): Span[] {
  const found: Span[] = [];
  const add = (start: number, end: number) => {
    found.push({ start, end });
  };
  const bracketed = (start: number, end: number) => {
    // Search the source, not the unescaped value, so offsets are exact.
    for (const match of text.slice(start, end).matchAll(BRACKETED)) {
      if (HAS_LETTER.test(match[0])) add(start + match.index, start + match.index + match[0].length);
    }
  };
  if (Array.isArray(markdown)) {
    for (const run of markdown) bracketed(run.start, run.end);
    // The body's source with the cut-out markup as spaces, as blockSource gives the Markdown path.
    if (markdown.length > 0) {
      const parts: string[] = [];
      let at = markdown[0].start;
      for (const run of markdown) {
        parts.push(' '.repeat(run.start - at), text.slice(run.start, run.end));
        at = run.end;
      }
      sourceSlots(parts.join(''), markdown[0].start, add);
    }
  } else walk(markdown as MdastNode, (node) => {
    if (node.type === 'yaml' || node.type === 'code' || node.type === 'inlineCode') return false;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined || start < bodyStart) return undefined;
    if (node.type === 'paragraph' || node.type === 'heading') sourceSlots(blockSource(text, node, start, end), start, add);
    if (node.type === 'text') {
      bracketed(start, end);
    } else if (node.type === 'html') {
      const angle = ANGLE_SLOT.exec((node as Html).value.trim());
      if (angle && !TAGS.has(angle[1].trim().toLowerCase())) add(start, end);
    }
    return undefined;
  });
  walk(nlcst as unknown as NlcstWord, (word) => {
    if (word.type !== 'WordNode') return undefined;
    const start = word.position?.start.offset;
    const end = word.position?.end.offset;
    if (start !== undefined && end !== undefined && MARKER_SET.has(text.slice(start, end))) add(start, end);
    return false;
  });
  if (tail && tail.start < tail.end) {
    let cursor = tail.start;
    const segments: Span[] = [];
    for (const c of comments) {
      if (c.end <= cursor) continue;
      if (c.start > cursor) segments.push({ start: cursor, end: Math.min(c.start, tail.end) });
      cursor = Math.max(cursor, c.end);
    }
    if (cursor < tail.end) segments.push({ start: cursor, end: tail.end });
    for (const segment of segments) {
      const raw = text.slice(segment.start, segment.end);
      for (const match of raw.matchAll(BRACKETED)) if (HAS_LETTER.test(match[0])) add(segment.start + match.index, segment.start + match.index + match[0].length);
      for (const match of raw.matchAll(ANGLE_IN_TEXT)) if (!TAGS.has(match[1].trim().toLowerCase())) add(segment.start + match.index, segment.start + match.index + match[0].length);
      for (const match of raw.matchAll(MARKER_IN_TEXT)) add(segment.start + match.index, segment.start + match.index + match[0].length);
      sourceSlots(raw, segment.start, add);
    }
  }
  // Sorted, a slot overlapping an earlier one ("TODO" inside "[TODO name]") is dropped in one pass.
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const slots: Span[] = [];
  for (const slot of found) if (slots.length === 0 || slot.start >= slots[slots.length - 1].end) slots.push(slot);
  return slots;
}
