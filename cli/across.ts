// The across rules in a CLI run: while a draft's text is at hand its print is taken and its
// anchors converted to positions; once every draft is linted, the set is judged and the
// findings become messages that name the other files.
import { acrossEnabled, judgeAcross, printDraft, type Draft, type ResolvedConfig } from '../rules/engine.js';
import { positionsOf } from './positions.js';
import type { AcrossPrint, FileResult, LintMessage } from './results.js';

/** The print of a linted draft, or undefined when no across rule is on for it. */
export function acrossPrint(draft: Draft, config: ResolvedConfig): AcrossPrint | undefined {
  if (!acrossEnabled(config)) return undefined;
  const print = printDraft(draft, config);
  if (!print) return undefined;
  const at = positionsOf(draft.text);
  const positions = new Int32Array(print.anchors.length * 2);
  for (let i = 0; i < print.anchors.length; i += 2) {
    const start = at.point(print.anchors[i]);
    const end = at.point(print.anchors[i + 1]);
    positions.set([start.line, start.column, end.line, end.column], i * 2);
  }
  return { print, positions };
}

/** The across findings of every result (empty lists where none), as messages; `name` shows a path in messages. */
export function acrossMessages(results: readonly FileResult[], name: (filePath: string) => string): LintMessage[][] {
  const findings = judgeAcross(results.map((result) => ({ name: name(result.filePath), print: result.across?.print })));
  const located = (result: number, anchor: number) => {
    const p = results[result].across!.positions;
    return { line: p[4 * anchor], column: p[4 * anchor + 1], endLine: p[4 * anchor + 2], endColumn: p[4 * anchor + 3] };
  };
  return findings.map((list, i) =>
    list.map((f) => ({
      ruleId: f.ruleId,
      severity: f.severity,
      message: f.message,
      ...located(i, f.anchor),
      relatedLocations: f.related.map((r) => ({ filePath: results[r.draft].filePath, ...located(r.draft, r.anchor) })),
    })),
  );
}

/** Messages in report order: by line, then column. */
export const byPosition = (a: LintMessage, b: LintMessage) => a.line - b.line || a.column - b.column;
