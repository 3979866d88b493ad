// The one place where engine offsets and LSP positions meet. Both count UTF-16 code units
// (engine offsets index the JavaScript string; LSP's default position encoding is UTF-16),
// so conversion is only a matter of lines, done by the TextDocument the server already keeps.
import type { Position, Range, TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Fix } from '../rules/engine.js';

/** What conversion needs of a document: vscode-languageserver-textdocument's TextDocument. */
export type PositionSource = Pick<TextDocument, 'positionAt' | 'offsetAt'>;

export function toRange(document: PositionSource, start: number, end: number): Range {
  return { start: document.positionAt(start), end: document.positionAt(end) };
}

export function toOffset(document: PositionSource, position: Position): number {
  return document.offsetAt(position);
}

/** An engine fix (offsets) as an LSP text edit (positions). */
export function toTextEdit(document: PositionSource, fix: Fix): TextEdit {
  return { range: toRange(document, fix.start, fix.end), newText: fix.text };
}

/** Whether `position` lies within `range`, ends included (a cursor right after a word still hovers it). */
export function rangeContains(range: Range, position: Position): boolean {
  const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  return before(range.start, position) && before(position, range.end);
}
