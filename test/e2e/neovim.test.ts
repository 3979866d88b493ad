// A real LSP client end to end: headless Neovim 0.7 starts the built server on a copy of a
// fixture draft, applies the name-mismatch quick-fix and saves (test/e2e/neovim.lua), and
// shows, checks and runs the elements code lens (test/e2e/neovim-lens.lua).
// Neovim is required: CI installs it with scripts/setup-editors.sh. Without it this FAILS.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertServerBuilt, ROOT, SERVER_BIN } from '../support/built-server.js';

const NVIM = process.env.NVIM_BIN || 'nvim';
const FIXTURE = join(ROOT, 'fixtures', 'lsp', 'name-mismatch.invite.md');

describe('Neovim (headless) as the LSP client', () => {
  let dir: string;

  beforeAll(() => {
    const version = spawnSync(NVIM, ['--version'], { encoding: 'utf8' });
    if (version.error || version.status !== 0) {
      throw new Error(`Neovim is required for this test but \`${NVIM} --version\` failed (${version.error?.message ?? `status ${version.status}`}): install it with scripts/setup-editors.sh (apt-get install neovim) or set NVIM_BIN`);
    }
    assertServerBuilt();
    dir = mkdtempSync(join(tmpdir(), 'invitelint-nvim-'));
  });

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** Runs `script` in headless Neovim on a copy of the fixture `name`; returns the run, the draft path and a report for failures. */
  function nvim(script: string, name: string, extraEnv: Record<string, string> = {}) {
    const draft = join(dir, name.replace(/\.invite\.md$/, ''), name);
    mkdirSync(dirname(draft), { recursive: true });
    copyFileSync(join(ROOT, 'fixtures', 'lsp', name), draft);
    const xdg = (sub: string) => {
      const path = join(dir, 'xdg', sub);
      mkdirSync(path, { recursive: true });
      return path;
    };
    const env = {
      ...process.env,
      HOME: xdg('home'),
      XDG_CONFIG_HOME: xdg('config'),
      XDG_DATA_HOME: xdg('data'),
      XDG_CACHE_HOME: xdg('cache'),
      XDG_STATE_HOME: xdg('state'),
      INVITELINT_SERVER: SERVER_BIN,
      ...extraEnv,
    };
    const run = spawnSync(NVIM, ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${script}`, '--', draft], {
      cwd: ROOT,
      env,
      encoding: 'utf8',
      timeout: 60_000,
    });
    const lspLog = join(dir, 'xdg', 'cache', 'nvim', 'lsp.log');
    const report = [
      `nvim exit status ${run.status}${run.signal ? ` (signal ${run.signal})` : ''}${run.error ? ` error ${run.error.message}` : ''}`,
      `stderr:\n${run.stderr}`,
      `stdout:\n${run.stdout}`,
      existsSync(lspLog) ? `lsp.log (tail):\n${readFileSync(lspLog, 'utf8').slice(-4000)}` : 'no lsp.log',
    ].join('\n');
    return { run, draft, report };
  }

  it('shows the name-mismatch diagnostic, applies its quick-fix, saves, and the diagnostic clears', () => {
    const { run, draft, report } = nvim('test/e2e/neovim.lua', 'name-mismatch.invite.md');
    expect(run.status, report).toBe(0);
    const expected = readFileSync(FIXTURE, 'utf8').replace('Hi Anna,', 'Hi Hannah,');
    expect(readFileSync(draft, 'utf8'), report).toBe(expected);
  });

  it('requests the elements code lens: relationship and ✓/✗ marks on the greeting line; highlights and the lens command work', () => {
    const lens = 'stranger (inferred) · reason: appreciation ✓ · invitation ✓ · next action ✗ · 131/300';
    const { run, report } = nvim('test/e2e/neovim-lens.lua', 'lens-stranger.invite.md', {
      INVITELINT_EXPECT_LENS: lens,
      INVITELINT_EXPECT_INVITATION: 'I’d like to connect.',
    });
    expect(run.status, report).toBe(0);
    expect(run.stderr, report).toContain(`lens on line 3: ${lens}`);
    expect(run.stderr, report).toContain('next action: none found');
  });
});
