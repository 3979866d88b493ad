import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import type { CodeAction, TextDocumentEdit, TextEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import { applyFixes, fixAll, lint, type Finding } from '../rules/engine.js';
import { codeActions, disableCommentFix, FIX_ALL_KIND, minimalEdit, type CodeActionRequest } from './code-actions.js';
import { toDiagnostics } from './diagnostics.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/lsp/${name}`, import.meta.url), 'utf8');
const URI = 'file:///d/x.invite.md';

function setup(text: string, options: { findings?: Finding[]; version?: number } = {}) {
  const document = TextDocument.create(URI, 'markdown', options.version ?? 4, text);
  const result = lint(text);
  const diagnostics = toDiagnostics(document, options.findings ?? result.findings);
  const request = (overrides: Partial<CodeActionRequest> = {}): CodeAction[] =>
    codeActions({ document, diagnostics, documentChanges: true, fixAll: () => fixAll(text).output, disableAt: () => result.draft.body.start, ...overrides });
  return { document, diagnostics, request };
}

/** The text after applying an action's edit. */
function apply(text: string, action: CodeAction): string {
  const edit = action.edit!;
  const edits = edit.documentChanges ? ((edit.documentChanges[0] as TextDocumentEdit).edits as TextEdit[]) : edit.changes![URI];
  return TextDocument.applyEdits(TextDocument.create(URI, 'markdown', 0, text), edits);
}

describe('code actions', () => {
  const text = fixture('name-mismatch.invite.md');
  const fixed = text.replace('Hi Anna,', 'Hi Hannah,');

  it('offers the fix (preferred), fix-all, disable and docs for a fixable diagnostic', () => {
    const { diagnostics, request } = setup(text);
    const mismatch = diagnostics.filter((d) => d.code === 'name-mismatch');
    const actions = request({ diagnostics: mismatch });
    expect(actions.map((a) => `${a.kind} ${a.isPreferred ? '*' : '-'} ${a.title}`)).toEqual([
      'quickfix * Replace "Anna" with "Hannah" (name-mismatch)',
      'quickfix - Fix all auto-fixable invitelint problems',
      'quickfix - Disable name-mismatch for this file',
      'quickfix - Show documentation for name-mismatch',
    ]);
    expect(apply(text, actions[0])).toBe(fixed);
    expect(apply(text, actions[1])).toBe(fixed);
    expect(actions[0].edit!.documentChanges![0]).toMatchObject({ textDocument: { uri: URI, version: 4 } });
    expect(actions[3].command).toEqual({ title: 'Show documentation for name-mismatch', command: 'invitelint.showDocs', arguments: ['name-mismatch'] });
  });

  it('puts the disable comment after the frontmatter, where it silences the rule', () => {
    const { diagnostics, request } = setup(text);
    const disable = request({ diagnostics: diagnostics.filter((d) => d.code === 'name-mismatch') }).find((a) => a.title.startsWith('Disable'))!;
    const disabled = apply(text, disable);
    expect(disabled.split('\n').slice(3, 6)).toEqual(['---', '<!-- invitelint-disable name-mismatch -->', 'Hi Anna,']);
    expect(lint(disabled).findings.map((f) => f.ruleId)).not.toContain('name-mismatch');
  });

  it('inserts the disable comment at the top without frontmatter, keeping CRLF and a missing final newline in mind', () => {
    expect(disableCommentFix('Hi {Name}\r\n', 0, 'placeholder')).toEqual({ start: 0, end: 0, text: '<!-- invitelint-disable placeholder -->\r\n' });
    expect(disableCommentFix('---\nto: A\n---', 13, 'x')).toEqual({ start: 13, end: 13, text: '\n<!-- invitelint-disable x -->\n' });
    const slot = 'Hi {Name}, good to see you.\n';
    const { diagnostics, request } = setup(slot);
    const action = request({ diagnostics: diagnostics.filter((d) => d.code === 'placeholder') }).find((a) => a.title === 'Disable placeholder for this file')!;
    expect(lint(apply(slot, action)).findings.map((f) => f.ruleId)).not.toContain('placeholder');
  });

  it('disables a rule whose finding sits in the frontmatter: the comment opens the body, so it covers the file', () => {
    const bad = fixture('invalid-frontmatter.invite.md');
    const { diagnostics, request } = setup(bad);
    const action = request({ diagnostics: diagnostics.filter((d) => d.code === 'invalid-frontmatter') }).find((a) => a.title === 'Disable invalid-frontmatter for this file')!;
    expect(action).toBeDefined();
    expect(lint(apply(bad, action)).findings.map((f) => f.ruleId)).not.toContain('invalid-frontmatter');
  });

  it('offers suggestions as quick fixes that are not preferred', () => {
    const plain = 'Hi Rosa, great to see you.';
    const finding: Finding = {
      ruleId: 'placeholder', severity: 'error', message: 'm', start: 9, end: 14,
      suggestions: [{ title: 'Say where', fix: { start: 25, end: 25, text: ' at the fair' } }, { title: 'Say when', fix: { start: 25, end: 25, text: ' yesterday' } }],
    };
    const { diagnostics, request } = setup(plain, { findings: [finding] });
    const actions = request({ diagnostics, fixAll: () => plain });
    expect(actions.slice(0, 2).map((a) => [a.title, a.isPreferred, apply(plain, a)])).toEqual([
      ['Say where', false, 'Hi Rosa, great to see you at the fair.'],
      ['Say when', false, 'Hi Rosa, great to see you yesterday.'],
    ]);
    expect(actions.map((a) => a.title)).not.toContain('Fix all auto-fixable invitelint problems');
  });

  it('offers no quick fix when a diagnostic was computed for another version, but still fix-all, computed from the current text', () => {
    const { diagnostics } = setup(text, { version: 3 });
    const { request } = setup(text, { version: 4 });
    expect(request({ diagnostics })).toEqual([]);
    const [fixAll, ...rest] = request({ diagnostics, only: [FIX_ALL_KIND] });
    expect(rest).toEqual([]);
    expect(fixAll).toMatchObject({ kind: FIX_ALL_KIND, edit: { documentChanges: [{ textDocument: { uri: URI, version: 4 } }] } });
  });

  it('answers source.fixAll.invitelint (and its parents) with one edit, and only when asked', () => {
    const { request } = setup(text);
    for (const only of [[FIX_ALL_KIND], ['source.fixAll'], ['source']]) {
      const actions = request({ diagnostics: [], only });
      expect(actions.map((a) => `${a.kind} ${a.title}`)).toEqual([`${FIX_ALL_KIND} Fix all auto-fixable invitelint problems`]);
      expect(apply(text, actions[0])).toBe(fixed);
    }
    expect(request({ diagnostics: [], only: ['quickfix'] })).toEqual([]);
    expect(request({ diagnostics: [] })).toEqual([]);
    expect(request({ diagnostics: [], only: ['source.organizeImports'] })).toEqual([]);
    expect(setup(fixed).request({ diagnostics: [], only: [FIX_ALL_KIND] })).toEqual([]);
  });

  it('uses plain `changes` when the client has no documentChanges', () => {
    const { request } = setup(text);
    const [action] = request({ diagnostics: [], only: [FIX_ALL_KIND], documentChanges: false });
    expect(Object.keys(action.edit!.changes!)).toEqual([URI]);
    expect(apply(text, action)).toBe(fixed);
  });

  it('ignores diagnostics that are not its own', () => {
    const { request } = setup(text);
    expect(request({ diagnostics: [{ source: 'eslint', message: 'x', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } } }, null, 3] })).toEqual([]);
  });
});

