// Inline control in drafts, as HTML comments the rules never see:
//   <!-- invitelint-disable [RULE...] -->   <!-- invitelint-enable [RULE...] -->
//   <!-- invitelint-disable-next-line [RULE...] -->   <!-- invitelint-disable-line [RULE...] -->
//   <!-- invitelint-disable-file [RULE...] -->
// No rule ids means every rule; text after `--` is the reason, kept with suppressed findings.
// A `disable` before any body text covers the whole file, frontmatter included, as
// `disable-file` does wherever it is, so a rule reporting in the frontmatter can be switched off.
import { memoized, type Draft, type Span } from './draft/model.js';

export const DIRECTIVE_KINDS = ['disable', 'enable', 'disable-next-line', 'disable-line', 'disable-file'] as const;
export type DirectiveKind = (typeof DIRECTIVE_KINDS)[number];

export interface Directive extends Span {
  kind: DirectiveKind;
  ruleIds: string[] | 'all';
  /** Where each named id is in the text. */
  idSpans: Array<Span & { id: string }>;
  /** The text after `--`, if any. */
  justification: string;
}

/** A comment that starts like a directive but names no known kind (`invitelint-disabel`). */
export interface MalformedDirective extends Span {
  name: string;
}

// `invitelint-` and a word, then ids up to an optional `--` reason. Bounded by the comment it runs on.
const DIRECTIVE = /^<!--(\s*)invitelint-([a-z-]*)([^]*?)-->$/;
const ID = /[^\s,]+/g;

/** The draft's directives, read once per draft (the engine and invalid-disable-comment both need them). */
export function readDirectives(draft: Draft): { directives: Directive[]; malformed: MalformedDirective[] } {
  return memoized(draft, 'directives', () => parseDirectives(draft));
}

function parseDirectives(draft: Draft): { directives: Directive[]; malformed: MalformedDirective[] } {
  const directives: Directive[] = [];
  const malformed: MalformedDirective[] = [];
  for (const comment of draft.comments) {
    const lead = comment.value.length - comment.value.trimStart().length;
    const match = DIRECTIVE.exec(comment.value.trim());
    if (!match) continue;
    const nameStart = comment.start + lead + 4 + match[1].length + 'invitelint-'.length;
    const kind = match[2] as DirectiveKind;
    if (!DIRECTIVE_KINDS.includes(kind)) {
      malformed.push({ start: nameStart - 'invitelint-'.length, end: nameStart + match[2].length, name: match[2] });
      continue;
    }
    const rest = match[3];
    const separator = rest.indexOf('--');
    const list = separator < 0 ? rest : rest.slice(0, separator);
    const listStart = nameStart + match[2].length;
    const idSpans = [...list.matchAll(ID)].map((m) => ({ id: m[0], start: listStart + m.index, end: listStart + m.index + m[0].length }));
    directives.push({
      start: comment.start,
      end: comment.end,
      kind,
      ruleIds: idSpans.length ? idSpans.map((s) => s.id) : 'all',
      idSpans,
      justification: separator < 0 ? '' : rest.slice(separator + 2).trim(),
    });
  }
  return { directives, malformed };
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
 * Returns a function telling which directive, if any, switches off a finding of `ruleId`
 * starting at `offset`. Directives are indexed once (the lines they cover by line start,
 * disable/enable by rule in order), so each finding costs a binary search, not a pass over
 * every directive: a draft may hold thousands.
 */
export function disabledAt(draft: Draft, directives: readonly Directive[] = readDirectives(draft).directives): (ruleId: string, offset: number) => Directive | undefined {
  if (directives.length === 0) return () => undefined;
  const { text } = draft;
  const breaks = lineBreaks(text);
  /** The line `offset` is on, or with `next`, the line after it: from after a break to the next break (or the end). */
  const lineAt = (offset: number, next: boolean): Span => {
    const index = firstAtLeast(breaks, offset); // the first break at or after offset ends its line
    const from = next ? index : index - 1;
    if (next && index === breaks.length) return { start: text.length, end: text.length };
    return { start: from < 0 ? 0 : breaks[from] + 1, end: from + 1 < breaks.length ? breaks[from + 1] : text.length };
  };

  // disable-line and disable-next-line: the directives covering each line, by its start.
  const byLine = new Map<number, { end: number; directives: Directive[] }>();
  const files: Directive[] = [];
  for (const d of directives) {
    if (d.kind === 'disable-file') files.push(d);
    if (d.kind !== 'disable-next-line' && d.kind !== 'disable-line') continue;
    const line = lineAt(d.kind === 'disable-line' ? d.start : d.end, d.kind === 'disable-next-line');
    const entry = byLine.get(line.start) ?? { end: line.end, directives: [] };
    entry.directives.push(d);
    byLine.set(line.start, entry);
  }
  // disable/enable in order; directives that open the body (only whitespace and comments
  // before them) apply from offset 0.
  const toggles = directives.filter((d) => d.kind === 'disable' || d.kind === 'enable');
  const firstProse = bodyTextStart(draft);
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
    const file = files.find((d) => covers(d.ruleIds, ruleId));
    if (file) return file;
    const line = byLine.get(lineAt(offset, false).start);
    const onLine = line && offset <= line.end ? line.directives.find((d) => covers(d.ruleIds, ruleId)) : undefined;
    if (onLine) return onLine;
    // The last toggle that applies wins: one ending at or before the offset, or an opening disable.
    const rule = forRule(ruleId);
    const last = Math.max(firstAtLeast(rule.ends, offset + 1) - 1, rule.lastOpening);
    return last >= 0 && rule.toggles[last].kind === 'disable' ? rule.toggles[last] : undefined;
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
