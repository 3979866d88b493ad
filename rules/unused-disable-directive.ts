import type { Directive } from './inline-config.js';
import type { Report, Rule } from './types.js';

export const UNUSED_DIRECTIVE = 'unused-disable-directive';

/** Removes the comment, and its line when it is alone on it. */
function removal(text: string, { start, end }: { start: number; end: number }) {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const newline = text.indexOf('\n', end);
  const lineEnd = newline < 0 ? text.length : newline + 1;
  const alone = text.slice(lineStart, start).trim() === '' && text.slice(end, lineEnd).trim() === '';
  return alone ? { start: lineStart, end: lineEnd, text: '' } : { start, end, text: '' };
}

/** The directives that switched nothing off: the whole comment when none of it was used, else each unused id. */
export function unusedDirectiveReports(text: string, directives: readonly Directive[], used: ReadonlyMap<Directive, ReadonlySet<string>>, registry: ReadonlyMap<string, Rule>): Report[] {
  const reports: Report[] = [];
  for (const directive of directives) {
    if (directive.kind === 'enable') continue;
    const switched = used.get(directive) ?? new Set<string>();
    const comment = `invitelint-${directive.kind}`;
    if (switched.size === 0) {
      const what = directive.ruleIds === 'all' ? 'no problem' : `no problem from ${directive.ruleIds.map((id) => `"${id}"`).join(', ')}`;
      // Unknown ids are invalid-disable-comment's to report; a comment of only those is not "unused".
      if (directive.ruleIds !== 'all' && !directive.ruleIds.some((id) => registry.has(id))) continue;
      reports.push({ message: `Unused ${comment} comment: ${what} was reported where it applies`, start: directive.start, end: directive.end, fix: removal(text, directive) });
      continue;
    }
    for (const span of directive.idSpans) {
      if (switched.has(span.id) || !registry.has(span.id)) continue;
      reports.push({ message: `Unused "${span.id}" in an ${comment} comment: it reported nothing where the comment applies`, start: span.start, end: span.end });
    }
  }
  return reports;
}

export const unusedDisableDirective: Rule = {
  meta: {
    id: UNUSED_DIRECTIVE,
    description: 'A disable comment switches off nothing (off unless asked for, e.g. with --report-unused-disable-directives).',
    defaultSeverity: 'off',
    fixKind: 'fix',
    core: false,
    rationale:
      'A disable comment that no longer silences anything hides the next real problem on its line or in its file. Remove it once the draft is fixed.',
    example: {
      bad: '---\nto: Hannah Okafor\n---\n<!-- invitelint-disable-next-line placeholder -->\nHi Hannah, great to see you at the summit yesterday. Coffee next week?\n\n- Sam',
      good: '---\nto: Hannah Okafor\n---\nHi Hannah, great to see you at the summit yesterday. Coffee next week?\n\n- Sam',
    },
  },
  // The engine reports these (lint.ts, through unusedDirectiveReports): only it knows what
  // every other rule found and which comment switched each finding off.
  check() {},
};
