import type { Html } from 'mdast';
import { visit } from 'unist-util-visit';
import { HTML_TAGS, MARKERS } from './placeholder.phrases.js';
import type { Rule } from './types.js';

// Bracketed slots on one line, bounded in length so matching stays linear.
const SLOT = /\{\{[^{}\n]{1,80}\}\}|\{[^{}\n]{1,80}\}|\[[^[\]\n]{1,80}\]/g;
const ANGLE_SLOT = /^<\s*([\p{L}][\p{L}\s_-]{0,40})\s*>$/u;
const HAS_LETTER = /\p{L}/u;
const TAGS = new Set(HTML_TAGS);
const MARKER_SET = new Set(MARKERS);

export const placeholder: Rule = {
  meta: {
    id: 'placeholder',
    description: 'An unfilled template slot remains ([how we met], {FirstName}, <name>, TODO).',
    defaultSeverity: 'error',
    fixKind: 'none',
    core: true,
    rationale:
      'A template slot sent as-is tells the recipient the note is canned, the opposite of the seed\'s "take one minute to make it a meaningful communication". Fill it in before sending.',
    example: {
      bad: 'Hi {FirstName}, I enjoyed [event] and would like to connect.',
      good: 'Hi Rosa, I enjoyed your talk at the Valencia book fair and would like to connect.',
    },
  },
  check({ draft, report }) {
    const { text } = draft;
    const flagged: Array<[number, number]> = [];
    const flag = (start: number, end: number) => {
      if (flagged.some(([s, e]) => start < e && end > s)) return;
      flagged.push([start, end]);
      report({ message: `Unfilled placeholder ${JSON.stringify(text.slice(start, end))}: replace it with the real detail before sending.`, start, end });
    };

    visit(draft.mdast, (node) => {
      if (node.type === 'yaml' || node.type === 'code' || node.type === 'inlineCode') return 'skip';
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start === undefined || end === undefined || start < draft.body.start) return undefined;
      if (node.type === 'text') {
        // Search the source, not the unescaped value, so offsets are exact.
        const source = text.slice(start, end);
        for (const match of source.matchAll(SLOT)) {
          if (HAS_LETTER.test(match[0])) flag(start + match.index, start + match.index + match[0].length);
        }
      } else if (node.type === 'html') {
        const angle = ANGLE_SLOT.exec((node as Html).value.trim());
        if (angle && !TAGS.has(angle[1].trim().toLowerCase())) flag(start, end);
      }
      return undefined;
    });

    for (const sentence of draft.allSentences) {
      for (const child of sentence.node.children) {
        if (child.type !== 'WordNode' || !child.position) continue;
        const raw = text.slice(child.position.start.offset, child.position.end.offset);
        if (MARKER_SET.has(raw)) flag(child.position.start.offset!, child.position.end.offset!);
      }
    }
  },
};
