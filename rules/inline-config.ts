// Inline control in drafts, as HTML comments the rules never see:
//   <!-- invitelint-disable [RULE...] -->   <!-- invitelint-enable [RULE...] -->
//   <!-- invitelint-disable-next-line [RULE...] -->
// No rule ids means every rule. A `disable` before any body text covers the whole file,
// frontmatter included, so a rule reporting in the frontmatter can be switched off inline.
import type { Draft, Span } from './draft/model.js';

interface Directive extends Span {
  kind: 'disable' | 'enable' | 'disable-next-line';
  ruleIds: string[] | 'all';
}

const DIRECTIVE = /^<!--\s*invitelint-(disable-next-line|disable|enable)\b([^]*?)-->$/;

export function readDirectives(draft: Draft): Directive[] {
  const directives: Directive[] = [];
  for (const comment of draft.comments) {
    const match = DIRECTIVE.exec(comment.value.trim());
    if (!match) continue;
    const ids = match[2].split(/[\s,]+/).filter(Boolean);
    directives.push({ start: comment.start, end: comment.end, kind: match[1] as Directive['kind'], ruleIds: ids.length ? ids : 'all' });
  }
  return directives;
}

const covers = (ids: Directive['ruleIds'], ruleId: string) => ids === 'all' || ids.includes(ruleId);

/** Offsets of the text's line breaks, for finding a line by binary search. */
function lineBreaks(text: string): number[] {
  const breaks: number[] = [];
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) breaks.push(at);
  return breaks;
}

/** Index of the first element of the sorted `values` that is >= `value` (values.length if none). */
function firstAtLeast(values: readonly number[], value: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (values[mid] < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Returns a predicate telling whether a finding of `ruleId` starting at `offset` is switched off.
 * Directives are indexed once (lines by their start, disable/enable by rule in order), so each
 * finding costs a binary search, not a pass over every directive: a draft may hold thousands.
 */
export function disabledAt(draft: Draft): (ruleId: string, offset: number) => boolean {
  const directives = readDirectives(draft);
  if (directives.length === 0) return () => false;
  const { text } = draft;
  const breaks = lineBreaks(text);
  const lineStart = (offset: number) => {
    const before = firstAtLeast(breaks, offset) - 1; // the last break before offset
    return before < 0 ? 0 : breaks[before] + 1;
  };
  /** The line after the one `offset` is on: from after its break to the next break (or the end). */
  const nextLine = (offset: number): Span => {
    const index = firstAtLeast(breaks, offset);
    if (index === breaks.length) return { start: text.length, end: text.length };
    return { start: breaks[index] + 1, end: index + 1 < breaks.length ? breaks[index + 1] : text.length };
  };

  // disable-next-line: the lines they cover, by line start, with the rules covered there.
  const nextLines = new Map<number, { end: number; ruleIds: Set<string> | 'all' }>();
  // disable/enable in order; directives that open the body (only whitespace and comments
  // before them) apply from offset 0.
  const toggles = directives.filter((d) => d.kind !== 'disable-next-line');
  const firstProse = bodyTextStart(draft);
  for (const d of directives) {
    if (d.kind !== 'disable-next-line') continue;
    const line = nextLine(d.end);
    const covered = nextLines.get(line.start) ?? { end: line.end, ruleIds: new Set<string>() };
    if (d.ruleIds === 'all') covered.ruleIds = 'all';
    else if (covered.ruleIds !== 'all') for (const id of d.ruleIds) covered.ruleIds.add(id);
    nextLines.set(line.start, covered);
  }
  /** Per rule: the toggles covering it, their ends (ascending, as directives are in order), and the last opening disable. */
  const byRule = new Map<string, { toggles: Directive[]; ends: number[]; lastOpening: number }>();
  const forRule = (ruleId: string) => {
    let entry = byRule.get(ruleId);
    if (!entry) {
      const covering = toggles.filter((d) => covers(d.ruleIds, ruleId));
      let lastOpening = -1;
      covering.forEach((d, i) => {
        if (d.kind === 'disable' && d.end <= firstProse) lastOpening = i;
      });
      entry = { toggles: covering, ends: covering.map((d) => d.end), lastOpening };
      byRule.set(ruleId, entry);
    }
    return entry;
  };

  return (ruleId, offset) => {
    const line = nextLines.get(lineStart(offset));
    if (line && offset <= line.end && (line.ruleIds === 'all' || line.ruleIds.has(ruleId))) return true;
    // The last toggle that applies wins: one ending at or before the offset, or an opening disable.
    const rule = forRule(ruleId);
    const last = Math.max(firstAtLeast(rule.ends, offset + 1) - 1, rule.lastOpening);
    return last >= 0 && rule.toggles[last].kind === 'disable';
  };
}

/** Offset of the first body character that is neither whitespace nor inside a comment. */
function bodyTextStart(draft: Draft): number {
  let at = draft.body.start;
  for (const comment of draft.comments) {
    if (draft.text.slice(at, comment.start).trim() !== '') break;
    at = comment.end;
  }
  const rest = draft.text.slice(at, draft.body.end);
  return at + (rest.length - rest.trimStart().length);
}
