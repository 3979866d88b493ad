// Unfilled template slots: [how we met], {FirstName}, {{company}}, <name>, TODO/TBD/XXX.
// Found once here: the placeholder rule reports them, and their words never count as prose,
// so a slot never stands in for an element (RULES.md: "the element it stands for still counts as missing").
import type { Html, Nodes as MdastNode, Root as MdastRoot } from 'mdast';
import type { Root as NlcstRoot, Word as NlcstWord } from 'nlcst';
import { walk } from './walk.js';
import { HTML_TAGS, MARKERS } from '../placeholder.phrases.js';
import type { Span } from './model.js';

// Bracketed slots on one line, bounded in length so matching stays linear.
const BRACKETED = /\{\{[^{}\n]{1,80}\}\}|\{[^{}\n]{1,80}\}|\[[^[\]\n]{1,80}\]/g;
const ANGLE_SLOT = /^<\s*([\p{L}][\p{L}\s_-]{0,40})\s*>$/u;
const HAS_LETTER = /\p{L}/u;
const TAGS = new Set(HTML_TAGS);
const MARKER_SET = new Set(MARKERS);

export function findSlots(text: string, mdast: MdastRoot, nlcst: NlcstRoot, bodyStart: number): Span[] {
  const slots: Span[] = [];
  const add = (start: number, end: number) => {
    if (!slots.some((s) => start < s.end && end > s.start)) slots.push({ start, end });
  };
  walk(mdast as MdastNode, (node) => {
    if (node.type === 'yaml' || node.type === 'code' || node.type === 'inlineCode') return false;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined || start < bodyStart) return undefined;
    if (node.type === 'text') {
      // Search the source, not the unescaped value, so offsets are exact.
      for (const match of text.slice(start, end).matchAll(BRACKETED)) {
        if (HAS_LETTER.test(match[0])) add(start + match.index, start + match.index + match[0].length);
      }
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
  return slots.sort((a, b) => a.start - b.start);
}
