// The packaged extension in a real VS Code: code-server 4.100.3 (VS Code 1.100.3) driven
// through headless Chromium, the way a user would: open a draft, see squiggles, Problems and the
// elements code lens, apply a quick fix, save with fix-all on save, run the palette commands,
// type a next action and watch the lens follow, click the lens, insert a draft from a snippet
// (and find none in a plain Markdown file), edit .invitelintrc.json with comments and completion
// from the schema, create one, lint all drafts in the workspace, copy a note to the clipboard.
//
// Needs `bash scripts/setup-editors.sh` once. Without code-server or Chromium the test FAILS
// (it never skips). It builds its own .vsix (esbuild + vsce into a temp dir, about 2 s), so it
// always runs the code in the tree and never a stale invitelint.vsix.
// Screenshots of every step: test-results/vscode/NN-step.png; the squiggles + Problems one is
// also copied to docs/images/vscode-problems.png and the lens one (cropped to the editor) saved
// as docs/images/vscode-lens.png (both committed, shown in the README).
import { existsSync } from 'node:fs';
import { copyFile, cp, mkdir, mkdtemp, readdir, readFile, rm, stat, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFailed, type TestContext } from 'vitest';
import { launchChromium, readPaths, startCodeServer, type CodeServer } from '../../scripts/lib/code-server.mjs';
import { packageExtension } from '../../scripts/package-vsix.mjs';
import { CONFIG_TEMPLATE } from '../../client/messages.js';
import { noteText, parseDraft } from '../../rules/engine.js';

// The page's DOM as far as the functions run in the browser use it (tsconfig has no DOM lib).
interface PageElement { textContent: string | null; style: { top: string } }
declare const document: { querySelectorAll(selector: string): Iterable<PageElement> };
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURE = join(ROOT, 'fixtures', 'e2e-workspace');
const SHOTS = join(ROOT, 'test-results', 'vscode');
// The README's screenshots are refreshed only on request (INVITELINT_UPDATE_DOCS_IMAGES=1), so a
// test run never leaves tracked files changed; otherwise they go to test-results/ with the rest.
const UPDATE_DOCS = process.env.INVITELINT_UPDATE_DOCS_IMAGES === '1';
const IMAGES = UPDATE_DOCS ? join(ROOT, 'docs', 'images') : join(ROOT, 'test-results', 'vscode');
const DOCS_IMAGE = join(IMAGES, 'vscode-problems.png');
const DOCS_LENS_IMAGE = join(IMAGES, 'vscode-lens.png');
const DRAFT = 'hannah.invite.md';
const CONFIG = '.invitelintrc.json';
/** A draft the test creates empty and fills from the invite-stranger snippet. */
const NEW_DRAFT = 'new.invite.md';
const WAIT_MS = 30_000; // for one condition in the editor; a whole run takes about 30-45 s

/**
 * Keeps the editor quiet while the test types: no suggestion popups, no minimap in the shots.
 * No auto-save: VS Code for the Web (code-server) saves 1 s after an edit by default, and such a
 * save skips the `explicit` fix-all on save, so a slow step would race the test's own Ctrl+S.
 */
const USER_SETTINGS = {
  'files.autoSave': 'off',
  'editor.quickSuggestions': { other: 'off', comments: 'off', strings: 'off' },
  'editor.suggestOnTriggerCharacters': false,
  'editor.wordBasedSuggestions': 'off',
  'editor.minimap.enabled': false,
  'workbench.tips.enabled': false,
  'extensions.ignoreRecommendations': true,
  'git.enabled': false,
};

let workspace = '';
let vsixDir = '';
let codeServer: CodeServer | undefined;
let browser: Awaited<ReturnType<typeof launchChromium>> | undefined;
let page: Page;
let original = '';
let shots = 0;
let failed = false;

