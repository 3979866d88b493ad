import { readFileSync } from 'node:fs';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import { docsUrl, lint, type Finding } from '../rules/engine.js';
import { configErrorDiagnostic, describeFix, MAX_LINTED_LENGTH, readDiagnosticData, toDiagnostic, toDiagnostics, tooLargeDiagnostic } from './diagnostics.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/lsp/${name}`, import.meta.url), 'utf8');
const doc = (text: string, version = 7) => TextDocument.create('file:///d/x.invite.md', 'markdown', version, text);
const short = (d: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; code?: unknown; severity?: number }) =>
  `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${String(d.code)} (${d.severity})`;

describe('diagnostics: findings -> LSP diagnostics', () => {
  it('converts a name-mismatch finding with its fix in data', () => {
    const text = fixture('name-mismatch.invite.md');
    const diagnostics = toDiagnostics(doc(text), lint(text).findings).filter((d) => d.code === 'name-mismatch');
    expect(diagnostics.map(short)).toEqual(['4:3-4:7 name-mismatch (1)']);
    expect(diagnostics[0]).toMatchObject({
      source: 'invitelint',
      codeDescription: { href: docsUrl('name-mismatch') },
      data: {
        version: 7,
        ruleId: 'name-mismatch',
        fix: { title: 'Replace "Anna" with "Hannah" (name-mismatch)', edit: { range: diagnostics[0].range, newText: 'Hannah' } },
      },
    });
    expect(diagnostics[0].data).not.toHaveProperty('suggestions');
  });

  it('maps severities and carries suggestions as edits', () => {
    const text = 'Hi Ana 😀 there';
    const finding: Finding = {
      ruleId: 'placeholder',
      severity: 'info',
      message: 'm',
      start: 10,
      end: 15,
      suggestions: [{ title: 'Say more', fix: { start: 15, end: 15, text: '!' } }],
    };
    const diagnostic = toDiagnostic(doc(text, 3), finding);
    expect(short(diagnostic)).toBe('0:10-0:15 placeholder (3)');
    expect(diagnostic.data).toEqual({ version: 3, ruleId: 'placeholder', suggestions: [{ title: 'Say more', edit: { range: { start: { line: 0, character: 15 }, end: { line: 0, character: 15 } }, newText: '!' } }] });
    expect([toDiagnostic(doc(text), { ...finding, severity: 'warning' }).severity, toDiagnostic(doc(text), { ...finding, severity: 'error' }).severity]).toEqual([2, 1]);
  });

  it('titles fixes by what they do', () => {
    const text = 'Hi Anna, hello';
    expect(describeFix(text, { start: 3, end: 7, text: 'Hannah' })).toBe('Replace "Anna" with "Hannah"');
    expect(describeFix(text, { start: 7, end: 7, text: '!' })).toBe('Insert "!"');
    expect(describeFix(text, { start: 8, end: 14, text: '' })).toBe('Delete " hello"');
    expect(describeFix('x'.repeat(60), { start: 0, end: 60, text: 'a\nb' })).toBe(`Replace "${'x'.repeat(39)}…" with "a⏎b"`);
  });

  it('reports a config error as one diagnostic on the first line', () => {
    expect(configErrorDiagnostic(doc('---\nto: A\n'), 'bad.json: rules: nope')).toEqual({
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } },
      severity: 1,
      source: 'invitelint',
      message: 'invitelint config error: bad.json: rules: nope',
    });
  });

  it('reports a text too large to lint as one informational diagnostic on the first line', () => {
    const text = `Hi Anna,\n${'x'.repeat(MAX_LINTED_LENGTH)}`;
    expect(tooLargeDiagnostic(doc(text))).toEqual({
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 8 } },
      severity: 3,
      source: 'invitelint',
      message: 'invitelint: not linted: the text is 1,048,585 characters, over the 1,048,576 a draft may have (an invitation note is at most 300)',
    });
  });

  it('reads back only well-formed data of its own diagnostics', () => {
    const text = fixture('name-mismatch.invite.md');
    const [diagnostic] = toDiagnostics(doc(text), lint(text).findings).filter((d) => d.code === 'name-mismatch');
    const roundTripped = JSON.parse(JSON.stringify(diagnostic));
    expect(readDiagnosticData(roundTripped)).toEqual(diagnostic.data);
    expect(readDiagnosticData({ ...roundTripped, source: 'eslint' })).toBeUndefined();
    expect(readDiagnosticData({ ...roundTripped, data: { ...roundTripped.data, version: '7' } })).toBeUndefined();
    expect(readDiagnosticData({ ...roundTripped, data: { ...roundTripped.data, fix: { title: 'x', edit: { range: null, newText: 'y' } } } })).toBeUndefined();
    expect(readDiagnosticData({ ...roundTripped, data: { ...roundTripped.data, suggestions: [{}] } })).toBeUndefined();
    for (const junk of [null, 17, 'x', [], { source: 'invitelint' }]) expect(readDiagnosticData(junk)).toBeUndefined();
  });
});
