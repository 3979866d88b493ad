// One line per draft with the facts of the editor's code lens, aligned as a table, and a
// footer with counts: what a reviewer reads in a CI log for a drafts folder.
import { relative } from 'node:path';
import pc from 'picocolors';
import { elementsCells } from '../../rules/engine.js';
import { printable } from '../printable.js';
import { ReportSpool } from '../report-spool.js';
import { countsOf, formatAll, type FileResult, type FormatContext, type StreamingFormatter } from '../results.js';

/** Display width: code points (✓ and ✗ are one column each). */
const width = (text: string) => [...text].length;
const pad = (text: string, to: number) => text + ' '.repeat(Math.max(0, to - width(text)));

/** The table needs every row's width: the stream keeps the widths and counts, and the rows
 *  as lines in a spool (memory, then a temporary file), so it holds no result. */
export const summaryStream: StreamingFormatter = (context) => {
  const paint = context.color ? pc : { red: (s: string) => s, yellow: (s: string) => s, green: (s: string) => s, dim: (s: string) => s, bold: (s: string) => s };
  const rows = new ReportSpool();
  const widths: number[] = [];
  const byStatus = { clean: 0, warnings: 0, errors: 0 };
  const perRule = new Map<string, number>();
  return {
    file(result) {
      const counts = countsOf(result.messages);
      const status = counts.errors ? 'errors' : counts.warnings + counts.infos ? 'warnings' : 'clean';
      byStatus[status]++;
      const ids = [...new Set(result.messages.map((m) => m.ruleId))].sort();
      for (const id of ids) perRule.set(id, (perRule.get(id) ?? 0) + 1);
      const name = result.filePath.startsWith('<') ? result.filePath : relative(context.cwd, result.filePath) || result.filePath;
      const cells = [name, ...(result.elements ? elementsCells(result.elements) : ['', '', '', '', '']), ids.join(', ') || 'clean'].map((cell) => printable(cell));
      cells.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, width(cell))));
      rows.write(`${JSON.stringify([status, ...cells])}\n`);
      return '';
    },
    *end() {
      const colour = { errors: paint.red, warnings: paint.yellow, clean: paint.green } as const;
      try {
        for (const line of rows.lines()) {
          const [status, ...cells] = JSON.parse(line) as [keyof typeof colour, ...string[]];
          yield `${cells.map((cell, i) => (i === cells.length - 1 ? colour[status](cell) : pad(cell, widths[i]))).join('  ').trimEnd()}\n`;
        }
      } finally {
        rows.dispose();
      }
      const drafts = byStatus.clean + byStatus.warnings + byStatus.errors;
      const ruleCounts = [...perRule].sort(([a], [b]) => a.localeCompare(b)).map(([id, n]) => `${id} ${n}`);
      yield `\n${paint.bold(`${drafts} draft${drafts === 1 ? '' : 's'}: ${byStatus.clean} clean, ${byStatus.warnings} with warnings, ${byStatus.errors} with errors`)}\n`;
      if (ruleCounts.length) yield `${paint.dim(`drafts per rule: ${ruleCounts.join(', ')}`)}\n`;
    },
  };
};

export function summary(results: readonly FileResult[], context: FormatContext): string {
  return formatAll(summaryStream, results, context);
}
