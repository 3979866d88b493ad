// Unfilled template slots: [how we met], {FirstName}, {{company}}, <name>, TODO/TBD/XXX.
// Found once here: the placeholder rule reports them, and their words never count as prose,
// so a slot never stands in for an element (RULES.md: "the element it stands for still counts as missing").
import type { Html, Nodes as MdastNode, Root as MdastRoot } from 'mdast';
import type { Root as NlcstRoot, Word as NlcstWord } from 'nlcst';
import { walk } from './walk.js';
import { HTML_TAGS, MARKERS } from '../placeholder.phrases.js';
import type { Span } from './model.js';

// Bracketed slots on one line, bounded in length so matching stays linear.
const BRACKETED = /\{\{[^{}\n\r]{1,80}\}\}|\{[^{}\n\r]{1,80}\}|\[[^[\]\n\r]{1,80}\]/g;
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
  if (Array.isArray(markdown)) for (const run of markdown) bracketed(run.start, run.end);
  else walk(markdown as MdastNode, (node) => {
    if (node.type === 'yaml' || node.type === 'code' || node.type === 'inlineCode') return false;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined || start < bodyStart) return undefined;
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
    }
  }
  // Sorted, a slot overlapping an earlier one ("TODO" inside "[TODO name]") is dropped in one pass.
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const slots: Span[] = [];
  for (const slot of found) if (slots.length === 0 || slot.start >= slots[slots.length - 1].end) slots.push(slot);
  return slots;
}
