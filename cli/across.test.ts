// Process tests of the across rules: the built CLI on generated folders, as users run it.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Log } from 'sarif';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli, runCli } from '../test/support/cli-process.js';


const cli = runCli;

interface JsonMessage {
  ruleId: string;
  severity: number;
  message: string;
  line: number;
  column: number;
  relatedLocations?: Array<{ filePath: string; line: number; column: number; endLine: number; endColumn: number }>;
}
const json = (stdout: string) => JSON.parse(stdout) as Array<{ filePath: string; messages: JsonMessage[]; warningCount: number; errorCount: number }>;

const FIRSTS = ['Anna', 'Ben', 'Chiara', 'Dan', 'Emeka', 'Fatima', 'Gus', 'Hannah'];
const OWN = ['Coffee next week?', 'Could we talk on Friday?', 'Lunch soon?', 'A call on Monday?', 'Tea this week?', 'Drinks after the demo?', 'A walk at lunch?', 'Breakfast Thursday?'];
const SHARED = 'I came across your profile and was really impressed by your background in data engineering.';
const ELSE = [
  'Your talk on rural broadband at the Cork meetup changed how our team plans its rollouts.',
  'Thanks for the tip about the Lisbon climate hackathon; the judging notes were gold.',
  'We worked together at Northwind on the supply-chain forecasting project in 2019.',
  'I read your article on letterpress restoration and have been thinking about it since.',
  'Great to see you at the founders breakfast on Tuesday and hear about the new studio.',
];

/** Writes drafts `name -> sentence` (each with its own greeting, recipient and next action) into a new folder. */
function folder(tmp: string, name: string, sentences: string[], extra: (i: number) => string = () => ''): string {
  const dir = join(tmp, name);
  mkdirSync(dir, { recursive: true });
  sentences.forEach((sentence, i) => {
    writeFileSync(join(dir, `d${i}.invite.md`), `---\nto: ${FIRSTS[i]} Example${i}\n${extra(i)}---\nHi ${FIRSTS[i]},\n\n${sentence} ${OWN[i]}\n\n- Sam\n`);
  });
  return dir;
}

