// The one place engine offsets (UTF-16 code units into the file text, BOM included) become
// 1-based line/column. Columns count UTF-16 code units, as ESLint, LSP and SARIF's default
// do; a BOM is not a column (ESLint strips it, and editors never show it), so line 1 and
// fix ranges are measured after it. vfile-location treats CRLF as one line ending, so the CR
// never shifts a column.
import { location } from 'vfile-location';

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
  const index = location(source);
  const clamp = (offset: number) => Math.min(Math.max(offset - bom, 0), source.length);
  return {
    point(offset) {
      // In range after clamping, so toPoint always answers.
      const point = index.toPoint(clamp(offset))!;
      return { line: point.line, column: point.column };
    },
    range(start, end) {
      return [clamp(start), clamp(end)];
    },
  };
}
