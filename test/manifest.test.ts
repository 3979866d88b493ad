// The extension manifest (package.json) against what it describes: the rule registry, the
// server's settings and commands, and the files the .vsix ships. Fails when they drift apart.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/engine.js';
import { COMMANDS } from '../server/code-actions.js';
import { DEFAULT_SETTINGS } from '../server/settings.js';

const root = join(import.meta.dirname, '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const settings = manifest.contributes.configuration.properties;

describe('extension manifest', () => {
  it('offers a severity override for every registered rule, described as the rule describes itself', () => {
    const overrides = settings['invitelint.rules'].properties;
    const expected = Object.fromEntries(rules.map((rule) => [rule.meta.id, rule.meta.description]));
    const actual = Object.fromEntries(Object.entries(overrides).map(([id, schema]) => [id, (schema as { description: string }).description]));
    // To fix: copy each rule's meta.description into contributes.configuration...invitelint.rules.properties.
    expect(actual).toEqual(expected);
    for (const schema of Object.values(overrides)) expect((schema as { enum: string[] }).enum).toEqual(['off', 'info', 'warning', 'error']);
  });

  it("declares the server's settings with the server's defaults", () => {
    expect(settings['invitelint.enable'].default).toBe(DEFAULT_SETTINGS.enable);
    expect(settings['invitelint.run'].default).toBe(DEFAULT_SETTINGS.run);
    expect(settings['invitelint.run'].enum).toEqual(['onType', 'onSave']);
    expect(settings['invitelint.rules'].default).toEqual(DEFAULT_SETTINGS.rules);
    // vscode-languageclient reads `<client id>.trace.server` by itself.
    expect(settings['invitelint.trace.server'].enum).toEqual(['off', 'messages', 'verbose']);
    for (const [key, schema] of Object.entries(settings)) expect((schema as { description?: string; markdownDescription?: string }).description ?? (schema as { markdownDescription?: string }).markdownDescription, key).toMatch(/\S{3}/);
  });

  it('contributes the fix-all command the server executes and a restart command', () => {
    const commands = manifest.contributes.commands.map((c: { command: string; title: string; category: string }) => `${c.category}: ${c.title} (${c.command})`);
    expect(commands).toEqual(['invitelint: Fix all problems (invitelint.fixAll)', 'invitelint: Restart server (invitelint.restart)']);
    expect(COMMANDS.fixAll).toBe('invitelint.fixAll');
    expect(readFileSync(join(root, 'client', 'extension.ts'), 'utf8')).toContain("'invitelint.restart'");
  });

  it('points at the bundled client and keeps VS Code 1.100 compatible', () => {
    expect(manifest.main).toBe('./dist/extension.cjs');
    expect(readFileSync(join(root, 'esbuild.mjs'), 'utf8')).toContain("outfile: 'dist/extension.cjs'");
    expect(manifest.engines.vscode).toBe('^1.100.0');
    expect(manifest.devDependencies['@types/vscode']).toBe('1.100.0');
  });

  it('ships only the bundles, the launchers, the rule docs, the snippets, README, LICENSE and package.json', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [join(root, 'node_modules', '@vscode', 'vsce', 'vsce'), 'ls', '--no-dependencies'], { cwd: root });
    const files = stdout.split('\n').filter(Boolean).sort();
    for (const file of files) expect(file).toMatch(/^(dist\/(extension\.cjs|server\.mjs|index-worker\.mjs|cli\.mjs)|bin\/[\w-]+\.js|docs\/rules\/[\w-]+\.md|snippets\/[\w-]+\.code-snippets|README\.md|LICENSE|package\.json)$/);
    expect(files).toEqual(expect.arrayContaining(['LICENSE', 'package.json', 'bin/invitelint.js', 'bin/invitelint-language-server.js', 'snippets/invite.code-snippets', ...rules.map((r) => `docs/rules/${r.meta.id}.md`)]));
  });
});

describe('snippets', () => {
  it('are contributed for Markdown, where *.invite.md files live', () => {
    expect(manifest.contributes.snippets).toEqual([{ language: 'markdown', path: './snippets/invite.code-snippets' }]);
  });
});
