// ESLint's JSON results array, so tools written for `eslint --format json` read it as is.
// ESLint has no info level: info is severity 1, like a warning.
import { countsOf, formatAll, type FileResult, type FormatContext, type StreamingFormatter } from '../results.js';

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

export function jsonResult(result: FileResult): object {
  const counts = countsOf(result.messages);
  return {
    filePath: result.filePath,
    messages: result.messages.map((m) => ({
      ruleId: m.ruleId,
      severity: m.severity === 'error' ? 2 : 1,
      message: m.message,
      line: m.line,
      column: m.column,
      endLine: m.endLine,
      endColumn: m.endColumn,
      ...(m.fix ? { fix: m.fix } : {}),
      ...(m.suggestions ? { suggestions: m.suggestions } : {}),
    })),
    // Nothing is suppressed or fatal in a result we return; the keys keep ESLint's shape.
    suppressedMessages: [],
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
