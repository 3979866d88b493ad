// The one place engine offsets (UTF-16 code units into the file text, BOM included) become
// 1-based line/column. Columns count UTF-16 code units, as ESLint, LSP and SARIF's default
// do; a BOM is not a column (ESLint strips it, and editors never show it), so line 1 and
// fix ranges are measured after it. The conversion is the language server's own
// (vscode-languageserver-textdocument's positionAt, plus one), so a problem is at the same place
// in every output: CRLF is one line ending, and an offset between its CR and LF is the end of
// the line.
import { TextDocument } from 'vscode-languageserver-textdocument';

export interface Point {
  line: number;
  column: number;
}

export interface Positions {
  point(offset: number): Point;
  /** An ESLint fix range: offsets into the text without its BOM. */
  range(start: number, end: number): [number, number];
}

export function positionsOf(text: string): Positions {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const source = bom ? text.slice(1) : text;
  const document = TextDocument.create('', 'markdown', 0, source);
  const clamp = (offset: number) => Math.min(Math.max(offset - bom, 0), source.length);
  return {
    point(offset) {
      const { line, character } = document.positionAt(clamp(offset));
      return { line: line + 1, column: character + 1 };
    },
    range(start, end) {
      return [clamp(start), clamp(end)];
    },
  };
}
