// The pre-commit hooks (.pre-commit-hooks.yaml), run by a real pre-commit with `try-repo` from
// a project of drafts under git: pre-commit builds this repository as a `language: node` hook
// with the machine's Node.js and runs it on the staged drafts. pre-commit itself comes from
// scripts/setup-pre-commit.sh (npm test runs it); without it this test fails and says so.
// try-repo builds what is committed, plus changes to tracked files: commit new files first.
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
/** `pre-commit try-repo` of this repository: every hook, or the one named. */
const tryRepo = (files: string[], hook?: string) =>
  spawnSync(preCommit, ['try-repo', ROOT, ...(hook ? [hook] : []), '--color', 'never', '--files', ...files], { cwd: project, encoding: 'utf8', env: gitEnv(), timeout: 900_000 });

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

  // Each try-repo builds the hook's environment afresh (about a minute: npm installs the
  // repository as a git dependency, which builds it), so the test makes two calls.
  it('fails on a draft with an error, naming it, and the fix hook writes the safe fix (try-repo, both hooks)', () => {
    const failing = tryRepo(['drafts/clean.invite.md', 'drafts/mismatch.invite.md', 'notes.md']);
    expect(failing.status, `${failing.stdout}\n${failing.stderr}`).toBe(1);
    expect(failing.stdout).toMatch(/^invitelint\.+Failed$/m);
    expect(failing.stdout).toMatch(/drafts\/mismatch\.invite\.md\n {2}4:4 +error +The greeting says "Anna" but the note is to Hannah Okafor: use "Hannah" +name-mismatch/);
    expect(failing.stdout).not.toContain('clean.invite.md');
    expect(failing.stdout).toMatch(/^invitelint \(apply safe fixes\)\.+Failed\n- hook id: invitelint-fix\n- files were modified by this hook/m);
    expect(readFileSync(join(project, 'drafts', 'mismatch.invite.md'), 'utf8')).toBe(MISMATCH.replace('Hi Anna', 'Hi Hannah'));
  }, 900_000);

  it('passes clean drafts (try-repo, one hook)', () => {
    const clean = tryRepo(['drafts/clean.invite.md', 'drafts/mismatch.invite.md', 'notes.md'], 'invitelint');
    expect(clean.status, `${clean.stdout}\n${clean.stderr}`).toBe(0);
    expect(clean.stdout).toMatch(/^invitelint\.+Passed$/m);
  }, 900_000);
});
