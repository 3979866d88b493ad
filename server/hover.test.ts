import { readFileSync } from 'node:fs';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import { docsUrl, lint, ruleById, type RuleMeta } from '../rules/engine.js';
import { toDiagnostics } from './diagnostics.js';
import { hoverAt, ruleHoverMarkdown } from './hover.js';

const text = readFileSync(new URL('../fixtures/lsp/name-mismatch.invite.md', import.meta.url), 'utf8');
const diagnostics = toDiagnostics(TextDocument.create('file:///x.invite.md', 'markdown', 1, text), lint(text).findings);
const at = (line: number, character: number) => ({ line, character });

describe('hover', () => {
  it('explains the diagnostic under the cursor: message, rationale, better example, docs', () => {
    const meta = ruleById.get('name-mismatch')!.meta;
    const hover = hoverAt(diagnostics, at(4, 5))!;
    expect(hover.range).toEqual({ start: at(4, 3), end: at(4, 7) });
    expect(hover.contents).toEqual({
      kind: 'markdown',
      value: [
        '**invitelint: name-mismatch**',
        'The greeting says "Anna" but the note is to Hannah Okafor: use "Hannah".',
        meta.rationale,
        `A better example:\n\n\`\`\`markdown\n${meta.example.good}\n\`\`\``,
        `[Documentation for name-mismatch](${docsUrl('name-mismatch')})`,
      ].join('\n\n'),
    });
  });

  it('is null away from diagnostics and for diagnostics of other sources', () => {
    expect(hoverAt(diagnostics, at(0, 0))).toBeNull();
    expect(hoverAt(diagnostics.map((d) => ({ ...d, source: 'eslint' })), at(4, 5))).toBeNull();
    expect(hoverAt(diagnostics.map((d) => ({ ...d, code: 'unknown-rule' })), at(4, 5))).toBeNull();
  });

  it('fences an example that itself holds backticks', () => {
    const meta = { id: 'x', rationale: 'Why.', example: { bad: '', good: 'Use ```code``` here' } } as RuleMeta;
    expect(ruleHoverMarkdown(meta)).toContain('````markdown\nUse ```code``` here\n````');
  });

  it('stacks several diagnostics on the same spot', () => {
    const two = [diagnostics[0], { ...diagnostics[0], code: 'placeholder', message: 'Second.' }];
    const value = (hoverAt(two, two[0].range.start)!.contents as { value: string }).value;
    expect(value.split('\n\n---\n\n').map((part) => part.split('\n')[0])).toEqual(['**invitelint: name-mismatch**', '**invitelint: placeholder**']);
  });
});
