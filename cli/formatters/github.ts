// GitHub Actions workflow commands: each problem becomes an annotation on the pull request.
// Escaping follows @actions/core: data escapes %, CR and LF; property values also : and ,.
// Other control characters are shown as escapes: the runner's log would act on them.
import { isAbsolute, relative, sep } from 'node:path';
import type { Severity } from '../../rules/engine.js';
import { printable } from '../printable.js';
import { formatAll, type FileResult, type FormatContext, type StreamingFormatter } from '../results.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

const escapeData = (s: string) => printable(s, { keepLineBreaks: true }).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** Annotations want paths relative to the workspace (the job's cwd), with forward slashes. */
function annotationPath(filePath: string, cwd: string): string {
  if (!isAbsolute(filePath)) return filePath;
  const rel = relative(cwd, filePath);
  return rel.startsWith('..') || isAbsolute(rel) ? filePath : rel.split(sep).join('/');
}

export const githubStream: StreamingFormatter = (context) => ({
  file(result) {
    let out = '';
    const file = escapeProperty(annotationPath(result.filePath, context.cwd));
    for (const m of result.messages) {
      const props = `file=${file},line=${m.line},col=${m.column},endLine=${m.endLine},endColumn=${m.endColumn},title=${escapeProperty(m.ruleId)}`;
      out += `::${COMMAND[m.severity]} ${props}::${escapeData(m.message)}\n`;
    }
    return out;
  },
  end: () => '',
});

export function github(results: readonly FileResult[], context: Pick<FormatContext, 'cwd'>): string {
  return formatAll(githubStream, results, context as FormatContext);
}
