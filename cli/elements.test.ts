// --format summary and the JSON `elements` object, through the built binary.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const cli = (...args: string[]) => spawnSync(process.execPath, ['bin/invitelint.js', ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

beforeAll(() => {
  expect(spawnSync(process.execPath, ['esbuild.mjs'], { cwd: root }).status).toBe(0);
});

describe('--format summary', () => {
  it('prints one aligned line per draft with the lens facts, and a footer with counts', () => {
    const run = cli('--format', 'summary', 'fixtures/corpus/d068.invite.md', 'fixtures/corpus/d031.invite.md', 'fixtures/corpus/d070.invite.md');
    expect(run.status).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^fixtures\/corpus\/d068\.invite\.md {2}stranger \(inferred\) +reason: appreciation ✓ +invitation ✗ {2}next action ✓ {2}\d+\/300 {2}clean$/);
    expect(lines[1]).toMatch(/^fixtures\/corpus\/d031\.invite\.md {2}contact \(given\) +context ✗ +invitation ✓ {2}next action ✗ {2}\d+\/300 {2}no-context, no-next-action$/);
    expect(lines[2]).toMatch(/d070\.invite\.md {2}contact \(given\) +context ✓ +invitation ✓ {2}next action ✓ {2}167\/200 {2}clean$/);
    // Columns line up: every row has its relationship at the same offset.
    expect(new Set(lines.slice(0, 3).map((l) => l.search(/(stranger|contact) \(/))).size).toBe(1);
    expect(lines.slice(-2)).toEqual(['3 drafts: 2 clean, 1 with warnings, 0 with errors', 'drafts per rule: no-context 1, no-next-action 1']);
  });

  it('keeps the exit code of the findings', () => {
    expect(cli('--format', 'summary', 'fixtures/corpus/d030.invite.md').status).toBe(1);
  });
});

describe('JSON elements', () => {
  it('documents relationship, elements with ranges, and the character count per file', () => {
    const run = cli('--format', 'json', 'fixtures/corpus/d007.invite.md');
    const [result] = JSON.parse(run.stdout);
    const { elements } = result;
    expect(elements.relationship).toMatchObject({ value: 'stranger', source: 'inferred', cue: { id: 'relationship.never-met', text: 'We haven’t met', line: 3, column: 1 } });
    expect(elements.context.found).toBe(true);
    expect(elements.context.matches[0]).toMatchObject({ kind: 'name-drop', cue: 'reason.name-drop', sentence: { line: 3 } });
    expect(elements.nextAction.matches[0]).toMatchObject({ kind: 'proposal', cue: 'next-action.imperative', sentence: { text: 'Would you be up for a quick chat some evening?', line: 5, column: 1 } });
    expect(elements.stockOnly).toBe(false);
    expect(elements.length).toEqual({ count: expect.any(Number), limit: 300 });
  });
});
