import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import { rangeContains, toOffset, toRange, toTextEdit } from './positions.js';

const doc = (text: string) => TextDocument.create('file:///x.invite.md', 'markdown', 1, text);
const at = (line: number, character: number) => ({ line, character });

describe('positions: engine offsets (UTF-16) <-> LSP positions (UTF-16)', () => {
  it('counts astral characters as two code units, like LSP', () => {
    const text = 'Hi 😀 {Name}';
    expect(toRange(doc(text), text.indexOf('{'), text.length)).toEqual({ start: at(0, 6), end: at(0, 12) });
  });

  it('starts a line after LF and after CRLF', () => {
    const text = '---\r\nto: Ana\r\n---\nHi Anna,';
    const start = text.indexOf('Anna');
    expect(toRange(doc(text), start, start + 4)).toEqual({ start: at(3, 3), end: at(3, 7) });
  });

  it('counts a BOM as a code unit of the first line, as the engine does', () => {
    expect(toRange(doc('\uFEFFHi'), 1, 3)).toEqual({ start: at(0, 1), end: at(0, 3) });
  });

  it('round-trips offsets and clamps the end of the text', () => {
    const d = doc('a\r\nb😀c\n');
    for (let offset = 0; offset <= d.getText().length; offset++) {
      if (offset === 2) continue; // between \r and \n is not a position
      expect(toOffset(d, d.positionAt(offset))).toBe(offset);
    }
    expect(toRange(d, 99, 99).start).toEqual(at(2, 0));
  });

  it('turns a fix into a text edit', () => {
    const text = '---\nto: Hannah\n---\nHi Anna,';
    const start = text.indexOf('Anna');
    expect(toTextEdit(doc(text), { start, end: start + 4, text: 'Hannah' })).toEqual({ range: { start: at(3, 3), end: at(3, 7) }, newText: 'Hannah' });
  });

  it('treats both ends of a range as inside', () => {
    const range = { start: at(1, 3), end: at(1, 7) };
    expect([at(1, 3), at(1, 5), at(1, 7)].map((p) => rangeContains(range, p))).toEqual([true, true, true]);
    expect([at(1, 2), at(1, 8), at(0, 5), at(2, 0)].map((p) => rangeContains(range, p))).toEqual([false, false, false, false]);
  });
});
