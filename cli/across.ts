// The across rules in a CLI run: while a draft's text is at hand its print is taken and its
// anchors converted to positions; once every draft is linted, the set is judged and the
// findings become messages that name the other files.
import { acrossEnabled, judgeAcross, printDraft, type AcrossFinding, type Draft, type ResolvedConfig } from '../rules/engine.js';
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

/**
 * The across findings of every result, as messages, result by result (the caller adds them and
 * can let them go); `name` shows a path in messages. A related list shared by many findings
 * stays one list.
 */
export function* acrossMessages(results: readonly FileResult[], name: (filePath: string) => string): Generator<[number, LintMessage[]]> {
  const findings: Array<AcrossFinding[] | undefined> = judgeAcross(results.map((result) => ({ name: name(result.filePath), print: result.across?.print })));
  const position = (result: number, anchor: number) => results[result].across!.positions.subarray(4 * anchor, 4 * anchor + 4);
  const converted = new Map<AcrossFinding['related'], NonNullable<LintMessage['relatedLocations']>>();
  const relatedOf = (related: AcrossFinding['related']) => {
    let list = converted.get(related);
    if (!list) {
      list = related.map((r) => {
        const [line, column, endLine, endColumn] = position(r.draft, r.anchor);
        return { filePath: results[r.draft].filePath, line, column, endLine, endColumn };
      });
      converted.set(related, list);
    }
    return list;
  };
  for (let i = 0; i < findings.length; i++) {
    const list = findings[i]!;
    findings[i] = undefined;
    if (list.length === 0) continue;
    yield [
      i,
      list.map((f) => {
        const [line, column, endLine, endColumn] = position(i, f.anchor);
        return { ruleId: f.ruleId, severity: f.severity, message: f.message, line, column, endLine, endColumn, relatedLocations: relatedOf(f.related) };
      }),
    ];
  }
}

/** Messages in report order: by line, then column. */
export const byPosition = (a: LintMessage, b: LintMessage) => a.line - b.line || a.column - b.column;
