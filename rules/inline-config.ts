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

/** Returns a predicate telling whether a finding of `ruleId` starting at `offset` is switched off. */
export function disabledAt(draft: Draft): (ruleId: string, offset: number) => boolean {
  const directives = readDirectives(draft);
  if (directives.length === 0) return () => false;
  const { text } = draft;
  const lineStart = (offset: number) => text.lastIndexOf('\n', offset - 1) + 1;
  const nextLine = (offset: number): Span => {
    const newline = text.indexOf('\n', offset);
    if (newline < 0) return { start: text.length, end: text.length };
    const after = text.indexOf('\n', newline + 1);
    return { start: newline + 1, end: after < 0 ? text.length : after };
  };
  // Directives that open the body (only whitespace and comments before them) apply from offset 0.
  const firstProse = bodyTextStart(draft);
  return (ruleId, offset) => {
    let disabled = false;
    for (const d of directives) {
      if (d.kind === 'disable' && d.end <= firstProse && covers(d.ruleIds, ruleId)) {
        disabled = true;
        continue;
      }
      if (d.kind === 'disable-next-line') {
        const line = nextLine(d.end);
        if (covers(d.ruleIds, ruleId) && lineStart(offset) === line.start && offset <= line.end) return true;
      } else if (d.end <= offset && covers(d.ruleIds, ruleId)) {
        disabled = d.kind === 'disable';
      }
    }
    return disabled;
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
