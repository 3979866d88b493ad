// SARIF 2.1.0 for code-scanning uploads. Paths are relative to cwd under %SRCROOT%, which is
// what GitHub code scanning resolves against the checkout; columns are UTF-16 code units.
import { isAbsolute, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Log, ReportingDescriptor, Result } from 'sarif';
import type { Severity, SeveritySetting } from '../../rules/engine.js';
import { formatAll, type FileResult, type FormatContext, type StreamingFormatter } from '../results.js';

const LEVEL: Record<Severity, Result.level> = { error: 'error', warning: 'warning', info: 'note' };
/** A rule that is off unless asked for is level "none" by default (SARIF 3.58.4). */
const DEFAULT_LEVEL: Record<SeveritySetting, Result.level> = { ...LEVEL, off: 'none' };

function artifactLocation(filePath: string, cwd: string): { uri: string; uriBaseId?: string } {
  if (!isAbsolute(filePath)) return { uri: encodeURIComponent(filePath) }; // "<text>" from stdin
  const rel = relative(cwd, filePath);
  if (rel.startsWith('..') || isAbsolute(rel)) return { uri: pathToFileURL(filePath).href };
  return { uri: rel.split(sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

/** Stands in for the results while the log around them is laid out. */
const RESULTS = '@@invitelint-results@@';

/** The log as JSON.stringify(log, null, 2) would write it, its results written one at a time. */
export const sarifStream: StreamingFormatter = (context) => {
  const rules: ReportingDescriptor[] = context.rules.map((rule) => ({
    id: rule.id,
    shortDescription: { text: rule.description },
    helpUri: rule.docsUrl,
    defaultConfiguration: { level: DEFAULT_LEVEL[rule.defaultSeverity] },
  }));
  const ruleIndex = new Map(context.rules.map((rule, index) => [rule.id, index]));
  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'invitelint', version: context.version, informationUri: context.informationUri, rules } },
        // The trailing slash makes relative uris resolve inside cwd, not beside it.
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(context.cwd.endsWith(sep) ? context.cwd : context.cwd + sep).href } },
        columnKind: 'utf16CodeUnits',
        results: [RESULTS as unknown as Result],
      },
    ],
  };
  const text = JSON.stringify(log, null, 2);
  const at = text.indexOf(JSON.stringify(RESULTS));
  const lineStart = text.lastIndexOf('\n', at) + 1;
  const indent = text.slice(lineStart, at);
  const head = text.slice(0, lineStart - 1); // ends with the results' "["
  const tail = text.slice(at + JSON.stringify(RESULTS).length); // the newline and "]" onwards
  let started = false;
  return {
    file(result) {
      let out = '';
      const location = artifactLocation(result.filePath, context.cwd);
      for (const m of result.messages) {
        const index = ruleIndex.get(m.ruleId);
        const entry: Result = {
          ruleId: m.ruleId,
          ...(index !== undefined ? { ruleIndex: index } : {}),
          level: LEVEL[m.severity],
          message: { text: m.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: location,
                region: { startLine: m.line, startColumn: m.column, endLine: m.endLine, endColumn: m.endColumn },
              },
            },
          ],
          ...(m.relatedLocations?.length
            ? {
                relatedLocations: m.relatedLocations.map((r, id) => ({
                  id,
                  physicalLocation: { artifactLocation: artifactLocation(r.filePath, context.cwd), region: { startLine: r.line, startColumn: r.column, endLine: r.endLine, endColumn: r.endColumn } },
                  message: { text: `The same in ${relative(context.cwd, r.filePath) || r.filePath}` },
                })),
              }
            : {}),
        };
        out += `${started ? ',' : head}\n${JSON.stringify(entry, null, 2).replace(/^/gm, indent)}`;
        started = true;
      }
      return out;
    },
    end: () => (started ? tail : `${head}]${tail.slice(tail.indexOf(']') + 1)}`),
  };
};

export function sarif(results: readonly FileResult[], context: FormatContext): string {
  return formatAll(sarifStream, results, context);
}
