// ESLint's JSON results array, so tools written for `eslint --format json` read it as is.
// ESLint has no info level: info is severity 1, like a warning.
import { countsOf, formatAll, type FileResult, type FormatContext, type LintMessage, type StreamingFormatter } from '../results.js';

export const jsonStream: StreamingFormatter = () => {
  let first = true;
  return {
    file(result) {
      const text = (first ? '[' : ',') + JSON.stringify(jsonResult(result));
      first = false;
      return text;
    },
    end: () => (first ? '[]' : ']'),
  };
};

export function json(results: readonly FileResult[]): string {
  return formatAll(jsonStream, results, {} as FormatContext);
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
