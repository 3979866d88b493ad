// Findings -> LSP diagnostics. Pure: the finding's fix and suggestions ride along in `data`
// (as ready-made edits, with the document version) so code actions need no side table.
import { DiagnosticSeverity, type Diagnostic, type Range, type TextEdit } from 'vscode-languageserver';
import { docsUrl, MAX_DRAFT_SIZE, type Finding, type Fix, type Severity } from '../rules/engine.js';
import { toRange, toTextEdit, type PositionSource } from './positions.js';

export const SOURCE = 'invitelint';

/** A repair the editor can apply as it is: a titled text edit. */
export interface EditData {
  title: string;
  edit: TextEdit;
}

export interface DiagnosticData {
  /** The document version the finding was computed for. */
  version: number;
  ruleId: string;
  fix?: EditData;
  suggestions?: EditData[];
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

const quote = (text: string) => {
  const flat = text.replace(/\r?\n/g, '⏎');
  return JSON.stringify(flat.length > 40 ? `${flat.slice(0, 39)}…` : flat);
};

/** A title that says what the edit does: Replace "Anna" with "Hannah". */
export function describeFix(text: string, fix: Fix): string {
  const old = text.slice(fix.start, fix.end);
  if (old === '') return `Insert ${quote(fix.text)}`;
  if (fix.text === '') return `Delete ${quote(old)}`;
  return `Replace ${quote(old)} with ${quote(fix.text)}`;
}

export interface DiagnosticSourceDocument extends PositionSource {
  version: number;
  getText(): string;
}

export function toDiagnostic(document: DiagnosticSourceDocument, finding: Finding): Diagnostic {
  const text = document.getText();
  const data: DiagnosticData = { version: document.version, ruleId: finding.ruleId };
  if (finding.fix) data.fix = { title: `${describeFix(text, finding.fix)} (${finding.ruleId})`, edit: toTextEdit(document, finding.fix) };
  if (finding.suggestions?.length) {
    data.suggestions = finding.suggestions.map((s) => ({ title: s.title, edit: toTextEdit(document, s.fix) }));
  }
  return {
    range: toRange(document, finding.start, finding.end),
    severity: SEVERITY[finding.severity],
    source: SOURCE,
    code: finding.ruleId,
    codeDescription: { href: docsUrl(finding.ruleId) },
    message: finding.message,
    data,
  };
}

export function toDiagnostics(document: DiagnosticSourceDocument, findings: readonly Finding[]): Diagnostic[] {
  return findings.map((finding) => toDiagnostic(document, finding));
}

/** A config file that cannot be read: one diagnostic on the first line instead of the findings. */
export function configErrorDiagnostic(document: DiagnosticSourceDocument, message: string): Diagnostic {
  const firstLine = document.getText().split(/\r?\n/, 1)[0];
  return {
    range: toRange(document, 0, firstLine.length),
    severity: DiagnosticSeverity.Error,
    source: SOURCE,
    message: `invitelint config error: ${message}`,
  };
}

/** Longest document linted, in UTF-16 code units: the engine's one size limit. A lint blocks
 *  the server, so a larger text gets `tooLargeDiagnostic` instead. */
export const MAX_LINTED_LENGTH = MAX_DRAFT_SIZE;

/** The one diagnostic for a text over MAX_LINTED_LENGTH: on its first line, informational. */
export function tooLargeDiagnostic(document: DiagnosticSourceDocument): Diagnostic {
  const text = document.getText();
  const firstLine = text.split(/\r?\n/, 1)[0];
  const count = (n: number) => n.toLocaleString('en-US');
  return {
    range: toRange(document, 0, firstLine.length),
    severity: DiagnosticSeverity.Information,
    source: SOURCE,
    message: `invitelint: not linted: the text is ${count(text.length)} characters, over the ${count(MAX_LINTED_LENGTH)} a draft may have (an invitation note is at most 300)`,
  };
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isPosition = (value: unknown) =>
  isObject(value) && Number.isInteger(value.line) && Number.isInteger(value.character) && (value.line as number) >= 0 && (value.character as number) >= 0;
const isRange = (value: unknown): value is Range => isObject(value) && isPosition(value.start) && isPosition(value.end);
const isEditData = (value: unknown): value is EditData =>
  isObject(value) && typeof value.title === 'string' && isObject(value.edit) && isRange(value.edit.range) && typeof value.edit.newText === 'string';

/** The data of one of our diagnostics as sent back by a client, or undefined when it is not ours or malformed. */
export function readDiagnosticData(diagnostic: unknown): DiagnosticData | undefined {
  if (!isObject(diagnostic) || diagnostic.source !== SOURCE) return undefined;
  const data = diagnostic.data;
  if (!isObject(data) || !Number.isInteger(data.version) || typeof data.ruleId !== 'string') return undefined;
  if (data.fix !== undefined && !isEditData(data.fix)) return undefined;
  if (data.suggestions !== undefined && !(Array.isArray(data.suggestions) && data.suggestions.every(isEditData))) return undefined;
  return data as unknown as DiagnosticData;
}
