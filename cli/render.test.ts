// Process tests of `invitelint render`: the built CLI on generated templates and CSV files.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli, runCli } from '../test/support/cli-process.js';


const cli = runCli;

const TEMPLATE = `---
template: true
relationship: acquaintance # we met once
---
Hi {FirstName},

It was great to meet you at {{event}} in March, and your point about {topic} stuck with me. We should be connected.

Coffee when you are next in Lisbon?

- Sam
`;
const CSV = 'name,First Name,event,topic\nHannah Okafor,Hannah,the Lisbon summit,pricing pages\n"José Núñez",José,PyCon,"typing, gradually"\n';

let tmp: string;
let n = 0;
/** A fresh folder with the template and a CSV. */
function workspace(csv = CSV, template = TEMPLATE): string {
  const dir = join(tmp, `w${++n}`);
  mkdirSync(dir);
  writeFileSync(join(dir, 'intro.invite.md'), template);
  writeFileSync(join(dir, 'people.csv'), csv);
  return dir;
}

/** A data problem: one line on stderr naming it, exit 2, no report, and nothing written. */
function expectNothingWritten(dir: string, run: ReturnType<typeof cli>, message: string): void {
  expect(run.stderr).toBe(`invitelint: ${message}\n`);
  expect(run.stdout).toBe('');
  expect(run.status).toBe(2);
  expect(existsSync(join(dir, 'out'))).toBe(false);
  expect(readdirSync(dir).sort()).toEqual(['intro.invite.md', 'people.csv']);
}

