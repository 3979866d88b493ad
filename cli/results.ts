// What the CLI knows about a linted file once the text is gone: the findings with their
// positions already converted. Formatters read only this, so they stay pure.
import type { DraftPrint, Elements, Finding, Severity, SeveritySetting, SuppressedFinding } from '../rules/engine.js';
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
  /** Where else the finding is (across rules: the other drafts' copies). */
  relatedLocations?: Array<LocatedRange & { filePath: string }>;
}

/** A message an inline comment switched off, as ESLint reports it in `suppressedMessages`. */
export interface SuppressedMessage extends LintMessage {
  suppressions: Array<{ kind: 'directive'; justification: string }>;
}

export interface FileResult {
  /** Absolute path, or "<text>" for standard input without --stdin-filename. */
  filePath: string;
  messages: LintMessage[];
  /** What inline disable comments switched off. */
  suppressedMessages?: SuppressedMessage[];
  /** The fixed text, when --fix or --fix-dry-run changed it. */
  output?: string;
  /** Where the draft stands on the three elements (positions in the reported text). */
  elements?: ElementsJson;
  /** What the across rules keep of the draft until every draft is linted (cli/across.ts). */
  across?: AcrossPrint;
  /** The text as linted, for formats that show it (html). */
  text?: string;
}

/** A draft's print with its anchors already converted: [line, column, endLine, endColumn] each. */
export interface AcrossPrint {
  print: DraftPrint;
  positions: Int32Array;
}

export interface LocatedRange {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface ElementJson {
  kind: string;
  /** The id of the catalogue cue that decided it (docs/cues.md). */
  cue: string;
  /** Where that cue matched, and the whole sentence taken as the element. */
  range: LocatedRange;
  sentence: LocatedRange & { text: string };
}

/** The documented `elements` object of the JSON output. */
export interface ElementsJson {
  language: { value: string; name: string; source: 'frontmatter' | 'detected' | 'default' };
  relationship: { value: string; source: 'frontmatter' | 'inferred' | 'default'; cue?: LocatedRange & { id: string; text: string } };
  context: { found: boolean; matches: ElementJson[] };
  invitation: { found: boolean; matches: ElementJson[] };
  nextAction: { found: boolean; matches: ElementJson[] };
  stockOnly: boolean;
  length: { count: number; limit: number };
}

/** Converts the engine's element summary (offsets) to positions in `text`. */
export function toElementsJson(elements: Elements, text: string): ElementsJson {
  const at = positionsOf(text);
  const located = (start: number, end: number): LocatedRange => {
    const a = at.point(start);
    const b = at.point(end);
    return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  };
  const list = (group: Elements['context']) => ({
    found: group.found,
    matches: group.matches.map((m) => ({ kind: m.kind, cue: m.cue, range: located(m.start, m.end), sentence: { ...located(m.sentence.start, m.sentence.end), text: m.text } })),
  });
  const { cue } = elements.relationship;
  return {
    language: { value: elements.language.value, name: elements.language.name, source: elements.language.source },
    relationship: { value: elements.relationship.value, source: elements.relationship.source, ...(cue ? { cue: { id: cue.id, ...located(cue.start, cue.end), text: cue.text } } : {}) },
    context: list(elements.context),
    invitation: list(elements.invitation),
    nextAction: list(elements.nextAction),
    stockOnly: elements.stockOnly,
    length: elements.length,
  };
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

export const noCounts = (): Counts => ({ errors: 0, warnings: 0, infos: 0, fixableErrors: 0, fixableWarnings: 0 });

/** Adds `counts` into `total`. */
export function addCounts(total: Counts, counts: Counts): Counts {
  for (const key of Object.keys(total) as Array<keyof Counts>) total[key] += counts[key];
  return total;
}

/** Converts suppressed findings on `text` to ESLint's suppressed messages. */
export function toSuppressedMessages(findings: readonly SuppressedFinding[], text: string): SuppressedMessage[] {
  const messages = toMessages(findings, text);
  return messages.map((message, i) => ({ ...message, suppressions: [{ kind: 'directive', justification: findings[i].justification }] }));
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
  defaultSeverity: SeveritySetting;
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

/**
 * A report written while the drafts are linted: `file` gives the text for each result in turn,
 * `end` the rest. A stream keeps only what its end needs (counts, a summary's table cells),
 * never the results, so a run's memory does not grow with the number of drafts.
 */
export interface ReportStream {
  file(result: FileResult): string;
  end(): string | Iterable<string>;
}

export type StreamingFormatter = (context: FormatContext) => ReportStream;

/** The whole report of a streaming formatter at once. */
export function formatAll(format: StreamingFormatter, results: readonly FileResult[], context: FormatContext): string {
  const stream = format(context);
  let out = '';
  for (const result of results) out += stream.file(result);
  const end = stream.end();
  return out + (typeof end === 'string' ? end : [...end].join(''));
}
