import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import { parseDraft, resolveConfig, ruleById } from '../rules/engine.js';
import { indexDraft, nameIn, WorkspaceDrafts } from './workspace-drafts.js';

const config = resolveConfig(ruleById);
const SHARED = 'I came across your profile and was really impressed by your background in data engineering.';
const text = (first: string) => `---\r\nto: ${first} Example\r\n---\r\nHi ${first},\r\n\r\n😀 ${SHARED}\r\n`;

function entry(uri: string, first: string) {
  const source = text(first);
  return indexDraft(uri, uri.split('/').at(-1)!, parseDraft(source), config, TextDocument.create(uri, 'markdown', 0, source));
}

describe('workspace drafts', () => {
  it('converts across findings to diagnostics with the other drafts as related information, in UTF-16 positions', () => {
    const drafts = new WorkspaceDrafts();
    for (const [uri, first] of [['file:///w/a.invite.md', 'Anna'], ['file:///w/b.invite.md', 'Ben'], ['file:///w/c.invite.md', 'Chiara']]) drafts.set(uri, entry(uri, first));
    const [diagnostic] = drafts.diagnosticsFor('file:///w/a.invite.md', 7).filter((d) => d.code === 'reused-text');
    const range = { start: { line: 5, character: 3 }, end: { line: 5, character: 3 + SHARED.length } };
    expect(diagnostic).toMatchObject({ range, severity: 2, source: 'invitelint', code: 'reused-text', data: { version: 7, ruleId: 'reused-text' } });
    expect(diagnostic.relatedInformation).toEqual([
      { location: { uri: 'file:///w/b.invite.md', range }, message: 'The same in b.invite.md' },
      { location: { uri: 'file:///w/c.invite.md', range }, message: 'The same in c.invite.md' },
    ]);
  });

  it('judges again only after a change, and forgets deleted drafts', () => {
    const drafts = new WorkspaceDrafts();
    for (const name of ['a', 'b', 'c']) drafts.set(`file:///w/${name}.invite.md`, entry(`file:///w/${name}.invite.md`, 'Dan'));
    const first = drafts.diagnosticsFor('file:///w/a.invite.md', 1);
    expect(first.map((d) => d.code).sort()).toEqual(['duplicate-recipient', 'reused-text']);
    drafts.delete('file:///w/c.invite.md');
    expect(drafts.diagnosticsFor('file:///w/a.invite.md', 1).map((d) => d.code)).toEqual(['duplicate-recipient']);
    drafts.set('file:///w/b.invite.md', undefined);
    expect(drafts.diagnosticsFor('file:///w/a.invite.md', 1)).toEqual([]);
    expect(drafts.size).toBe(1);
  });

  it('names a draft by its path in the innermost workspace folder', () => {
    expect(nameIn(['/w', '/w/sub'], '/w/sub/x/a.invite.md')).toBe('x/a.invite.md');
    expect(nameIn(['/w'], '/elsewhere/a.invite.md')).toBe('a.invite.md');
    expect(nameIn(['/w'], '/w2/a.invite.md')).toBe('a.invite.md');
  });
});
