import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import { positionsOf } from './positions.js';
import { toMessages } from './results.js';

describe('positionsOf', () => {
  // BOM, CRLF line endings and an emoji (two UTF-16 code units) before the name.
  const text = '\uFEFF---\r\nto: Hannah Okafor\r\n---\r\nHi 👋 Anna,\r\nSee you.\r\n';
  const at = positionsOf(text);

  it('does not count the BOM as a column', () => {
    expect(at.point(0)).toEqual({ line: 1, column: 1 });
    expect(at.point(1)).toEqual({ line: 1, column: 1 });
    expect(at.point(2)).toEqual({ line: 1, column: 2 });
  });

  it('treats CRLF as one line ending: the CR never shifts a column', () => {
    expect(at.point(text.indexOf('\r'))).toEqual({ line: 1, column: 4 });
    expect(at.point(text.indexOf('to:'))).toEqual({ line: 2, column: 1 });
    expect(at.point(text.indexOf('See'))).toEqual({ line: 5, column: 1 });
  });

  it('counts columns in UTF-16 code units, as ESLint, LSP and SARIF do', () => {
    const start = text.indexOf('Anna');
    expect(at.point(start)).toEqual({ line: 4, column: 7 }); // "Hi " 3 + emoji 2 + " " 1
    expect(at.point(start + 4)).toEqual({ line: 4, column: 11 });
  });

  it('clamps offsets to the text', () => {
    expect(at.point(text.length)).toEqual({ line: 6, column: 1 });
    expect(at.point(text.length + 5)).toEqual({ line: 6, column: 1 });
  });

  it('gives fix ranges without the BOM, like ESLint', () => {
    const start = text.indexOf('Anna');
    expect(at.range(start, start + 4)).toEqual([start - 1, start + 3]);
    expect(positionsOf('Hi Anna').range(3, 7)).toEqual([3, 7]);
  });

  it('handles text without a BOM or a final newline', () => {
    const plain = positionsOf('one\ntwo');
    expect(plain.point(0)).toEqual({ line: 1, column: 1 });
    expect(plain.point(4)).toEqual({ line: 2, column: 1 });
    expect(plain.point(7)).toEqual({ line: 2, column: 4 });
  });
});

describe('toMessages', () => {
  it('converts a finding with a fix and suggestions once, against the text given', () => {
    const text = '\uFEFFHi 👋 Anna,\r\nok';
    const start = text.indexOf('Anna');
    const [message] = toMessages(
      [
        {
          ruleId: 'name-mismatch',
          severity: 'error',
          message: 'Wrong name.',
          start,
          end: start + 4,
          fix: { start, end: start + 4, text: 'Hannah' },
          suggestions: [{ title: 'Use Hanna', fix: { start, end: start + 4, text: 'Hanna' } }],
        },
      ],
      text,
    );
    expect(message).toEqual({
      ruleId: 'name-mismatch',
      severity: 'error',
      message: 'Wrong name.',
      line: 1,
      column: 7,
      endLine: 1,
      endColumn: 11,
      fix: { range: [start - 1, start + 3], text: 'Hannah' },
      suggestions: [{ desc: 'Use Hanna', fix: { range: [start - 1, start + 3], text: 'Hanna' } }],
    });
  });
});

describe('one conversion for the CLI and the server (issue 13)', () => {
  it('an offset between the CR and LF of a CRLF is the end of its line, as the server has it', () => {
    const text = 'ab\r\ncd\r\n';
    expect(positionsOf(text).point(3)).toEqual({ line: 1, column: 3 });
  });

  it('every offset of a text with CRLF, lone CR, emoji and a BOM is where the server puts it, one-based', () => {
    const source = 'Hi 👋\r\n\rAnna,\n\r\n😀😀 x\r';
    const document = TextDocument.create('x:', 'markdown', 1, source);
    const at = positionsOf(`\uFEFF${source}`);
    for (let offset = 0; offset <= source.length; offset++) {
      const { line, character } = document.positionAt(offset);
      expect(at.point(offset + 1), `offset ${offset}`).toEqual({ line: line + 1, column: character + 1 });
    }
  });
});
