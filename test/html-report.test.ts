// The HTML report (`--format html`) as a reviewer gets it: valid HTML (html-validate), opened
// in headless Chromium without any request leaving the page, a screenshot that is not blank,
// and element marks that are exactly the JSON `elements` ranges. The screenshot goes to
// test-results/html-report/; with INVITELINT_UPDATE_DOCS_IMAGES=1 also to docs/images/ for the README.
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { HtmlValidate } from 'html-validate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../scripts/lib/code-server.mjs';

// What the functions run in the browser use (tsconfig has no DOM lib).
interface PageElement { dataset: Record<string, string>; textContent: string | null; querySelectorAll(selector: string): PageElement[]; getBoundingClientRect(): { width: number; height: number } }
declare const document: { querySelectorAll(selector: string): PageElement[]; createElement(tag: 'canvas'): Canvas };
declare const getComputedStyle: (element: PageElement) => { backgroundColor: string };
declare const Image: new () => { src: string; onload: () => void; onerror: () => void; width: number; height: number };
interface Canvas { width: number; height: number; getContext(kind: '2d'): { drawImage(image: unknown, x: number, y: number): void; getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray } } }

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const BIN = join(ROOT, 'bin', 'invitelint.js');
const SHOTS = join(ROOT, 'test-results', 'html-report');
const DOCS_IMAGE = process.env.INVITELINT_UPDATE_DOCS_IMAGES === '1' ? join(ROOT, 'docs', 'images', 'html-report.png') : undefined;
const SHARED = 'Your write-up on lakehouse costs for small analytics teams changed how we budget our pipelines.';

interface ElementsJson {
  relationship: { value: string };
  context: { matches: Array<{ kind: string; sentence: { line: number; column: number; endLine: number; endColumn: number } }> };
  invitation: ElementsJson['context'];
  nextAction: ElementsJson['context'];
}
interface JsonResult { filePath: string; messages: Array<{ ruleId: string }>; elements: ElementsJson }

let dir: string;
let html: string;
let json: JsonResult[];
let chromium: Awaited<ReturnType<typeof launchChromium>> | undefined;
let page: Page;
const requests: string[] = [];

beforeAll(async () => {
  const build = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: ROOT, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`build failed: ${build.stderr}`);
  dir = mkdtempSync(join(tmpdir(), 'invitelint-html-'));
  // The samples (each relationship, errors and warnings) and three drafts sharing a sentence.
  cpSync(join(ROOT, 'fixtures', 'samples'), join(dir, 'drafts'), { recursive: true });
  ['Maya', 'Omar', 'Priya'].forEach((name, i) => {
    writeFileSync(join(dir, 'drafts', `0-outreach-${i + 1}.invite.md`), `---\nto: ${name} Lindqvist\nrelationship: stranger\n---\nHi ${name},\n\n${SHARED} We're hiring for a data platform lead. Could we talk on Friday?\n\n- Sam\n`);
  });
  const run = (format: string) => spawnSync(process.execPath, [BIN, '--format', format, 'drafts'], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  const page1 = run('html');
  expect(page1.stderr).toBe('');
  html = page1.stdout;
  json = JSON.parse(run('json').stdout);
  writeFileSync(join(dir, 'report.html'), html);
  chromium = await launchChromium({ viewport: { width: 1100, height: 1300 } });
  page = chromium.page;
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(pathToFileURL(join(dir, 'report.html')).href);
}, 120_000);

