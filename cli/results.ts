// What the CLI knows about a linted file once the text is gone: the findings with their
// positions already converted. Formatters read only this, so they stay pure.
import type { Finding, Severity } from '../rules/engine.js';
import { positionsOf } from './positions.js';

export interface RangeFix {
  range: [number, number];
  text: string;
}

export interface LintMessage {
  ruleId: string;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fix?: RangeFix;
  suggestions?: Array<{ desc: string; fix: RangeFix }>;
}

export interface FileResult {
  /** Absolute path, or "<text>" for standard input without --stdin-filename. */
  filePath: string;
  messages: LintMessage[];
  /** The fixed text, when --fix or --fix-dry-run changed it. */
  output?: string;
}

export interface Counts {
  errors: number;
  warnings: number;
  infos: number;
  fixableErrors: number;
  /** Fixable warnings and infos: ESLint's "warning" covers both. */
  fixableWarnings: number;
}

export function countsOf(messages: readonly LintMessage[]): Counts {
  const counts: Counts = { errors: 0, warnings: 0, infos: 0, fixableErrors: 0, fixableWarnings: 0 };
  for (const m of messages) {
    if (m.severity === 'error') counts.errors++;
    else if (m.severity === 'warning') counts.warnings++;
    else counts.infos++;
    if (m.fix) {
      if (m.severity === 'error') counts.fixableErrors++;
      else counts.fixableWarnings++;
    }
  }
  return counts;
}

export function totalCounts(results: readonly FileResult[]): Counts {
  const total: Counts = { errors: 0, warnings: 0, infos: 0, fixableErrors: 0, fixableWarnings: 0 };
  for (const result of results) {
    const c = countsOf(result.messages);
    for (const key of Object.keys(total) as Array<keyof Counts>) total[key] += c[key];
  }
  return total;
}

/** Converts findings on `text` (the text they were found in) to messages. */
export function toMessages(findings: readonly Finding[], text: string): LintMessage[] {
  if (findings.length === 0) return [];
  const at = positionsOf(text);
  return findings.map((f) => {
    const start = at.point(f.start);
    const end = at.point(f.end);
    const message: LintMessage = {
      ruleId: f.ruleId,
      severity: f.severity,
      message: f.message,
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
    };
    if (f.fix) message.fix = { range: at.range(f.fix.start, f.fix.end), text: f.fix.text };
    if (f.suggestions?.length) {
      message.suggestions = f.suggestions.map((s) => ({ desc: s.title, fix: { range: at.range(s.fix.start, s.fix.end), text: s.fix.text } }));
    }
    return message;
  });
}

/** Static facts about a rule, for formatters that describe rules (SARIF). */
export interface RuleInfo {
  id: string;
  description: string;
  defaultSeverity: Severity;
  docsUrl: string;
}

export interface FormatContext {
  cwd: string;
  color: boolean;
  rules: readonly RuleInfo[];
  version: string;
  informationUri: string;
}

export type Formatter = (results: readonly FileResult[], context: FormatContext) => string;
