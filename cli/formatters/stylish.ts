// The default human format, laid out like ESLint's stylish: one block per file with aligned
// `line:col  severity  message  rule-id` rows, then a summary. Colour only when asked to
// (main decides from the TTY, NO_COLOR and FORCE_COLOR).
import { createColors } from 'picocolors';
import { oneLine, printable } from '../printable.js';
import { addCounts, countsOf, formatAll, noCounts, type FileResult, type FormatContext, type StreamingFormatter } from '../results.js';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export const stylishStream: StreamingFormatter = (context) => {
  const c = createColors(context.color);
  const paint = { error: c.red, warning: c.yellow, info: c.blue } as const;
  const total = noCounts();
  return {
    file(result) {
      if (result.messages.length === 0) return '';
      addCounts(total, countsOf(result.messages));
      const rows = result.messages.map((m) => ({
        line: String(m.line),
        column: String(m.column),
        severity: m.severity,
        // ESLint drops a message's final period in this format; so do we, for the same look.
        message: printable(oneLine(m.message)).replace(/([^ .])\.$/u, '$1'),
        ruleId: printable(m.ruleId),
      }));
      const width = (key: 'line' | 'column' | 'severity' | 'message') => Math.max(...rows.map((r) => r[key].length));
      const [wLine, wColumn, wSeverity, wMessage] = [width('line'), width('column'), width('severity'), width('message')];

      let out = `\n${c.underline(printable(result.filePath))}\n`;
      for (const r of rows) {
        // Pad before colouring: escape codes have no width.
        const position = `${r.line.padStart(wLine)}:${r.column.padEnd(wColumn)}`;
        out += `  ${c.dim(position)}  ${paint[r.severity](r.severity.padEnd(wSeverity))}  ${r.message.padEnd(wMessage)}  ${c.dim(r.ruleId)}\n`;
      }
      return out;
    },
    end() {
      const problems = total.errors + total.warnings + total.infos;
      if (problems === 0) return '';
      const tone = total.errors > 0 ? c.red : c.yellow;
      const parts = [plural(total.errors, 'error'), plural(total.warnings, 'warning'), ...(total.infos ? [plural(total.infos, 'info')] : [])];
      let out = `\n${tone(c.bold(`\u2716 ${plural(problems, 'problem')} (${parts.join(', ')})`))}\n`;
      if (total.fixableErrors + total.fixableWarnings > 0) {
        out += `${tone(c.bold(`  ${plural(total.fixableErrors, 'error')} and ${plural(total.fixableWarnings, 'warning')} potentially fixable with the \`--fix\` option.`))}\n`;
      }
      return out;
    },
  };
};

export function stylish(results: readonly FileResult[], context: Pick<FormatContext, 'color'>): string {
  return formatAll(stylishStream, results, context as FormatContext);
}