beforeAll(() => {
  buildCli();
  tmp = mkdtempSync(join(tmpdir(), 'invitelint-render-'));
}, 120_000);
afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('invitelint render', () => {
  it('writes one draft per row with the merge fields filled and to: set, each linted', () => {
    const dir = workspace();
    const run = cli(['render', 'intro.invite.md', '--data', 'people.csv', '--out', 'out', '--format', 'json'], dir);
    expect(run.stderr).toBe('invitelint: wrote 2 drafts into out\n');
    expect(run.status).toBe(0);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['hannah-okafor.invite.md', 'jose-nunez.invite.md']);
    expect(readFileSync(join(dir, 'out', 'jose-nunez.invite.md'), 'utf8')).toBe(`---
relationship: acquaintance # we met once
to: José Núñez
---
Hi José,

It was great to meet you at PyCon in March, and your point about typing, gradually stuck with me. We should be connected.

Coffee when you are next in Lisbon?

- Sam
`);
    const report = JSON.parse(run.stdout) as Array<{ filePath: string; messages: unknown[] }>;
    expect(report.map((r) => r.filePath)).toEqual([join(dir, 'out', 'hannah-okafor.invite.md'), join(dir, 'out', 'jose-nunez.invite.md')]);
    expect(report.flatMap((r) => r.messages)).toEqual([]);
    // The written drafts lint clean on their own too.
    expect(cli(['out'], dir).status).toBe(0);
  });

  it('adds frontmatter to a template without any, keeps CRLF, and takes to: from first and last name columns', () => {
    const dir = workspace('first_name,last_name\nAoife,Brennan\n', 'Hi {first name},\r\n\r\nGreat to see you at the Cork meetup yesterday! Coffee next week?\r\n');
    const run = cli(['render', 'intro.invite.md', '--data', 'people.csv', '--out', 'out'], dir);
    expect(run.status).toBe(0);
    expect(readFileSync(join(dir, 'out', 'aoife-brennan.invite.md'), 'utf8')).toBe('---\r\nto: Aoife Brennan\r\n---\r\nHi Aoife,\r\n\r\nGreat to see you at the Cork meetup yesterday! Coffee next week?\r\n');
  });

  it('lints each real fill: a long name makes one draft too long (exit 1), and it is still written', () => {
    const long = `Hi {FirstName}, ${'great talk at the summit yesterday, '.repeat(7)}coffee next week?\n`;
    const dir = workspace(`name,firstname\nAl Bo,Al\n${'Maximilian-Alexander'.repeat(3)} X,${'Maximilian-Alexander'.repeat(3)}\n`, long);
    const run = cli(['render', 'intro.invite.md', '--data', 'people.csv', '--out', 'out', '--format', 'json'], dir);
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string }> }>;
    expect(report.map((r) => r.messages.map((m) => m.ruleId))).toEqual([[], ['too-long']]);
    expect(readdirSync(join(dir, 'out'))).toHaveLength(2);
  });

  it('--dry-run lints without writing', () => {
    const dir = workspace();
    const run = cli(['render', 'intro.invite.md', '--data', 'people.csv', '--out', 'out', '--dry-run'], dir);
    expect(run.stderr).toBe('invitelint: would write 2 drafts to out (dry run: nothing written)\n');
    expect(run.status).toBe(0);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('a merge field with no column: one line naming the field, exit 2, nothing written', () => {
    const dir = workspace('name,first name,event\nHannah Okafor,Hannah,PyCon\n');
    expectNothingWritten(dir, cli(['render', 'intro.invite.md', '--data', 'people.csv', '--out', 'out'], dir), 'people.csv: row 1: no column for merge field {topic} in intro.invite.md (columns: name, first name, event)');
  });

  it('an empty cell: one line naming the row and the field, exit 2, nothing written (not even the good rows)', () => {
    const dir = workspace(`${CSV}Ines Moreau,Ines,,invoicing\n`);
    expectNothingWritten(dir, cli(['render', 'intro.invite.md', '--data', 'people.csv', '--out', 'out'], dir), 'people.csv: row 4: empty cell in column "event" for merge field {{event}}');
  });

  it('a malformed CSV: one line naming the row, exit 2, nothing written', () => {
    const unclosed = workspace('name,first name,event,topic\nHannah Okafor,Hannah,"PyCon,pricing\n');
    expectNothingWritten(unclosed, cli(['render', 'intro.invite.md', '--data', 'people.csv', '--out', 'out'], unclosed), 'people.csv: row 2: malformed CSV: a quoted cell is never closed');
    const short = workspace(`${CSV}Ines Moreau,Ines,PyCon\n`);
    expectNothingWritten(short, cli(['render', 'intro.invite.md', '--data', 'people.csv', '--out', 'out'], short), 'people.csv: row 4: malformed CSV: 3 cells where the header has 4');
    const quote = workspace('name,first name,event,topic\nHan"nah,Hannah,PyCon,x\n');
    expectNothingWritten(quote, cli(['render', 'intro.invite.md', '--data', 'people.csv', '--out', 'out'], quote), 'people.csv: row 2, cell 1: malformed CSV: a quote inside an unquoted cell (quote the whole cell and double the quote)');
  });

  it('no name column, a line break in a cell, or duplicate columns: one line each', () => {
    const noName = workspace('who,first name,event,topic\nHannah Okafor,Hannah,PyCon,x\n');
    expectNothingWritten(noName, cli(['render', 'intro.invite.md', '--data', 'people.csv', '--out', 'out'], noName), `people.csv: row 1: no column for the recipient's name (to:): add a "name" column or pass --to-column (columns: who, first name, event, topic)`);
    const withTo = cli(['render', 'intro.invite.md', '--data', 'people.csv', '--out', 'out', '--to-column', 'who', '--dry-run'], noName);
    expect(withTo.status).toBe(0);
    const broken = workspace('name,first name,event,topic\nHannah Okafor,Hannah,"Py\nCon",x\n');
    expectNothingWritten(broken, cli(['render', 'intro.invite.md', '--data', 'people.csv', '--out', 'out'], broken), 'people.csv: row 2: the cell in column "event" has a line break; a merge field fills one line');
    const twins = workspace('name,First Name,first_name,event,topic\nA B,A,A,x,y\n');
    expectNothingWritten(twins, cli(['render', 'intro.invite.md', '--data', 'people.csv', '--out', 'out'], twins), 'people.csv: row 1: columns "First Name" and "first_name" have the same name');
  });

  it('never replaces an existing draft without --force, and writes nothing then', () => {
    const dir = workspace();
    mkdirSync(join(dir, 'out'));
    writeFileSync(join(dir, 'out', 'jose-nunez.invite.md'), 'my own edits\n');
    const run = cli(['render', 'intro.invite.md', '--data', 'people.csv', '--out', 'out'], dir);
    expect(run.stderr).toBe('invitelint: out/jose-nunez.invite.md already exists; nothing written (pass --force to replace drafts)\n');
    expect(run.status).toBe(2);
    expect(readdirSync(join(dir, 'out'))).toEqual(['jose-nunez.invite.md']);
    expect(readFileSync(join(dir, 'out', 'jose-nunez.invite.md'), 'utf8')).toBe('my own edits\n');
    expect(cli(['render', 'intro.invite.md', '--data', 'people.csv', '--out', 'out', '--force'], dir).status).toBe(0);
    expect(readFileSync(join(dir, 'out', 'jose-nunez.invite.md'), 'utf8')).toContain('to: José Núñez');
  });

  it('refuses a CSV that is not a regular file, too large, or not UTF-8', () => {
    const dir = workspace();
    mkdirSync(join(dir, 'folder.csv'));
    expect(cli(['render', 'intro.invite.md', '--data', 'folder.csv', '--out', 'out'], dir).stderr).toBe('invitelint: folder.csv: not a regular file\n');
    writeFileSync(join(dir, 'big.csv'), `name\n${'x'.repeat(4 * 1024 * 1024)}\n`);
    expect(cli(['render', 'intro.invite.md', '--data', 'big.csv', '--out', 'out'], dir).stderr).toBe('invitelint: big.csv: too large for a recipient list (4,194,310 bytes; the limit is 4,194,304)\n');
    writeFileSync(join(dir, 'latin1.csv'), Buffer.from([0x6e, 0x61, 0x6d, 0x65, 0x0a, 0x4a, 0x6f, 0x73, 0xe9, 0x0a]));
    expect(cli(['render', 'intro.invite.md', '--data', 'latin1.csv', '--out', 'out'], dir).stderr).toBe('invitelint: latin1.csv: invalid UTF-8; save the file as UTF-8\n');
    expect(cli(['render', 'intro.invite.md', '--data', 'missing.csv', '--out', 'out'], dir).stderr).toBe('invitelint: missing.csv: cannot read: no such file or directory (ENOENT)\n');
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('usage errors are one line and exit 2; --help prints the render usage', () => {
    const dir = workspace();
    expect(cli(['render', 'intro.invite.md', '--out', 'out'], dir)).toMatchObject({ status: 2, stderr: 'invitelint: render needs --data RECIPIENTS.csv (see invitelint render --help)\n' });
    expect(cli(['render', '--data', 'people.csv', '--out', 'out'], dir)).toMatchObject({ status: 2, stderr: 'invitelint: render needs a template (see invitelint render --help)\n' });
    expect(cli(['render', 'intro.invite.md', '--data', 'people.csv', '--out', 'out', '--bogus'], dir).stderr).toMatch(/^invitelint: Unknown option '--bogus' \(see invitelint render --help\)\n$/);
    const help = cli(['render', '--help'], dir);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: invitelint render TEMPLATE --data RECIPIENTS\.csv --out DIR/);
  });
});
