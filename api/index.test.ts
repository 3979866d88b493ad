// The Node API in process (the installed package is tested in test/package.test.ts).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CliError, ConfigError, fixAll, formatters, lint, lintFiles, loadConfig, noteText, rules, version } from './index.js';

const MISMATCH = '---\nto: Hannah Okafor\n---\nHi Anna, great to see you at the summit yesterday. Coffee next week?\n';
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'invitelint-api-'));
  mkdirSync(join(dir, 'drafts'));
  writeFileSync(join(dir, '.invitelintrc.json'), '{ "root": true, "rules": { "no-next-action": "off" }, "ignores": ["drafts/old.invite.md"] }');
  writeFileSync(join(dir, 'drafts', 'a.invite.md'), MISMATCH);
  writeFileSync(join(dir, 'drafts', 'b.invite.md'), MISMATCH.replace(' Coffee next week?', ''));
  writeFileSync(join(dir, 'drafts', 'old.invite.md'), MISMATCH);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('Node API', () => {
  it('lint: messages with 1-based positions and counts; defaults without a path or config', () => {
    const result = lint(MISMATCH);
    expect(result.filePath).toBe('<text>');
    expect(result.messages.map((m) => [m.ruleId, m.severity, m.line, m.column, m.endColumn])).toEqual([['name-mismatch', 'error', 4, 4, 8]]);
    expect(result).toMatchObject({ errorCount: 1, warningCount: 0, infoCount: 0, fixableErrorCount: 1, suppressedMessages: [] });
    expect(lint(MISMATCH, { elements: true }).elements?.relationship.value).toBe('contact');
  });

  it('lint: a filePath brings its config files; a config object replaces them', () => {
    const noAction = MISMATCH.replace(' Coffee next week?', '');
    expect(lint(noAction, { filePath: join(dir, 'drafts', 'x.invite.md') }).messages.map((m) => m.ruleId)).toEqual(['name-mismatch']);
    expect(lint(noAction, { filePath: 'drafts/x.invite.md', cwd: dir, config: { rules: { 'name-mismatch': 'off' } } }).messages.map((m) => m.ruleId)).toEqual(['no-next-action']);
    expect(() => lint('x', { config: { rules: { 'no-contxt': 'off' } } })).toThrow(ConfigError);
  });

  it('fixAll: the fixed text and what remains', () => {
    const result = fixAll(MISMATCH);
    expect(result.output).toBe(MISMATCH.replace('Hi Anna', 'Hi Hannah'));
    expect(result.messages).toEqual([]);
  });

  it('lintFiles: discovery, config and ignores as the CLI has them; fix writes', async () => {
    const results = await lintFiles('drafts', { cwd: dir });
    expect(results.map((r) => r.filePath)).toEqual([join(dir, 'drafts', 'a.invite.md'), join(dir, 'drafts', 'b.invite.md')]);
    expect(results.map((r) => r.messages.map((m) => m.ruleId))).toEqual([['name-mismatch'], ['name-mismatch']]);
    const dry = await lintFiles(['drafts/a.invite.md'], { cwd: dir, fixDryRun: true });
    expect(dry[0].output).toContain('Hi Hannah');
    expect(readFileSync(join(dir, 'drafts', 'a.invite.md'), 'utf8')).toBe(MISMATCH);
    await lintFiles(['drafts/b.invite.md'], { cwd: dir, fix: true });
    expect(readFileSync(join(dir, 'drafts', 'b.invite.md'), 'utf8')).toContain('Hi Hannah');
    await expect(lintFiles('nowhere', { cwd: dir })).rejects.toThrow(CliError);
  });

  it('loadConfig: the merged config for a path, as a config file says it', () => {
    const config = loadConfig('drafts/a.invite.md', { cwd: dir });
    expect(config.rules).toMatchObject({ 'no-next-action': 'off', 'too-long': ['error', { limit: 300 }] });
    expect(lint(MISMATCH.replace(' Coffee next week?', ''), { config }).messages.map((m) => m.ruleId)).toEqual(['name-mismatch']);
  });

  it('rules, formatters, noteText and version', () => {
    expect(rules.map((r) => r.id)).toContain('too-long');
    expect(rules.find((r) => r.id === 'too-long')?.docsUrl).toMatch(/docs\/rules\/too-long\.md$/);
    const results = [lint(MISMATCH, { filePath: join(dir, 'a.invite.md') })];
    expect(formatters.stylish(results, { cwd: dir })).toMatch(/a\.invite\.md\n {2}4:4 {2}error/);
    expect(JSON.parse(formatters.sarif(results, { cwd: dir })).runs[0].results).toHaveLength(1);
    expect(formatters.github(results, { cwd: dir })).toMatch(/^::error file=a\.invite\.md,line=4,col=4/);
    expect(noteText('---\nto: A\n---\n<!-- to self -->\nHi A, hello.\r\nCoffee?\n')).toEqual({ text: 'Hi A, hello.\nCoffee?', length: 20, limit: 300 });
    expect(version).toMatch(/^\d+\.\d+\.\d+/);
  });
});