async function shot(name: string): Promise<string> {
  const file = join(SHOTS, `${String(++shots).padStart(2, '0')}-${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

/** Waits for a condition; on timeout, fails with what was awaited (and a screenshot of the moment). */
async function until<T>(what: string, condition: () => Promise<T>): Promise<T> {
  try {
    return await condition();
  } catch (error) {
    if (page) await shot(`failed-${what.replace(/\W+/g, '-').slice(0, 40)}`).catch(() => undefined);
    const toasts = page ? await page.locator('.notification-toast').allTextContents().catch(() => []) : [];
    const shown = toasts.length > 0 ? `\nNotifications on screen:\n${toasts.map((toast) => `  ${toast}`).join('\n')}` : '';
    throw new Error(`VS Code e2e: timed out waiting for ${what}${shown}\n${error instanceof Error ? error.message : String(error)}`);
  }
}

/** The editor's lines in visual order (Monaco reuses line nodes), spaces normalised from U+00A0. */
function editorText(): Promise<string> {
  return page.evaluate(() =>
    [...document.querySelectorAll('.part.editor .monaco-editor .view-lines .view-line')]
      .map((line) => ({ top: parseFloat(line.style.top), text: (line.textContent ?? '').replace(/\u00a0/g, ' ') }))
      .sort((a, b) => a.top - b.top)
      .map((line) => line.text)
      .join('\n'),
  );
}

async function editorContains(what: string, text: string): Promise<void> {
  await until(what, () => page.waitForFunction(
    (expected) => [...document.querySelectorAll('.part.editor .monaco-editor .view-line')].some((line) => (line.textContent ?? '').replace(/\u00a0/g, ' ').includes(expected)),
    text,
    { timeout: WAIT_MS },
  ));
}

const squiggles = (kind: 'error' | 'warning') => page.locator(`.part.editor .monaco-editor .squiggly-${kind}`);

/** The code lenses of the visible editor (Monaco draws each as a content widget above its line). */
const lenses = () => page.locator('.part.editor .monaco-editor .contentWidgets .codelens-decoration');

/** The lens texts, spaces normalised from U+00A0. */
async function lensTexts(): Promise<string[]> {
  return (await lenses().allTextContents()).map((text) => text.replace(/\u00a0/g, ' '));
}

/** Waits until the editor shows exactly one lens and its text is (or matches) `expected`. */
async function lensIs(what: string, expected: string | RegExp): Promise<string> {
  const matches = (texts: string[]) => texts.length === 1 && (typeof expected === 'string' ? texts[0] === expected : expected.test(texts[0]));
  const deadline = Date.now() + WAIT_MS;
  let texts = await lensTexts();
  while (Date.now() < deadline && !matches(texts)) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    texts = await lensTexts();
  }
  if (!matches(texts)) await shot(`failed-${what.replace(/\W+/g, '-').slice(0, 40)}`).catch(() => undefined);
  expect(texts, `${what}; the editor shows these lenses`).toHaveLength(1);
  if (typeof expected === 'string') expect(texts[0], what).toBe(expected);
  else expect(texts[0], what).toMatch(expected);
  return texts[0];
}

/** The lens sits right above the greeting line and below the frontmatter's closing `---`. */
async function expectLensAboveGreeting(greeting: string): Promise<void> {
  // Each view line's text (spaces normalised from U+00A0) and where it is on screen.
  const lines = await page.locator('.part.editor .monaco-editor .view-line').evaluateAll((nodes) =>
    nodes.map((node) => ({ text: (node.textContent ?? '').replace(/\u00a0/g, ' '), top: node.getBoundingClientRect().top, bottom: node.getBoundingClientRect().bottom })));
  const lens = await lenses().first().boundingBox();
  const below = lines.find((line) => line.text === greeting);
  const above = lines.filter((line) => line.text === '---').sort((a, b) => b.top - a.top)[0];
  expect(lens && above && below, `the lens, the closing --- and "${greeting}" on screen; lines:\n${lines.map((line) => `${line.top} ${line.text}`).join('\n')}`).toBeTruthy();
  const lensBottom = lens!.y + lens!.height;
  expect(lensBottom, 'the lens ends above the greeting').toBeLessThanOrEqual(below!.top + 1);
  expect(below!.top - lensBottom, 'the lens is right above the greeting').toBeLessThan(8);
  expect(lens!.y, 'the lens is below the closing ---').toBeGreaterThanOrEqual(above!.bottom - 1);
}

/** Moves the cursor with Go to Line (Ctrl+G): 1-based line and column. */
async function goTo(line: number, column: number): Promise<void> {
  await page.keyboard.press('Control+G');
  await until('the Go to Line box', () => page.locator('.quick-input-widget input').waitFor({ state: 'visible', timeout: WAIT_MS }));
  await page.keyboard.type(`${line}:${column}`);
  await page.keyboard.press('Enter');
  await until('the Go to Line box to close', () => page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: WAIT_MS }));
}

/** Replaces `length` characters at line:column with `text`, as typed by a user. */
async function retype(line: number, column: number, length: number, text: string): Promise<void> {
  await goTo(line, column);
  for (let i = 0; i < length; i++) await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.type(text);
}

/** Brings a workspace file to the front: its tab when open, else Quick Open (Ctrl+P). */
async function openFile(name: string): Promise<void> {
  const tab = page.locator('.tabs-container .tab', { hasText: name });
  if ((await tab.count()) > 0) {
    await tab.first().click();
  } else {
    await page.keyboard.press('Control+P');
    await until('Quick Open', () => page.locator('.quick-input-widget input').waitFor({ state: 'visible', timeout: WAIT_MS }));
    await page.keyboard.type(name);
    const row = page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first();
    await until(`${name} in Quick Open`, () => row.waitFor({ timeout: WAIT_MS }));
    await row.click();
  }
  await until(`${name} in the active tab`, () => page.locator('.tab.active', { hasText: name }).waitFor({ timeout: WAIT_MS }));
}

/** Runs a command from the Command Palette (F1) by its title. */
async function runCommand(title: string): Promise<void> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await until('the Command Palette', () => input.waitFor({ state: 'visible', timeout: WAIT_MS }));
  await page.keyboard.type(title);
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
  await until(`the command "${title}" in the palette`, () => row.waitFor({ state: 'visible', timeout: WAIT_MS }));
  await row.click();
  await until('the Command Palette to close', () => page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: WAIT_MS }));
}

/**
 * Our rows in the Problems panel as `line:col rule-id message`. A row's text is
 * `message` + `invitelint` + `rule-id` + `[Ln 5, Col 4]` (the parentheses come from CSS).
 */
async function problemRows(): Promise<string[]> {
  const rows = await page.locator('.markers-panel .monaco-list-row').allTextContents();
  return rows.flatMap((row) => {
    const match = /^(.*)invitelint([a-z][\w-]*)\[Ln (\d+), Col (\d+)\]$/.exec(row.replace(/\u00a0/g, ' '));
    return match ? [`${match[3]}:${match[4]} ${match[2]} ${match[1]}`] : [];
  });
}

/** Waits until the Problems panel lists exactly these rule ids (in order). */
async function problemsAre(what: string, ruleIds: string[]): Promise<string[]> {
  const idsOf = (rows: string[]) => rows.map((row) => row.split(' ')[1]);
  const deadline = Date.now() + WAIT_MS;
  let rows = await problemRows();
  while (Date.now() < deadline && JSON.stringify(idsOf(rows)) !== JSON.stringify(ruleIds)) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    rows = await problemRows();
  }
  expect(idsOf(rows), `${what}; the Problems panel shows:\n${rows.join('\n')}`).toEqual(ruleIds);
  return rows;
}

/** The language server processes of this code-server (their command line names its extensions dir). */
async function serverPids(): Promise<number[]> {
  const pids: number[] = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const cmdline = await readFile(`/proc/${entry}/cmdline`, 'utf8').catch(() => '');
    if (cmdline.includes(`${codeServer!.dir}/ext/`) && cmdline.includes('dist/server.mjs')) pids.push(Number(entry));
  }
  return pids;
}

/** The extension host's and the "invitelint" output channel's logs, for a failure message. */
async function extensionLogs(): Promise<string> {
  const found: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (/invitelint|exthost/i.test(entry.name)) found.push(path);
    }
  };
  if (codeServer) await walk(join(codeServer.dir, 'user', 'logs'));
  const parts = await Promise.all(found.map(async (file) => `--- ${file}\n${(await readFile(file, 'utf8').catch(() => '')).slice(-3000)}`));
  return parts.join('\n');
}

async function pollDisk(what: string, condition: (text: string) => boolean): Promise<string> {
  const deadline = Date.now() + WAIT_MS;
  let text = '';
  while (Date.now() < deadline) {
    text = await readFile(join(workspace, DRAFT), 'utf8');
    if (condition(text)) return text;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`VS Code e2e: timed out waiting for ${what}; the file on disk is:\n${text}`);
}

/** Each step builds on the one before: after a failure the rest are skipped (the run already fails). */
function step(ctx: TestContext): void {
  if (failed) ctx.skip('an earlier step failed');
  onTestFailed(() => void (failed = true));
}

describe('VS Code (code-server + Chromium)', { timeout: 180_000 }, () => {
  beforeAll(async () => {
    // Fail, never skip, when the editors are missing.
    const paths = await readPaths().catch((error: Error) => {
      throw new Error(`VS Code e2e: ${error.message}. Install the editors with: bash scripts/setup-editors.sh`);
    });
    for (const [name, bin] of [['code-server', paths.CODE_SERVER_BIN], ['Chromium', paths.CHROMIUM_BIN]]) {
      if (!existsSync(bin)) throw new Error(`VS Code e2e: ${name} is not installed (expected at ${bin}). Install it with: bash scripts/setup-editors.sh`);
    }

    await rm(SHOTS, { recursive: true, force: true });
    await mkdir(SHOTS, { recursive: true });
    await mkdir(IMAGES, { recursive: true });

    // The extension as users get it: bundled, then packaged.
    vsixDir = await mkdtemp(join(tmpdir(), 'invitelint-vsix-'));
    const vsix = join(vsixDir, 'invitelint.vsix');
    await packageExtension(vsix, join(vsixDir, 'stage'));

    workspace = await mkdtemp(join(tmpdir(), 'invitelint-e2e-ws-'));
    await cp(FIXTURE, workspace, { recursive: true });
    original = await readFile(join(workspace, DRAFT), 'utf8');

    codeServer = await startCodeServer({ workspaceDir: workspace, extensionVsix: vsix, settings: USER_SETTINGS });
    browser = await launchChromium();
    page = browser.page;
    // "Copy note for LinkedIn" writes the clipboard; the test reads it back.
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(codeServer.url).origin });
  }, 180_000);

  afterAll(async () => {
    try {
      if (failed) console.error(`VS Code e2e failed; extension host logs:\n${await extensionLogs()}`);
    } finally {
      await browser?.close();
      await codeServer?.stop();
      await rm(workspace, { recursive: true, force: true });
      await rm(vsixDir, { recursive: true, force: true });
    }
  }, 60_000);

  it('opens the draft and draws squiggles for its problems', async (ctx) => {
    step(ctx);
    await page.goto(codeServer!.url);
    await until('the workbench', () => page.locator('.monaco-workbench').waitFor({ timeout: WAIT_MS }));
    await until('the explorer to list the draft', () => page.locator('.explorer-folders-view .monaco-list-row', { hasText: DRAFT }).waitFor({ timeout: WAIT_MS }));
    await shot('workbench');

    await page.keyboard.press('Control+P');
    await until('Quick Open', () => page.locator('.quick-input-widget input').waitFor({ state: 'visible', timeout: WAIT_MS }));
    await page.keyboard.type(DRAFT);
    const row = page.locator('.quick-input-list .monaco-list-row', { hasText: DRAFT }).first();
    await until('the draft in Quick Open', () => row.waitFor({ timeout: WAIT_MS }));
    await page.keyboard.press('Enter');
    await editorContains('the draft in an editor', 'Hi Anna,');
    await shot('draft-open');

    await until('an error squiggle (name-mismatch)', () => squiggles('error').first().waitFor({ timeout: WAIT_MS }));
    await until('a warning squiggle (no-next-action)', () => squiggles('warning').first().waitFor({ timeout: WAIT_MS }));
    await shot('squiggles');
    expect(await serverPids(), 'one language server process, forked from dist/server.mjs').toHaveLength(1);
  });

  it('shows the elements code lens above the greeting', async (ctx) => {
    step(ctx);
    await lensIs('the elements lens of the fixture draft', 'acquaintance (given) · context ✓ · invitation ✗ · next action ✗ · 110/300');
    await expectLensAboveGreeting('Hi Anna,');
    await shot('lens');
  });

  it('lists the problems with their rule ids in the Problems panel', async (ctx) => {
    step(ctx);
    await page.keyboard.press('Control+Shift+M');
    const rows = await problemsAre('the problems of the draft', ['name-mismatch', 'no-next-action']);
    expect(rows[0]).toBe('5:4 name-mismatch The greeting says "Anna" but the note is to Hannah Okafor: use "Hannah".');
    expect(rows[1]).toMatch(/^\d+:\d+ no-next-action \S/);
    await copyFile(await shot('problems'), DOCS_IMAGE);
    expect((await stat(DOCS_IMAGE)).size).toBeGreaterThan(10_000);
  });

  it('applies the quick fix for the wrong name (Ctrl+.)', async (ctx) => {
    step(ctx);
    await goTo(5, 5); // inside "Anna"
    await page.keyboard.press('Control+Period');
    const fix = page.locator('.action-widget .monaco-list-row', { hasText: 'Replace "Anna" with "Hannah"' }).first();
    await until('the quick fix in the Ctrl+. menu', () => fix.waitFor({ timeout: WAIT_MS }));
    await shot('quick-fix-menu');
    // Chosen with the keyboard, as users do (a mouse click lands on the menu's pointer block).
    const focused = page.locator('.action-widget .monaco-list-row.focused');
    for (let i = 0; i < 10 && !(await focused.textContent())?.includes('Replace "Anna" with "Hannah"'); i++) await page.keyboard.press('ArrowDown');
    expect(await focused.textContent()).toContain('Replace "Anna" with "Hannah" (name-mismatch)');
    await page.keyboard.press('Enter');
    await editorContains('the fixed greeting in the editor', 'Hi Hannah,');
    await until('the error squiggle to go', () => squiggles('error').first().waitFor({ state: 'detached', timeout: WAIT_MS }));
    expect(await editorText()).toContain('Hi Hannah,');
    expect(await squiggles('warning').count(), 'no-next-action has no safe fix and stays').toBeGreaterThan(0);
    await shot('quick-fix-applied');
    expect(await readFile(join(workspace, DRAFT), 'utf8'), 'not saved yet').toBe(original);
  });

  it('fixes all on save (source.fixAll.invitelint) and writes the fixed text to disk', async (ctx) => {
    step(ctx);
    await retype(5, 4, 'Hannah'.length, 'Joanna');
    await editorContains('the new wrong name in the editor', 'Hi Joanna,');
    await until('the error squiggle for "Joanna"', () => squiggles('error').first().waitFor({ timeout: WAIT_MS }));
    await shot('wrong-name-typed');

    await page.keyboard.press('Control+S');
    // Waits for the expected text itself: a read in the middle of the save can see an empty file.
    const fixed = original.replace('Hi Anna,', 'Hi Hannah,');
    expect(await pollDisk('the fixed draft on disk', (text) => text === fixed)).toBe(fixed);
    await editorContains('the fixed greeting after saving', 'Hi Hannah,');
    await until('the tab to be clean', () => page.locator('.tab.dirty').first().waitFor({ state: 'detached', timeout: WAIT_MS }));
    await until('the error squiggle to go after saving', () => squiggles('error').first().waitFor({ state: 'detached', timeout: WAIT_MS }));
    await problemsAre('only the problem without a safe fix after saving', ['no-next-action']);
    await shot('fixed-on-save');
  });

  it('fixes all from the Command Palette ("invitelint: Fix all problems")', async (ctx) => {
    step(ctx);
    await retype(5, 4, 'Hannah'.length, 'Joanna');
    await until('the error squiggle for "Joanna"', () => squiggles('error').first().waitFor({ timeout: WAIT_MS }));
    await runCommand('invitelint: Fix all problems');
    await editorContains('the greeting fixed by the command', 'Hi Hannah,');
    expect(await editorText()).not.toContain('Joanna');
    await until('the error squiggle to go after the command', () => squiggles('error').first().waitFor({ state: 'detached', timeout: WAIT_MS }));
    await problemsAre('only the problem without a safe fix after the command', ['no-next-action']);
    await shot('fixed-by-command');
    await page.keyboard.press('Control+S');
    await pollDisk('the saved draft', (text) => text === original.replace('Hi Anna,', 'Hi Hannah,'));
  });

  it('restarts the server ("invitelint: Restart server") and lints again', async (ctx) => {
    step(ctx);
    const before = await serverPids();
    expect(before).toHaveLength(1);
    await runCommand('invitelint: Restart server');
    const deadline = Date.now() + WAIT_MS;
    let after = before;
    while (Date.now() < deadline && (after.length !== 1 || after[0] === before[0])) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      after = await serverPids();
    }
    expect(after, 'a new server process replaces the old one').toHaveLength(1);
    expect(after[0]).not.toBe(before[0]);
    await retype(5, 4, 'Hannah'.length, 'Joanna');
    await until('the error squiggle from the restarted server', () => squiggles('error').first().waitFor({ timeout: WAIT_MS }));
    await shot('after-restart');
  });

  it('updates the lens when a next action is typed', async (ctx) => {
    step(ctx);
    // Back to the saved text (fix-all on save turns "Joanna" into "Hannah"), then a question before the sign-off.
    await page.keyboard.press('Control+S');
    await editorContains('the fixed greeting after saving', 'Hi Hannah,');
    await until('the tab to be clean', () => page.locator('.tab.dirty').first().waitFor({ state: 'detached', timeout: WAIT_MS }));
    await pollDisk('the fixed draft on disk', (text) => text === original.replace('Hi Anna,', 'Hi Hannah,'));
    await until('the error squiggle to go after saving', () => squiggles('error').first().waitFor({ state: 'detached', timeout: WAIT_MS }));
    await lensIs('the lens of the saved draft', 'acquaintance (given) · context ✓ · invitation ✗ · next action ✗ · 112/300');
    await goTo(9, 1); // the start of "– Funmi"
    await page.keyboard.type('Coffee next week?');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await editorContains('the next action in the editor', 'Coffee next week?');
    await lensIs('the lens with the next action', 'acquaintance (given) · context ✓ · invitation ✗ · next action ✓ · 131/300');
    await until('the no-next-action squiggle to go', () => squiggles('warning').first().waitFor({ state: 'detached', timeout: WAIT_MS }));
    await problemsAre('no problems once the next action is typed', []);
    await expectLensAboveGreeting('Hi Hannah,');
    await shot('lens-next-action');

    // For the README: the editor alone, down to just below its last line, so the lens reads at full size.
    const editor = await page.locator('.part.editor').boundingBox();
    const bottom = Math.max(...(await page.locator('.part.editor .monaco-editor .view-line').evaluateAll((lines) =>
      lines.map((line) => line.getBoundingClientRect().bottom))));
    expect(editor, 'the editor part on screen').toBeTruthy();
    const clip = { x: editor!.x, y: editor!.y, width: editor!.width, height: Math.min(editor!.height, Math.ceil(bottom - editor!.y) + 24) };
    await page.screenshot({ path: DOCS_LENS_IMAGE, clip });
    expect((await stat(DOCS_LENS_IMAGE)).size).toBeGreaterThan(10_000);
  });

  it('shows which sentence is which element when the lens is clicked (invitelint.showElements)', async (ctx) => {
    step(ctx);
    await lenses().locator('a', { hasText: 'next action ✓' }).click();
    // The notification's message (newlines become spaces in a toast); the toast also holds a <style>.
    const toast = page.locator('.notification-toast', { has: page.locator('.notification-list-item-message', { hasText: 'invitelint elements:' }) });
    await until('the elements notification', () => toast.waitFor({ timeout: WAIT_MS }));
    await toast.hover(); // keeps the toast from hiding itself and shows its buttons
    const message = (await toast.locator('.notification-list-item-message').textContent())?.replace(/\u00a0/g, ' ') ?? '';
    expect(message).toContain('context: «We met at the Lagos fintech meetup');
    expect(message).toContain('invitation: none found');
    expect(message).toContain('next action: «Coffee next week?»');
    expect(message).toContain('relationship: acquaintance (given in the frontmatter)');
    // Expanded, the whole message wraps inside the toast; shot once it has faded in.
    await toast.locator('.codicon-notifications-expand').click();
    await until('the expanded notification', () => toast.locator('.codicon-notifications-collapse').waitFor({ timeout: WAIT_MS }));
    await until('the notification to finish fading in', () => page.locator('.notification-toast.notification-fade-in-done').first().waitFor({ timeout: WAIT_MS }));
    await shot('lens-clicked');
    await toast.locator('.codicon-notifications-clear').click();
    await until('the notification to close', () => toast.waitFor({ state: 'detached', timeout: WAIT_MS }));
  });

  it('inserts a stranger draft from the invite-stranger snippet', async (ctx) => {
    step(ctx);
    // Opened from the explorer once its file watcher shows it (Quick Open may answer from a file list cached before).
    await writeFile(join(workspace, NEW_DRAFT), '');
    const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: NEW_DRAFT }).first();
    await until('the explorer to list the new draft', () => row.waitFor({ timeout: WAIT_MS }));
    await row.dblclick();
    await until('the new draft in the active tab', () => page.locator('.tab.active', { hasText: NEW_DRAFT }).waitFor({ timeout: WAIT_MS }));
    // Keys typed before the editor has focus go elsewhere: wait for the focused editor to show the empty draft.
    await until('the empty new draft focused in the editor', () => page.waitForFunction(() => {
      const focused = [...document.querySelectorAll('.part.editor .monaco-editor.focused .view-lines')];
      return focused.length === 1 && (focused[0].textContent ?? '') === '';
    }, undefined, { timeout: WAIT_MS }));

    await page.keyboard.type('invite-stranger');
    await editorContains('the snippet prefix in the editor', 'invite-stranger');
    await page.keyboard.press('Control+Space');
    const suggestion = page.locator('.suggest-widget .monaco-list-row.focused');
    await until('the snippet in the suggestions', () => suggestion.filter({ hasText: 'invite-stranger' }).waitFor({ timeout: WAIT_MS }));
    expect(await suggestion.textContent()).toContain('Invitation to a stranger');
    await shot('snippet-suggested');
    await page.keyboard.press('Enter');
    await editorContains('the snippet in the editor', 'relationship: stranger');
    // The first lines (later ones may wrap, which splits them in the view).
    expect((await editorText()).split('\n').slice(0, 5)).toEqual(['---', 'to: Full Name', 'relationship: stranger', '---', 'Hi [first name],']);
    await lensIs('the lens of the new stranger draft', /^stranger \(given\) · reason ✗ · invitation ✗ · next action ✗ · \d+\/300$/);
    await until('a placeholder squiggle in the new draft', () => squiggles('error').first().waitFor({ timeout: WAIT_MS }));
    await shot('snippet-inserted');
  });

  it('offers the snippets in drafts only: none in a plain Markdown file', async (ctx) => {
    step(ctx);
    await openFile('notes.md');
    await goTo(3, 1);
    await page.keyboard.type('invite-str');
    await page.keyboard.press('Control+Space');
    // The suggestions come once every provider answered (Markdown's own offers "strikethrough").
    await until('the suggestions in notes.md', () => page.locator('.suggest-widget .monaco-list-row:visible, .suggest-widget .message:visible').first().waitFor({ timeout: WAIT_MS }));
    const offered = await page.locator('.suggest-widget .monaco-list-row').allTextContents();
    expect(offered.filter((row) => row.includes('invite-')), `suggestions: ${offered.join(' | ')}`).toEqual([]);
    await shot('no-snippets-in-markdown');
    await page.keyboard.press('Escape');
  });

  it('accepts .invitelintrc.json with a comment, as JSON with comments, and completes rule ids from the schema', async (ctx) => {
    step(ctx);
    await openFile(CONFIG);
    await until('the language "JSON with Comments" in the status bar', () => page.locator('.statusbar-item', { hasText: 'JSON with Comments' }).first().waitFor({ timeout: WAIT_MS }));
    await goTo(4, 1);
    await page.keyboard.type('    "');
    // The JSON language server starts with the first JSON file: ask again until it answers from the schema.
    const rows = page.locator('.suggest-widget .monaco-list-row');
    const deadline = Date.now() + WAIT_MS;
    while (Date.now() < deadline && (await rows.filter({ hasText: 'no-context' }).count()) === 0) {
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+Space');
      await rows.filter({ hasText: 'no-context' }).first().waitFor({ timeout: 2000 }).catch(() => undefined);
    }
    await until('rule ids from the schema in the suggestions', () => rows.filter({ hasText: 'no-context' }).first().waitFor({ timeout: 1000 }));
    const suggested = (await rows.allTextContents()).join('\n');
    for (const id of ['no-next-action', 'placeholder', 'too-long']) expect(suggested).toContain(id);
    await shot('config-completion');
    await page.keyboard.press('Escape');
    await runCommand('File: Revert File');
    await until('the config tab to be clean', () => page.locator('.tab.active.dirty').waitFor({ state: 'detached', timeout: WAIT_MS }));
    // Validated again as it is on disk, comment and all: nothing for this file in Problems (the
    // half-typed key's "Colon expected" goes, and no "Comments are not permitted in JSON" comes).
    await page.keyboard.press('Control+Shift+M');
    const configRows = () => page.locator('.markers-panel .monaco-list-row').allTextContents().then((rows) => rows.filter((row) => /invitelintrc|comments are not permitted|colon expected/i.test(row)));
    const deadline2 = Date.now() + WAIT_MS;
    while (Date.now() < deadline2 && (await configRows()).length > 0) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await configRows()).toEqual([]);
    await shot('config-accepted');
  });

  it('creates a config file ("invitelint: Create a config file")', async (ctx) => {
    step(ctx);
    await unlink(join(workspace, CONFIG));
    await runCommand('invitelint: Create a config file');
    const deadline = Date.now() + WAIT_MS;
    let written = '';
    while (Date.now() < deadline && written !== CONFIG_TEMPLATE) {
      written = await readFile(join(workspace, CONFIG), 'utf8').catch(() => '');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(written).toBe(CONFIG_TEMPLATE);
    await until('the new config in the active tab', () => page.locator('.tab.active', { hasText: CONFIG }).waitFor({ timeout: WAIT_MS }));
    await editorContains('the template in the editor', "invitelint's configuration");
    await shot('config-created');
  });

  it('lints every draft, open or not ("invitelint: Lint all drafts in the workspace")', async (ctx) => {
    step(ctx);
    expect((await problemRows()).some((row) => row.includes('placeholder') && row.includes('{event}'))).toBe(false);
    await runCommand('invitelint: Lint all drafts in the workspace');
    const toast = page.locator('.notification-toast', { hasText: 'invitelint: linted' });
    await until('the workspace lint notification', () => toast.waitFor({ timeout: WAIT_MS }));
    expect(await toast.textContent()).toMatch(/invitelint: linted 3 drafts: \d+ problems? in \d+ drafts?/);
    await page.keyboard.press('Control+Shift+M');
    const deadline = Date.now() + WAIT_MS;
    let rows = await problemRows();
    while (Date.now() < deadline && !rows.some((row) => row.startsWith('5:48 placeholder'))) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      rows = await problemRows();
    }
    // drafts/jonas.invite.md was never opened: its slot is listed all the same.
    expect(rows, 'the Problems panel').toContainEqual(expect.stringMatching(/^5:48 placeholder Unfilled placeholder "\{event\}"/));
    expect((await page.locator('.markers-panel .monaco-list-row').allTextContents()).some((row) => row.includes('jonas.invite.md'))).toBe(true);
    await shot('workspace-linted');
  });

  it('copies the note for LinkedIn: the body without frontmatter and comments, and says its length', async (ctx) => {
    step(ctx);
    await openFile(DRAFT);
    await page.keyboard.press('Control+S');
    await until('the tab to be clean', () => page.locator('.tab.active.dirty').waitFor({ state: 'detached', timeout: WAIT_MS }));
    const onDisk = await readFile(join(workspace, DRAFT), 'utf8');
    const expected = noteText(parseDraft(onDisk));
    await runCommand('invitelint: Copy note for LinkedIn');
    const toast = page.locator('.notification-toast', { hasText: 'copied the note' });
    await until('the copy notification', () => toast.waitFor({ timeout: WAIT_MS }));
    expect(await toast.textContent()).toContain(`invitelint: copied the note for LinkedIn (${expected.length}/300 characters).`);
    const clipboard = await page.evaluate(() => (globalThis as unknown as { navigator: { clipboard: { readText(): Promise<string> } } }).navigator.clipboard.readText());
    expect(clipboard).toBe(expected.text);
    expect(clipboard.startsWith('Hi Hannah,')).toBe(true);
    expect(clipboard).not.toContain('---');
    await shot('note-copied');
  });
});