describe('minimalEdit', () => {
  it('replaces only the changed middle', () => {
    expect(minimalEdit('Hi Anna, yes', 'Hi Hannah, yes')).toEqual({ start: 3, end: 7, text: 'Hannah' });
    expect(minimalEdit('Hi Dan, yes', 'Hi Daniel, yes')).toEqual({ start: 6, end: 6, text: 'iel' });
    expect(minimalEdit('same', 'same')).toBeUndefined();
  });

  it('never splits a surrogate pair or a CRLF', () => {
    expect(minimalEdit('a😀b', 'a😃b')).toEqual({ start: 1, end: 3, text: '😃' });
    expect(minimalEdit('a\r\nb', 'a\nb')).toEqual({ start: 1, end: 3, text: '\n' });
  });

  it('turns any text into any other', () => {
    const piece = fc.constantFrom('a', 'b', '😀', '😃', '\r\n', '\n', '\r', ' ');
    const text = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, text, (before, after) => {
        const edit = minimalEdit(before, after);
        if (!edit) return before === after;
        const splits = (s: string, at: number) => /[\uD800-\uDBFF]/.test(s[at - 1] ?? '') || (s[at - 1] === '\r' && s[at] === '\n');
        return applyFixes(before, [edit]).output === after && !splits(before, edit.start) && !splits(before, edit.end);
      }),
    );
  });
});
