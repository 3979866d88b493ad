import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigFiles, DEFAULT_SETTINGS, filePathOf, readSettings, SettingsStore } from './settings.js';

describe('readSettings', () => {
  it('layers valid values over the base', () => {
    const { settings, problems } = readSettings({ enable: false, run: 'onSave', debounceMs: 0, rules: { placeholder: 'warning', 'too-long': ['error', { limit: 200 }] }, trace: { server: 'verbose' } });
    expect(problems).toEqual([]);
    expect(settings).toEqual({ enable: false, run: 'onSave', debounceMs: 0, rules: { placeholder: { severity: 'warning' }, 'too-long': { severity: 'error', options: { limit: 200 } } } });
  });

  it('keeps the base for bad values and says why, never throwing', () => {
    const { settings, problems } = readSettings({ enable: 'yes', run: 'always', debounceMs: -1, rules: { 'no-such-rule': 'error' } });
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(problems).toHaveLength(4);
    expect(problems[3]).toMatch(/invitelint\.rules\.no-such-rule: unknown rule id .* \(ignoring invitelint\.rules\)/);
    expect(readSettings('nonsense').problems).toEqual(['invitelint: expected an object of settings, got "nonsense"']);
    expect(readSettings(null)).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
  });

  it('merges rule overrides with the base', () => {
    const base = readSettings({ rules: { placeholder: 'off' }, debounceMs: 0 }).settings;
    expect(readSettings({ rules: { 'too-long': 'warning' } }, base).settings).toMatchObject({ debounceMs: 0, rules: { placeholder: { severity: 'off' }, 'too-long': { severity: 'warning' } } });
  });
});

describe('SettingsStore', () => {
  it('pulls per document, caches, and reports each problem once', async () => {
    const problems: string[] = [];
    const store = new SettingsStore((p) => problems.push(p));
    const pulls: Array<string | undefined> = [];
    store.pull = async (uri) => {
      pulls.push(uri);
      return { run: 'never', rules: { placeholder: 'info' } };
    };
    store.setInitializationOptions({ debounceMs: 0 });
    await store.changed();
    expect(store.current).toMatchObject({ debounceMs: 0, run: 'onType', rules: { placeholder: { severity: 'info' } } });
    const a = await store.forDocument('file:///a.invite.md');
    await store.forDocument('file:///a.invite.md');
    expect(a.rules).toEqual({ placeholder: { severity: 'info' } });
    expect(pulls).toEqual([undefined, 'file:///a.invite.md']);
    expect(problems).toEqual(['invitelint.run: expected "onType" or "onSave", got "never"']);
  });

  it('uses pushed settings when the client cannot be asked', async () => {
    const store = new SettingsStore(() => undefined);
    await store.changed({ invitelint: { enable: false } });
    expect((await store.forDocument('file:///a.invite.md')).enable).toBe(false);
    await store.changed({ other: {} });
    expect((await store.forDocument('file:///a.invite.md')).enable).toBe(true);
  });

  it('survives a failing pull with the base settings', async () => {
    const problems: string[] = [];
    const store = new SettingsStore((p) => problems.push(p));
    store.pull = () => Promise.reject(new Error('no'));
    expect(await store.forDocument('file:///a.invite.md')).toEqual(DEFAULT_SETTINGS);
    expect(problems).toEqual(['could not read settings from the client: no']);
  });
});

describe('ConfigFiles', () => {
  const dir = mkdtempSync(join(tmpdir(), 'invitelint-settings-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const uri = pathToFileURL(join(dir, 'a.invite.md')).href;

  it('reads .invitelintrc.json through the resolver, with editor overrides winning, and re-reads after clear()', () => {
    const files = new ConfigFiles();
    writeFileSync(join(dir, '.invitelintrc.json'), '{ "root": true, "rules": { "placeholder": "off", "too-long": "warning" } }');
    const overrides = { 'too-long': { severity: 'info' as const } };
    expect(files.configFor(uri, overrides).config!.rules).toMatchObject({ placeholder: { severity: 'off' }, 'too-long': { severity: 'info' } });

    writeFileSync(join(dir, '.invitelintrc.json'), '{ "root": true, "rules": { "placeholder": "warning" } }');
    expect(files.configFor(uri, overrides).config!.rules.placeholder.severity).toBe('off'); // cached until cleared
    files.clear();
    expect(files.configFor(uri, overrides).config!.rules.placeholder.severity).toBe('warning');
  });

  it('returns a ConfigError instead of throwing', () => {
    const files = new ConfigFiles();
    writeFileSync(join(dir, '.invitelintrc.json'), '{ "root": true, "rules": { "placeholder": "of" } }');
    const outcome = files.configFor(uri, {});
    expect(outcome.config).toBeUndefined();
    expect(outcome.error!.message).toContain('.invitelintrc.json: rules.placeholder');
  });

  it('applies only the editor overrides to documents that are not files', () => {
    expect(new ConfigFiles().configFor('untitled:Untitled-1', { placeholder: { severity: 'info' } }).config!.rules.placeholder.severity).toBe('info');
    expect(filePathOf('untitled:x')).toBeUndefined();
    expect(filePathOf('file:///tmp/a%20b.invite.md')).toBe('/tmp/a b.invite.md');
  });
});
