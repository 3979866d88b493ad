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

/** Returns a function telling which directive, if any, switches off a finding of `ruleId` starting at `offset`. */
export function disabledAt(draft: Draft, directives: readonly Directive[] = readDirectives(draft).directives): (ruleId: string, offset: number) => Directive | undefined {
  if (directives.length === 0) return () => undefined;
  const { text } = draft;
  const lineOf = (offset: number): Span => {
    const start = text.lastIndexOf('\n', offset - 1) + 1;
    const newline = text.indexOf('\n', offset);
    return { start, end: newline < 0 ? text.length : newline };
  };
  const nextLine = (offset: number): Span => {
    const newline = text.indexOf('\n', offset);
    if (newline < 0) return { start: text.length, end: text.length };
    const after = text.indexOf('\n', newline + 1);
    return { start: newline + 1, end: after < 0 ? text.length : after };
  };
  const onLine = (line: Span, offset: number) => offset >= line.start && offset <= line.end;
  // Directives that open the body (only whitespace and comments before them) apply from offset 0.
  const firstProse = bodyTextStart(draft);
  return (ruleId, offset) => {
    let disabling: Directive | undefined;
    for (const d of directives) {
      if (!covers(d.ruleIds, ruleId)) continue;
      if (d.kind === 'disable-file') return d;
      if (d.kind === 'disable-next-line') {
        if (onLine(nextLine(d.end), offset)) return d;
      } else if (d.kind === 'disable-line') {
        if (onLine(lineOf(d.start), offset)) return d;
      } else if (d.kind === 'disable' && d.end <= firstProse) {
        disabling ??= d;
      } else if (d.end <= offset) {
        disabling = d.kind === 'disable' ? d : undefined;
      }
    }
    return disabling;
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
