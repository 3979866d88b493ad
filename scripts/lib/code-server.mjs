// Helpers for tests that drive a real VS Code: code-server in headless Chromium.
// Run scripts/setup-editors.sh first; it writes the paths read here.
import { spawn, execFile } from 'node:child_process';
import { mkdtemp, mkdir, writeFile, readFile, rm } from 'node:fs/promises';
import { openSync, closeSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

const QUIET_SETTINGS = {
  'workbench.startupEditor': 'none',
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
};

// Chromium as root on a machine without a GPU or internet.
const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** Tool paths: env vars win, else $INVITELINT_E2E_CACHE/paths.env (KEY='value' lines). */
export async function readPaths() {
  const cache = process.env.INVITELINT_E2E_CACHE ?? join(homedir(), '.cache', 'invitelint-e2e');
  const paths = {};
  const text = await readFile(join(cache, 'paths.env'), 'utf8').catch(() => '');
  for (const m of text.matchAll(/^(\w+)='([^']*)'$/gm)) paths[m[1]] = m[2];
  for (const key of ['CODE_SERVER_BIN', 'CHROMIUM_BIN', 'NVIM_BIN']) {
    if (process.env[key]) paths[key] = process.env[key];
  }
  if (!paths.CODE_SERVER_BIN) throw new Error('code-server not found: run scripts/setup-editors.sh');
  paths.CHROMIUM_BIN ??= '/usr/bin/chromium';
  return paths;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer().once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

// Signal 0 only asks whether any process of the group is left.
function groupAlive(pgid) {
  try { process.kill(-pgid, 0); return true; } catch { return false; }
}

/**
 * Starts code-server on a free loopback port, contained in a temp dir (user data,
 * extensions, XDG dirs). Resolves once /healthz answers 200.
 * @returns {Promise<{url: string, port: number, dir: string, stop: () => Promise<void>}>}
 */
export async function startCodeServer({ workspaceDir, extensionVsix, settings = {}, timeoutMs = 30_000 } = {}) {
  const { CODE_SERVER_BIN } = await readPaths();
  const dir = await mkdtemp(join(tmpdir(), 'invitelint-cs-'));
  const env = {
    ...process.env,
    XDG_CONFIG_HOME: join(dir, 'xdg', 'config'),
    XDG_DATA_HOME: join(dir, 'xdg', 'data'),
    XDG_CACHE_HOME: join(dir, 'xdg', 'cache'),
  };
  await mkdir(join(dir, 'user', 'User'), { recursive: true });
  await writeFile(join(dir, 'user', 'User', 'settings.json'),
    JSON.stringify({ ...QUIET_SETTINGS, ...settings }, null, 2));
  const args = [
    '--config', join(dir, 'config.yaml'), '--auth', 'none',
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--user-data-dir', join(dir, 'user'), '--extensions-dir', join(dir, 'ext'),
  ];

  let child;
  let stopped = false;
  const killGroup = () => { if (child?.pid && groupAlive(child.pid)) process.kill(-child.pid, 'SIGTERM'); };
  // A test that dies without stop() must not leave code-server running.
  const onExit = () => { killGroup(); rmSync(dir, { recursive: true, force: true }); };
  process.once('exit', onExit);

  async function stop() {
    if (stopped) return;
    stopped = true;
    process.off('exit', onExit);
    killGroup();
    // The whole group, file watcher included, must be gone before the dir is removed.
    for (let i = 0; child?.pid && groupAlive(child.pid); i++) {
      if (i === 50) process.kill(-child.pid, 'SIGKILL');
      await new Promise((r) => setTimeout(r, 100));
    }
    await rm(dir, { recursive: true, force: true });
  }

  try {
    if (extensionVsix) {
      await run(CODE_SERVER_BIN, [...args, '--install-extension', extensionVsix], { env, timeout: 120_000 });
    }
    const port = await freePort();
    const log = openSync(join(dir, 'code-server.log'), 'a');
    // detached: a new process group (setsid), so stop() can end all of it at once.
    child = spawn(CODE_SERVER_BIN, [...args, '--bind-addr', `127.0.0.1:${port}`],
      { env, detached: true, stdio: ['ignore', log, log] });
    closeSync(log);
    child.unref();
    await waitHealthy(port, child, dir, timeoutMs);
    const url = `http://127.0.0.1:${port}/` +
      (workspaceDir ? `?folder=${encodeURIComponent(workspaceDir)}` : '');
    return { url, port, dir, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}

async function waitHealthy(port, child, dir, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) break;
    const res = await fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(1000) })
      .catch(() => null);
    if (res?.status === 200) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  const log = await readFile(join(dir, 'code-server.log'), 'utf8').catch(() => '');
  throw new Error(`code-server did not answer /healthz 200 on port ${port}\n${log.slice(-2000)}`);
}

/**
 * Launches Debian's Chromium headless through playwright-core (never downloads a browser),
 * with HOME and XDG dirs in a fresh temp dir (Playwright gives it a fresh profile too).
 * @returns {Promise<{browser: import('playwright-core').Browser, page: import('playwright-core').Page, close: () => Promise<void>}>}
 */
export async function launchChromium({ viewport = { width: 1280, height: 800 } } = {}) {
  const { chromium } = await import('playwright-core');
  const { CHROMIUM_BIN } = await readPaths().catch(() => ({ CHROMIUM_BIN: '/usr/bin/chromium' }));
  const home = await mkdtemp(join(tmpdir(), 'invitelint-chromium-'));
  const env = {
    ...process.env,
    HOME: home,
    XDG_CONFIG_HOME: join(home, 'config'),
    XDG_DATA_HOME: join(home, 'data'),
    XDG_CACHE_HOME: join(home, 'cache'),
  };
  let browser;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM_BIN, headless: true, args: CHROMIUM_ARGS, env });
    const page = await browser.newPage({ viewport });
    const close = async () => {
      await browser.close().catch(() => {});
      await rm(home, { recursive: true, force: true });
    };
    return { browser, page, close };
  } catch (err) {
    await browser?.close().catch(() => {});
    await rm(home, { recursive: true, force: true });
    throw err;
  }
}
