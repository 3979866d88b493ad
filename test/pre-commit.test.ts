// The pre-commit hooks (.pre-commit-hooks.yaml), run by a real pre-commit with `try-repo` from
// a project of drafts under git: pre-commit builds this repository as a `language: node` hook
// with the machine's Node.js and runs it on the staged drafts. pre-commit itself comes from
// scripts/setup-pre-commit.sh (npm test runs it); without it this test fails and says so.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { ROOT } from './support/built-server.js';
import { cleanEnv } from './support/pack.js';

const CACHE = process.env.INVITELINT_E2E_CACHE ?? join(homedir(), '.cache', 'invitelint-e2e');
const hooks = parseYaml(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Array<Record<string, string>>;
let project: string;
let home: string;
let preCommit: string;

const MISMATCH = '---\nto: Hannah Okafor\n---\nHi Anna, great to see you at the summit yesterday. Coffee next week?\n';
const git = (...args: string[]) => spawnSync('git', args, { cwd: project, encoding: 'utf8', env: gitEnv() });
const gitEnv = () => cleanEnv({ GIT_AUTHOR_NAME: 'T', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 'T', GIT_COMMITTER_EMAIL: 't@example.com', PRE_COMMIT_HOME: home, npm_config_offline: '', npm_config_prefer_offline: 'true' });
const tryRepo = (hook: string, files: string[]) =>
  spawnSync(preCommit, ['try-repo', ROOT, hook, '--color', 'never', '--files', ...files], { cwd: project, encoding: 'utf8', env: gitEnv(), timeout: 900_000 });

beforeAll(() => {
  const envFile = join(CACHE, 'pre-commit.env');
  const bin = existsSync(envFile) ? /^PRE_COMMIT_BIN='([^']*)'$/m.exec(readFileSync(envFile, 'utf8'))?.[1] : undefined;
  if (!bin || !existsSync(bin)) {
    throw new Error(`pre-commit is not installed (no ${envFile}): scripts/setup-pre-commit.sh could not install it from PyPI, or was not run. Run: bash scripts/setup-pre-commit.sh`);
  }
  preCommit = bin;
  project = mkdtempSync(join(tmpdir(), 'invitelint-pre-commit-'));
  home = join(project, '.pre-commit-home');
  mkdirSync(join(project, 'drafts'));
  copyFileSync(join(ROOT, 'fixtures', 'samples', 'stranger.invite.md'), join(project, 'drafts', 'clean.invite.md'));
  writeFileSync(join(project, 'drafts', 'mismatch.invite.md'), MISMATCH);
  writeFileSync(join(project, 'notes.md'), 'Not a draft: {FirstName}\n');
  writeFileSync(join(project, '.gitignore'), '.pre-commit-home/\n');
  git('init', '-q');
  git('add', '.');
}, 60_000);

afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

describe('pre-commit hooks', () => {
  it('declares node hooks for *.invite.md drafts', () => {
    expect(hooks.map((h) => h.id)).toEqual(['invitelint', 'invitelint-fix']);
    for (const hook of hooks) {
      expect(hook.language).toBe('node');
      const files = new RegExp(hook.files);
      expect(['a.invite.md', 'drafts/b.invite.md'].every((f) => files.test(f))).toBe(true);
      expect(['notes.md', 'a.invite.md.bak'].some((f) => files.test(f))).toBe(false);
    }
  });

  it('passes clean drafts and fails on one with an error, naming it (try-repo)', () => {
    const clean = tryRepo('invitelint', ['drafts/clean.invite.md', 'notes.md']);
    expect(clean.status, `${clean.stdout}\n${clean.stderr}`).toBe(0);
    expect(clean.stdout).toMatch(/^invitelint\.+Passed$/m);
    const failing = tryRepo('invitelint', ['drafts/clean.invite.md', 'drafts/mismatch.invite.md']);
    expect(failing.status).toBe(1);
    expect(failing.stdout).toMatch(/^invitelint\.+Failed$/m);
    expect(failing.stdout).toMatch(/drafts\/mismatch\.invite\.md\n {2}4:4 +error +The greeting says "Anna" but the note is to Hannah Okafor: use "Hannah" +name-mismatch/);
  }, 900_000);

  it('the fix hook writes the safe fix and reports the files it changed', () => {
    const fixing = tryRepo('invitelint-fix', ['drafts/mismatch.invite.md']);
    expect(fixing.status).toBe(1); // pre-commit fails a hook that modified files
    expect(fixing.stdout).toMatch(/files were modified by this hook/);
    expect(readFileSync(join(project, 'drafts', 'mismatch.invite.md'), 'utf8')).toBe(MISMATCH.replace('Hi Anna', 'Hi Hannah'));
  }, 900_000);
});