afterAll(async () => {
  await chromium?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('--format html', () => {
  it('is valid HTML (html-validate, recommended rules) and self-contained', async () => {
    const report = await new HtmlValidate({ extends: ['html-validate:recommended'] }).validateString(html, 'report.html');
    expect(report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`))).toEqual([]);
    expect(report.valid).toBe(true);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\ssrc=|url\(/i);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    // Opening it fetched nothing but the page itself.
    expect(requests.filter((url) => !url.endsWith('/report.html'))).toEqual([]);
  });

  it('shows counts per rule and per relationship that agree with the JSON report', async () => {
    const rows = async (caption: string) =>
      page.evaluate((c) => [...document.querySelectorAll('table')].filter((t) => t.querySelectorAll('caption')[0]?.textContent === c).flatMap((t) => [...t.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent))), caption);
    const perRule = new Map<string, number>();
    for (const r of json) for (const id of new Set(r.messages.map((m) => m.ruleId))) perRule.set(id, (perRule.get(id) ?? 0) + 1);
    expect((await rows('Drafts per rule')).map(([id, drafts]) => [id, Number(drafts)])).toEqual([...perRule].sort(([a], [b]) => a.localeCompare(b)));
    expect(perRule.get('reused-text')).toBe(3);
    const perRelationship = new Map<string, number>();
    for (const r of json) perRelationship.set(r.elements.relationship.value, (perRelationship.get(r.elements.relationship.value) ?? 0) + 1);
    expect(Object.fromEntries((await rows('Drafts per relationship')).map(([r, n]) => [r, Number(n)]))).toEqual(Object.fromEntries(perRelationship));
  });

  it("marks exactly the sentences of the JSON elements, by element, in distinct colours with a legend", async () => {
    const marks = await page.evaluate(() =>
      [...document.querySelectorAll('article')].map((article) => ({ file: article.dataset.file, marks: [...article.querySelectorAll('mark')].map((m) => `${m.dataset.element} ${m.dataset.range}`).sort() })),
    );
    const expected = json.map((r) => ({
      file: r.filePath.slice(dir.length + 1),
      marks: [...new Set((['context', 'invitation', 'nextAction'] as const).flatMap((key) => r.elements[key].matches.map((m) => `${key} ${m.sentence.line}:${m.sentence.column}-${m.sentence.endLine}:${m.sentence.endColumn}`)))].sort(),
    }));
    expect(marks).toEqual(expected);
    expect(expected.flatMap((e) => e.marks).length).toBeGreaterThan(10);
    // The marked text is the sentence the JSON names.
    const stranger = json.find((r) => r.filePath.endsWith('stranger.invite.md'))!;
    const lines = readFileSync(stranger.filePath, 'utf8').split('\n');
    const first = stranger.elements.context.matches[0].sentence;
    const markText = await page.evaluate((range) => [...document.querySelectorAll('article[data-file="drafts/stranger.invite.md"] mark')].find((m) => m.dataset.range === range)?.textContent, `${first.line}:${first.column}-${first.endLine}:${first.endColumn}`);
    expect(markText).toBe(lines[first.line - 1].slice(first.column - 1, first.endLine === first.line ? first.endColumn - 1 : undefined));

    const colours = await page.evaluate(() => ['context', 'invitation', 'nextAction'].map((key) => [...document.querySelectorAll(`.legend mark.el-${key}`), ...document.querySelectorAll(`article mark.el-${key}`)].map((m) => getComputedStyle(m).backgroundColor)));
    for (const list of colours) expect(new Set(list).size, 'one colour per element').toBe(1);
    expect(new Set(colours.map((list) => list[0])).size).toBe(3);
  });

  it('lists each finding with its docs link and the other drafts of an across finding, and a length bar per draft', async () => {
    const findings = await page.evaluate(() => [...document.querySelectorAll('ol.findings li')].map((li) => ({ rule: li.dataset.rule, links: [...li.querySelectorAll('a')].map((a) => a.textContent) })));
    expect(findings).toHaveLength(json.reduce((n, r) => n + r.messages.length, 0));
    for (const f of findings) expect(f.links[0]).toBe(f.rule);
    const reused = findings.find((f) => f.rule === 'reused-text')!;
    expect(reused.links.slice(1).map((l) => l!.replace(/:\d+:\d+$/, ''))).toEqual(['drafts/0-outreach-2.invite.md', 'drafts/0-outreach-3.invite.md']);
    expect(html).toContain('https://github.com/invitelint/invitelint/blob/main/docs/rules/reused-text.md');
    const bars = await page.evaluate(() => [...document.querySelectorAll('svg.bar')].map((svg) => svg.getBoundingClientRect().width));
    expect(bars).toHaveLength(json.length);
    for (const width of bars) expect(width).toBeGreaterThan(50);
  });

  it('renders in Chromium to a screenshot that is not blank', async () => {
    mkdirSync(SHOTS, { recursive: true });
    const file = join(SHOTS, 'html-report.png');
    const png = await page.screenshot({ path: file });
    if (DOCS_IMAGE) copyFileSync(file, DOCS_IMAGE);
    // Decode the PNG in a blank page of the browser (the report's CSP forbids images) and look at its pixels.
    const blank = await chromium!.browser.newPage();
    const pixels = await blank.evaluate(async (data) => {
      const image = new Image();
      await new Promise<void>((resolve, reject) => {
        image.onload = () => resolve();
        image.onerror = () => reject(new Error('the screenshot does not decode'));
        image.src = `data:image/png;base64,${data}`;
      });
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d');
      context.drawImage(image, 0, 0);
      const { data: rgba } = context.getImageData(0, 0, image.width, image.height);
      const colours = new Set<number>();
      let background = 0;
      for (let i = 0; i < rgba.length; i += 4) {
        colours.add(((rgba[i] >> 3) << 10) | ((rgba[i + 1] >> 3) << 5) | (rgba[i + 2] >> 3));
        if (rgba[i] > 240 && rgba[i + 1] > 240 && rgba[i + 2] > 240) background++;
      }
      return { width: image.width, height: image.height, colours: colours.size, inked: 1 - background / (rgba.length / 4) };
    }, png.toString('base64'));
    await blank.close();
    expect(pixels.width).toBe(1100);
    expect(pixels.colours).toBeGreaterThan(50);
    expect(pixels.inked).toBeGreaterThan(0.05);
  });
});