let tmp: string;
beforeAll(() => {
  buildCli();
  tmp = mkdtempSync(join(tmpdir(), 'invitelint-across-'));
}, 120_000);
afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('reused-text in the CLI', () => {
  it('reports a sentence shared by 3 of 5 drafts on those 3, naming the other two, in every format', () => {
    const dir = folder(tmp, 'three-of-five', [SHARED, ELSE[0], SHARED, ELSE[1], SHARED]);
    const stylish = cli(['--no-color', dir], tmp);
    expect(stylish.stderr).toBe('');
    expect(stylish.status).toBe(0); // warnings only
    const lines = stylish.stdout.split('\n').filter((line) => line.includes('reused-text'));
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^\s+6:1\s+warning\s+This sentence is also in 2 other drafts \(three-of-five\/d2\.invite\.md and three-of-five\/d4\.invite\.md\), word for word or nearly/);

    const results = json(cli(['--format', 'json', dir], tmp).stdout);
    const reported = results.filter((r) => r.messages.some((m) => m.ruleId === 'reused-text'));
    expect(reported.map((r) => r.filePath)).toEqual([0, 2, 4].map((i) => join(dir, `d${i}.invite.md`)));
    const first = reported[0].messages.find((m) => m.ruleId === 'reused-text')!;
    expect(first).toMatchObject({ line: 6, column: 1, severity: 1 });
    expect(first.relatedLocations).toEqual([2, 4].map((i) => ({ filePath: join(dir, `d${i}.invite.md`), line: 6, column: 1, endLine: 6, endColumn: SHARED.length + 1 })));
    expect(reported[0].warningCount).toBe(reported[0].messages.length);

    const sarif = JSON.parse(cli(['--format', 'sarif', dir], tmp).stdout) as Log;
    const sarifResults = sarif.runs[0].results!.filter((r) => r.ruleId === 'reused-text');
    expect(sarifResults).toHaveLength(3);
    expect(sarifResults[0].relatedLocations!.map((l) => l.physicalLocation!.artifactLocation!.uri)).toEqual(['three-of-five/d2.invite.md', 'three-of-five/d4.invite.md']);
    expect(sarifResults[0].relatedLocations![0].physicalLocation!.region).toEqual({ startLine: 6, startColumn: 1, endLine: 6, endColumn: SHARED.length + 1 });
    expect(sarif.runs[0].tool.driver.rules!.map((r) => r.id)).toContain('reused-text');

    const github = cli(['--format', 'github', dir], tmp).stdout;
    expect(github).toContain('::warning file=three-of-five/d0.invite.md,line=6,col=1');
  });

  it('does not report a sentence in only 2 drafts by default; minDrafts 2 in config does', () => {
    const dir = folder(tmp, 'two', [SHARED, ELSE[0], SHARED, ELSE[1]]);
    expect(cli(['--format', 'json', dir], tmp).stdout).not.toContain('reused-text');
    writeFileSync(join(dir, '.invitelintrc.json'), '{ "rules": { "reused-text": ["warning", { "minDrafts": 2 }] } }');
    const results = json(cli(['--format', 'json', dir], tmp).stdout);
    expect(results.filter((r) => r.messages.some((m) => m.ruleId === 'reused-text')).map((r) => r.filePath)).toEqual([join(dir, 'd0.invite.md'), join(dir, 'd2.invite.md')]);
  });

  it('finds near-copies with a changed name or date', () => {
    const names = folder(tmp, 'names', ['Maria Lopez', 'Kwame Mensah', 'Yuki Tanaka', 'Ola Nordmann'].map((n) => `${n} suggested I reach out to you about the data platform role on our team in Lisbon.`));
    expect(json(cli(['--format', 'json', names], tmp).stdout).map((r) => r.messages.filter((m) => m.ruleId === 'reused-text').length)).toEqual([1, 1, 1, 1]);
    const dates = folder(tmp, 'dates', ['on 3 March', 'last Tuesday', 'on 12 April 2025', ELSE[2]].map((d, i) => (i < 3 ? `It was great meeting you at the product summit ${d} and hearing about your roadmap work.` : d)));
    expect(json(cli(['--format', 'json', dates], tmp).stdout).map((r) => r.messages.filter((m) => m.ruleId === 'reused-text').length)).toEqual([1, 1, 1, 0]);
  });

  it('compares every file of one run, across folders and globs, and never standard input', () => {
    const a = folder(tmp, 'run-a', [SHARED, ELSE[0]]);
    const b = folder(tmp, 'run-b', [ELSE[1], SHARED]);
    const results = json(cli(['--format', 'json', a, join(b, '*.invite.md')], tmp).stdout);
    expect(results.filter((r) => r.messages.some((m) => m.ruleId === 'reused-text'))).toHaveLength(0); // 2 copies
    const c = folder(tmp, 'run-c', [SHARED]);
    const three = json(cli(['--format', 'json', a, b, c], tmp).stdout);
    expect(three.filter((r) => r.messages.some((m) => m.ruleId === 'reused-text'))).toHaveLength(3);
    const stdin = cli(['--stdin', '--format', 'json'], tmp, `Hi Ana,\n\n${SHARED}\n`);
    expect(stdin.stdout).not.toContain('reused-text');
  });

  it('leaves out templates (frontmatter or a templates glob) and counts the rest in --max-warnings and --quiet', () => {
    const dir = folder(tmp, 'templates', [SHARED, SHARED, SHARED, ELSE[3]], (i) => (i === 0 ? 'template: true\n' : ''));
    expect(cli(['--format', 'json', dir], tmp).stdout).not.toContain('reused-text');
    mkdirSync(join(dir, 'tpl'));
    writeFileSync(join(dir, 'tpl', 'intro.invite.md'), `Hi {FirstName},\n\n${SHARED} Coffee soon?\n`);
    writeFileSync(join(dir, '.invitelintrc.json'), '{ "templates": ["tpl/**"] }');
    const results = json(cli(['--format', 'json', dir], tmp).stdout);
    expect(results.flatMap((r) => r.messages.map((m) => m.ruleId))).not.toContain('reused-text');
    expect(results.find((r) => r.filePath.endsWith('intro.invite.md'))!.messages.map((m) => m.ruleId)).not.toContain('placeholder');

    writeFileSync(join(dir, '.invitelintrc.json'), '{}');
    rmSync(join(dir, 'tpl'), { recursive: true });
    const run = cli(['--max-warnings', '0', '--quiet', dir], tmp);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^invitelint: too many warnings \(\d+; maximum: 0\)\n$/);
    expect(run.status).toBe(1);
  });
});

describe('duplicate-recipient in the CLI', () => {
  it('tells each draft to the same person (ignoring case and diacritics) of the others, as info', () => {
    const dir = join(tmp, 'recipients');
    mkdirSync(dir);
    const draft = (to: string, sentence: string) => `---\nto: ${to}\n---\nHi ${to.split(' ')[0]},\n\n${sentence} Coffee next week?\n`;
    writeFileSync(join(dir, 'jose.invite.md'), draft('José Núñez', ELSE[0]));
    writeFileSync(join(dir, 'jose-2.invite.md'), draft('jose nunez', ELSE[1]));
    writeFileSync(join(dir, 'other.invite.md'), draft('Hannah Okafor', ELSE[2]));
    const results = json(cli(['--format', 'json', dir], tmp).stdout);
    const found = results.map((r) => [r.filePath.slice(dir.length + 1), r.messages.filter((m) => m.ruleId === 'duplicate-recipient').map((m) => `${m.line}:${m.column} ${m.message}`)]);
    expect(found).toEqual([
      ['jose-2.invite.md', ['2:5 1 other draft is also to jose nunez (recipients/jose.invite.md): send one invitation per person.']],
      ['jose.invite.md', ['2:5 1 other draft is also to José Núñez (recipients/jose-2.invite.md): send one invitation per person.']],
      ['other.invite.md', []],
    ]);
    expect(readdirSync(dir)).toHaveLength(3);
  });
});
