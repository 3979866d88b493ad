// One line per draft with the facts of the editor's code lens, aligned as a table, and a
// footer with counts: what a reviewer reads in a CI log for a drafts folder.
import { relative } from 'node:path';
import pc from 'picocolors';
import { elementsCells } from '../../rules/engine.js';
import { printable } from '../printable.js';
import { countsOf, type FileResult, type FormatContext } from '../results.js';

/** Display width: code points (✓ and ✗ are one column each). */
const width = (text: string) => [...text].length;
const pad = (text: string, to: number) => text + ' '.repeat(Math.max(0, to - width(text)));

export function summary(results: readonly FileResult[], context: FormatContext): string {
  const paint = context.color ? pc : { red: (s: string) => s, yellow: (s: string) => s, green: (s: string) => s, dim: (s: string) => s, bold: (s: string) => s };
  const rows = results.map((result) => {
    const counts = countsOf(result.messages);
    const status = counts.errors ? 'errors' : counts.warnings + counts.infos ? 'warnings' : 'clean';
    const ids = [...new Set(result.messages.map((m) => m.ruleId))].sort().join(', ');
    const name = result.filePath.startsWith('<') ? result.filePath : relative(context.cwd, result.filePath) || result.filePath;
    return { status, cells: [name, ...(result.elements ? elementsCells(result.elements) : ['', '', '', '', '']), ids || 'clean'].map((cell) => printable(cell)) };
  });
  const widths = rows.reduce((w, row) => row.cells.map((cell, i) => Math.max(w[i] ?? 0, width(cell))), [] as number[]);
  const colour = { errors: paint.red, warnings: paint.yellow, clean: paint.green } as const;
  const lines = rows.map((row) =>
    row.cells.map((cell, i) => (i === row.cells.length - 1 ? colour[row.status as keyof typeof colour](cell) : pad(cell, widths[i]))).join('  ').trimEnd(),
  );

  const byStatus = { clean: 0, warnings: 0, errors: 0 };
  for (const row of rows) byStatus[row.status as keyof typeof byStatus]++;
  const perRule = new Map<string, number>();
  for (const result of results) for (const id of new Set(result.messages.map((m) => m.ruleId))) perRule.set(id, (perRule.get(id) ?? 0) + 1);
  const ruleCounts = [...perRule].sort(([a], [b]) => a.localeCompare(b)).map(([id, n]) => `${id} ${n}`);
  lines.push(
    '',
    paint.bold(`${results.length} draft${results.length === 1 ? '' : 's'}: ${byStatus.clean} clean, ${byStatus.warnings} with warnings, ${byStatus.errors} with errors`),
    ...(ruleCounts.length ? [paint.dim(`drafts per rule: ${ruleCounts.join(', ')}`)] : []),
  );
  return `${lines.join('\n')}\n`;
}
