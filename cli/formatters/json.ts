// ESLint's JSON results array, so tools written for `eslint --format json` read it as is.
// ESLint has no info level: info is severity 1, like a warning.
import { countsOf, type FileResult, type LintMessage } from '../results.js';

export function json(results: readonly FileResult[]): string {
  return [...jsonChunks(results)].join('');
}

/** The report in pieces, so a run over thousands of drafts never builds one huge string;
 *  a result serialized while linting (`serialized`) is used as is. */
export function* jsonChunks(results: readonly FileResult[]): Generator<string> {
  yield '[';
  for (let i = 0; i < results.length; i++) yield (i ? ',' : '') + (results[i].serialized ?? JSON.stringify(jsonResult(results[i])));
  yield ']';
}

function eslintMessage(m: LintMessage) {
  return {
    ruleId: m.ruleId,
    severity: m.severity === 'error' ? 2 : 1,
    message: m.message,
    line: m.line,
    column: m.column,
    endLine: m.endLine,
    endColumn: m.endColumn,
    ...(m.fix ? { fix: m.fix } : {}),
    ...(m.suggestions ? { suggestions: m.suggestions } : {}),
    // invitelint's addition: the other drafts an across finding is about.
    ...(m.relatedLocations ? { relatedLocations: m.relatedLocations } : {}),
  };
}

export function jsonResult(result: FileResult): object {
  const counts = countsOf(result.messages);
  return {
    filePath: result.filePath,
    messages: result.messages.map(eslintMessage),
    // Switched off by inline comments, with the comment's reason (ESLint's shape).
    suppressedMessages: (result.suppressedMessages ?? []).map((m) => ({ ...eslintMessage(m), suppressions: m.suppressions })),
    errorCount: counts.errors,
    fatalErrorCount: 0,
    warningCount: counts.warnings + counts.infos,
    fixableErrorCount: counts.fixableErrors,
    fixableWarningCount: counts.fixableWarnings,
    ...(result.output !== undefined ? { output: result.output } : {}),
    usedDeprecatedRules: [],
    // invitelint's addition (documented in the README): the three elements and the length.
    ...(result.elements ? { elements: result.elements } : {}),
  };
}

/** A result serialized while linting, with messages found later (across rules) merged in. */
export function withMessages(serialized: string, more: readonly LintMessage[]): string {
  const result = JSON.parse(serialized) as { messages: Array<{ line: number; column: number }>; errorCount: number; warningCount: number };
  const counts = countsOf(more);
  result.messages = [...result.messages, ...more.map((m) => eslintMessage(m) as { line: number; column: number })].sort((a, b) => a.line - b.line || a.column - b.column);
  result.errorCount += counts.errors;
  result.warningCount += counts.warnings + counts.infos;
  return JSON.stringify(result);
}
