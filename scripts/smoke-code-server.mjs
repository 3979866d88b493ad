// Smoke check of scripts/lib/code-server.mjs: code-server opens a folder in headless
// Chromium and the workbench appears. Usage: node scripts/smoke-code-server.mjs [out.png]
import { mkdtemp, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCodeServer, launchChromium } from './lib/code-server.mjs';

const shot = process.argv[2] ?? join(tmpdir(), 'invitelint-smoke-code-server.png');
const ws = await mkdtemp(join(tmpdir(), 'invitelint-ws-'));
await writeFile(join(ws, 'hello.invite.md'), 'Hi Ada, I enjoyed your talk. Shall we connect?\n');

let cs, chrome;
try {
  cs = await startCodeServer({ workspaceDir: ws });
  chrome = await launchChromium();
  await chrome.page.goto(cs.url);
  await chrome.page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
  // The folder is open when its file shows in the explorer.
  await chrome.page.locator('.explorer-folders-view', { hasText: 'hello.invite.md' }).waitFor();
  await chrome.page.screenshot({ path: shot });
  console.log(`smoke: workbench up, screenshot ${shot}`);
} finally {
  await chrome?.close();
  await cs?.stop();
  await rm(ws, { recursive: true, force: true });
}
