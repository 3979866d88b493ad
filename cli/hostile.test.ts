// Hostile input on every channel of the CLI (issue 13): special files, endless input, patterns
// that make matchers backtrack, odd file names, control characters, --fix under attack. The
// built CLI runs in a child process under a virtual-memory limit (a regression must not take the
// machine's memory with it), its peak RSS is measured, and the timeout is only a hang guard.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { expectOneLineFailure } from '../test/support/cli-failure.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SUPPORT = join(ROOT, 'test', 'support');
/** A safety net, not the measure: far above the ceiling, far below what the machine has. */
const VIRTUAL_MEMORY_LIMIT_KB = 1536 * 1024;
const PEAK_RSS_CEILING_KB = 300 * 1024;
const HANG_GUARD_MS = 25_000;
// A test runs the CLI a few times: each run has its own hang guard.
vi.setConfig({ testTimeout: 120_000 });

const isRoot = process.getuid?.() === 0;
const canDropPrivileges = isRoot && spawnSync(process.execPath, ['-e', ''], { uid: 65534, gid: 65534 }).status === 0;
const permissionsApply = process.platform !== 'win32' && (!isRoot || canDropPrivileges);
const hasMkfifo = process.platform !== 'win32' && spawnSync('mkfifo', ['--help']).status === 0;

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  /** Peak resident memory in kB; undefined when the process did not exit by itself. */
  peakKb?: number;
}

let tmp: string;
/** The built CLI and the preloads, where `nobody` can read them (the checkout may be private). */
let shared: string;

interface Options {
  cwd: string;
  input?: string | Buffer;
  /** Standard input that never ends (`yes | invitelint --stdin`). */
  endlessInput?: boolean;
  unprivileged?: boolean;
  /** Extra `--require` preloads from test/support. */
  preload?: string[];
}

function cli(args: string[], options: Options): Promise<Run> {
  const unprivileged = Boolean(options.unprivileged && isRoot);
  const peakFile = join(shared, 'peaks', `${process.pid}-${Math.random().toString(36).slice(2)}`);
  const preloads = ['peak-rss.cjs', ...(options.preload ?? [])].flatMap((name) => ['--require', join(shared, name)]);
  const env: Record<string, string | undefined> = { ...process.env, INVITELINT_TEST_PEAK_RSS_FILE: peakFile };
  for (const name of ['FORCE_COLOR', 'NO_COLOR', 'CI']) delete env[name];
  const child = spawn('/bin/sh', ['-c', `ulimit -v ${VIRTUAL_MEMORY_LIMIT_KB} && exec "$@"`, 'sh', process.execPath, ...preloads, join(shared, 'bin', 'invitelint.js'), ...args], {
    cwd: options.cwd,
    env,
    stdio: ['pipe', 'pipe', 'pipe'],
    ...(unprivileged ? { uid: 65534, gid: 65534 } : {}),
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  let stopped = false;
  child.stdin.on('error', () => (stopped = true)); // the CLI may stop reading before the input ends
  if (options.endlessInput) {
    const chunk = Buffer.alloc(64 * 1024, 'Coffee next week? ');
    const pump = () => {
      while (!stopped && child.stdin.write(chunk));
      if (!stopped) child.stdin.once('drain', pump);
    };
    pump();
  } else {
    child.stdin.end(options.input ?? '');
  }
  return new Promise((resolveRun) => {
    const guard = setTimeout(() => child.kill('SIGKILL'), HANG_GUARD_MS);
    child.on('close', (status) => {
      stopped = true;
      clearTimeout(guard);
      const peakKb = existsSync(peakFile) ? Number(readFileSync(peakFile, 'utf8')) : undefined;
      rmSync(peakFile, { force: true });
      resolveRun({ status, stdout, stderr, peakKb });
    });
  });
}

/** Ended by itself, within the memory ceiling. */
function expectBounded(run: Run): void {
  expect(run.peakKb, `the CLI did not exit by itself (stderr: ${run.stderr})`).toBeDefined();
  expect(run.peakKb!).toBeLessThan(PEAK_RSS_CEILING_KB);
}

/** Bad input: a one-line failure, in bounded time and memory. */
function expectRefused(run: Run, pattern: RegExp): void {
  expectBounded(run);
  expectOneLineFailure(run, pattern);
}

interface JsonResult {
  filePath: string;
  messages: Array<{ ruleId: string; line: number; column: number; endLine: number; endColumn: number }>;
  output?: string;
}

const MISMATCH = '---\nto: Hannah Okafor\n---\nHi Anna, great to see you at the summit yesterday. Coffee next week?\n';
const CLEAN = '---\nto: Hannah Okafor\n---\nHi Hannah, great to see you at the summit yesterday. Coffee next week?\n';

let dirCount = 0;
function folder(files: Record<string, string | Buffer> = {}): string {
  const dir = join(tmp, `case-${++dirCount}`);
  mkdirSync(dir, { recursive: true });
  chmodSync(dir, 0o777);
  // A root config, so what is above the temp folder never applies.
  writeFileSync(join(dir, '.invitelintrc.json'), '{ "root": true }');
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

function mkfifo(path: string): void {
  const made = spawnSync('mkfifo', [path]);
  if (made.status !== 0) throw new Error(`mkfifo failed: ${made.stderr}`);
}

beforeAll(() => {
  const build = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: ROOT, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`build failed: ${build.stderr}`);
  tmp = mkdtempSync(join(tmpdir(), 'invitelint-hostile-cli-'));
  chmodSync(tmp, 0o755);
  shared = join(tmp, 'shared');
  for (const sub of ['bin', 'dist', 'peaks']) mkdirSync(join(shared, sub), { recursive: true });
  copyFileSync(join(ROOT, 'bin', 'invitelint.js'), join(shared, 'bin', 'invitelint.js'));
  copyFileSync(join(ROOT, 'dist', 'cli.mjs'), join(shared, 'dist', 'cli.mjs'));
  for (const name of ['peak-rss.cjs', 'kill-before-rename.cjs']) copyFileSync(join(SUPPORT, name), join(shared, name));
  for (const path of [shared, join(shared, 'bin'), join(shared, 'dist')]) chmodSync(path, 0o755);
  chmodSync(join(shared, 'peaks'), 0o777);
}, 120_000);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('every file and stream is read bounded: one line on stderr, exit 2', () => {
  it('standard input that never ends is read up to the limit, not to the end', async () => {
    const run = await cli(['--stdin'], { cwd: folder(), endlessInput: true });
    expectRefused(run, /^invitelint: standard input: too large for a draft \(more than 1,048,576 bytes\), not linted$/m);
  });

  it('a draft that is a symlink to /dev/zero, in a walked folder', async () => {
    const dir = folder({ 'a.invite.md': CLEAN });
    symlinkSync('/dev/zero', join(dir, 'zero.invite.md'));
    expectRefused(await cli(['.'], { cwd: dir }), /^invitelint: zero\.invite\.md: cannot read: not a regular file \(a character device\)$/m);
  });

  it.skipIf(!hasMkfifo)('a draft that is a FIFO, or a symlink to one, is refused without waiting for a writer', async () => {
    const dir = folder({ 'a.invite.md': CLEAN });
    mkfifo(join(dir, 'pipe.invite.md'));
    expectRefused(await cli(['.'], { cwd: dir }), /^invitelint: pipe\.invite\.md: cannot read: not a regular file \(a FIFO \(named pipe\)\)$/m);
    const linked = folder({ 'a.invite.md': CLEAN });
    mkfifo(join(linked, 'fifo'));
    symlinkSync('fifo', join(linked, 'link.invite.md'));
    expectRefused(await cli(['.'], { cwd: linked }), /^invitelint: link\.invite\.md: cannot read: not a regular file \(a FIFO/m);
    expectRefused(await cli(['link.invite.md'], { cwd: linked }), /^invitelint: link\.invite\.md: not a regular file/m);
  });

  it('/dev/zero named on the command line', async () => {
    expectRefused(await cli(['/dev/zero'], { cwd: folder() }), /^invitelint: \/dev\/zero: not a regular file/m);
  });

  it.each(['.gitignore', '.invitelintignore'])('a %s that is /dev/zero, a FIFO, or over 1 MiB', async (name) => {
    const zero = folder({ 'a.invite.md': CLEAN });
    symlinkSync('/dev/zero', join(zero, name));
    expectRefused(await cli(['.'], { cwd: zero }), new RegExp(`^invitelint: \\${name}: cannot read ignore file: not a regular file \\(a character device\\)$`, 'm'));
    if (hasMkfifo) {
      const fifo = folder({ 'a.invite.md': CLEAN });
      mkfifo(join(fifo, name));
      expectRefused(await cli(['.'], { cwd: fifo }), new RegExp(`^invitelint: \\${name}: cannot read ignore file: not a regular file \\(a FIFO`, 'm'));
    }
    const huge = folder({ 'a.invite.md': CLEAN, [name]: Buffer.alloc(2 * 1024 * 1024, 'x.md\n') });
    expectRefused(await cli(['.'], { cwd: huge }), new RegExp(`^invitelint: \\${name}: cannot read ignore file: too large \\(2,097,152 bytes; the limit is 1,048,576\\)$`, 'm'));
  });

  it('a .invitelintrc.json that is /dev/zero or a FIFO, found beside a draft or given with --config', async () => {
    const found = folder({ 'sub/a.invite.md': CLEAN });
    symlinkSync('/dev/zero', join(found, 'sub', '.invitelintrc.json'));
    expectRefused(await cli(['sub'], { cwd: found }), /sub\/\.invitelintrc\.json: \(file\): cannot read config: not a regular file \(a character device\)$/m);
    expectRefused(await cli(['--config', '/dev/zero', '.'], { cwd: folder({ 'a.invite.md': CLEAN }) }), /^invitelint: \/dev\/zero: \(file\): cannot read config: not a regular file \(a character device\)$/m);
    if (hasMkfifo) {
      const fifo = folder({ 'sub/a.invite.md': CLEAN });
      mkfifo(join(fifo, 'sub', '.invitelintrc.json'));
      expectRefused(await cli(['sub'], { cwd: fifo }), /sub\/\.invitelintrc\.json: \(file\): cannot read config: not a regular file \(a FIFO/m);
      expectRefused(await cli(['--config', join(fifo, 'sub', '.invitelintrc.json'), 'sub'], { cwd: fifo }), /cannot read config: not a regular file \(a FIFO/m);
    }
    const huge = folder({ 'sub/a.invite.md': CLEAN, 'sub/.invitelintrc.json': `{ "root": true ${' '.repeat(2 * 1024 * 1024)}}` });
    expectRefused(await cli(['sub'], { cwd: huge }), /sub\/\.invitelintrc\.json: \(file\): cannot read config: too large \(2,097,\d+ bytes; the limit is 1,048,576\)$/m);
  });

  it('a config nested 100,000 deep is one line naming the file; a UTF-8 BOM before it is fine', async () => {
    const deep = folder({ 'a.invite.md': CLEAN });
    writeFileSync(join(deep, '.invitelintrc.json'), `{"root": true, "rules": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`);
    expectRefused(await cli(['.'], { cwd: deep }), /\/\.invitelintrc\.json:1:\d+: \(syntax\): nested deeper than 64 levels$/m);
    const bom = folder({ 'a.invite.md': MISMATCH });
    writeFileSync(join(bom, '.invitelintrc.json'), '\uFEFF{ "root": true, "rules": { "name-mismatch": "off" } }');
    expect(await cli(['.'], { cwd: bom })).toMatchObject({ status: 0, stdout: '', stderr: '' });
  });
});

describe('globs and ignore patterns are bounded', () => {
  const deepPath = (depth: number) => `${Array.from({ length: depth }, () => 'a').join('/')}/deep.invite.md`;

  it('a .gitignore line of repeated globstars, with a draft 25 folders deep, is matched as one globstar', async () => {
    const dir = folder({ [deepPath(25)]: MISMATCH, 'a/x/zz/ignored.invite.md': MISMATCH, '.gitignore': `${'a/**'.padEnd(4 + 12 * 3, '/**')}/zz\n` });
    expect(readFileSync(join(dir, '.gitignore'), 'utf8')).toBe('a/**/**/**/**/**/**/**/**/**/**/**/**/**/zz\n');
    const run = await cli(['-f', 'json', '.'], { cwd: dir });
    expectBounded(run);
    expect(run.stderr).toBe('');
    // Still what the pattern means: folder zz anywhere under a is ignored, the deep draft is not.
    expect((JSON.parse(run.stdout) as JsonResult[]).map((r) => r.filePath)).toEqual([join(dir, deepPath(25))]);
  });

  it('a pattern with more globstars than the matcher can take in bounded time is refused, naming the line', async () => {
    const dir = folder({ [deepPath(25)]: CLEAN, '.gitignore': `# drafts\nnotes/\n${Array.from({ length: 8 }, () => 'a').join('/**/')}/**/zz\n` });
    expectRefused(await cli(['.'], { cwd: dir }), /^invitelint: \.gitignore:3: more than 3 `\*\*` in one pattern; the ignore matcher is bounded \(use fewer, or --no-ignore\)$/m);
  });

  it('a draft nested too deep to check against the ignore files is refused; --no-ignore lints it', async () => {
    const dir = folder({ [deepPath(100)]: CLEAN, '.gitignore': '**/a/**/a/**/zz\n' });
    expectRefused(await cli(['.'], { cwd: dir }), /^invitelint: a\/a\/.+\/deep\.invite\.md: more than 64 folders deep below .+; too deep to check against \.gitignore and \.invitelintignore \(use --no-ignore\)$/m);
    const unchecked = await cli(['--no-ignore', '.'], { cwd: dir });
    expectBounded(unchecked);
    expect(unchecked).toMatchObject({ status: 0, stderr: '' });
  });

  it('a brace glob with a 2^20-way expansion is refused as a bad glob', async () => {
    const pattern = `${'{a,b}'.repeat(20)}.invite.md`;
    expectRefused(await cli([pattern], { cwd: folder() }), /^invitelint: invalid glob pattern "\{a,b\}.+": it expands to 1,048,576 patterns \(at most 1,024\)$/m);
    // Within the bound, braces still work.
    const dir = folder({ 'ab.invite.md': MISMATCH, 'ba.invite.md': MISMATCH, 'cc.invite.md': MISMATCH });
    const run = await cli(['-f', 'json', '{a,b}{a,b}.invite.md'], { cwd: dir });
    expect((JSON.parse(run.stdout) as JsonResult[]).map((r) => r.filePath)).toEqual([join(dir, 'ab.invite.md'), join(dir, 'ba.invite.md')]);
  });
});

describe('file and folder names', () => {
  it('a draft whose name is not valid UTF-8 is linted, and fixed, with the others', async () => {
    const dir = folder({ 'a.invite.md': MISMATCH, 'z.invite.md': CLEAN });
    const latin1 = Buffer.concat([Buffer.from(`${dir}/Ren`), Buffer.from([0xe9]), Buffer.from('e.invite.md')]);
    writeFileSync(latin1, MISMATCH);
    const run = await cli(['-f', 'json', '.'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    const results = JSON.parse(run.stdout) as JsonResult[];
    expect(results.map((r) => r.filePath)).toEqual([join(dir, 'Ren\uFFFDe.invite.md'), join(dir, 'a.invite.md'), join(dir, 'z.invite.md')]);
    // The two copies of MISMATCH are to the same person and share their sentences with CLEAN: the across rules say so.
    expect(results[0].messages.map((m) => m.ruleId)).toEqual(['duplicate-recipient', 'name-mismatch', 'reused-text']);
    const fixed = await cli(['--fix', '.'], { cwd: dir });
    expect(fixed).toMatchObject({ status: 0, stderr: '' });
    expect(readFileSync(latin1, 'utf8')).toBe(MISMATCH.replace('Hi Anna', 'Hi Hannah'));
    expect(readdirSync(dir, { encoding: 'buffer' }).map((name) => name.toString('latin1')).sort()).toEqual(['.invitelintrc.json', 'Ren\xe9e.invite.md', 'a.invite.md', 'z.invite.md']);
  });

  it('a folder whose name contains a newline is walked when its parent is', async () => {
    const dir = folder({ 'two\nlines/a.invite.md': MISMATCH, 'b.invite.md': CLEAN });
    const run = await cli(['-f', 'json', '.'], { cwd: dir });
    expect(run.status).toBe(1);
    expect((JSON.parse(run.stdout) as JsonResult[]).map((r) => r.filePath).sort()).toEqual([join(dir, 'b.invite.md'), join(dir, 'two\nlines', 'a.invite.md')]);
  });
});

describe('human-readable output escapes control characters', () => {
  // A draft cannot retitle (ESC ] 0 ; ... BEL) or clear (ESC [ 2 J) a reviewer's terminal.
  const HOSTILE_TO = '---\nto: "\\e]0;pwned\\a\\e[2JHannah \\x9b31m Okafor"\n---\nHi Anna, great to see you at the summit yesterday. Coffee next week?\n';
  const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/; // all but tab and newline

  it.each(['stylish', 'github', 'summary'])('%s', async (format) => {
    const dir = folder({ 'a\x1b[2J.invite.md': HOSTILE_TO });
    const run = await cli(['-f', format, '--color', '.'], { cwd: dir });
    expect(run.status).toBe(1);
    const withoutColour = run.stdout.replace(/\x1b\[[0-9;]*m/g, ''); // --color's own SGR codes are fine
    expect(withoutColour).not.toMatch(CONTROL);
    expect(withoutColour).toContain('a\\x1b[2J.invite.md');
    if (format !== 'summary') expect(withoutColour).toContain('\\x1b]0;pwned\\x07\\x1b[2JHannah \\x9b31m Okafor');
    expect(run.stdout).not.toContain('\x1b[2J');
    expect(run.stdout).not.toContain('\x1b]');
  });

  it('error lines', async () => {
    const badKey = folder({ 'a.invite.md': CLEAN, '.invitelintrc.json': '{ "rules": { "\\u001b]0;pwned\\u0007": "off" } }' });
    const key = await cli(['.'], { cwd: badKey });
    expectRefused(key, /rules\.\\x1b\]0;pwned\\x07: unknown rule id/);
    const badFile = folder({ 'b\x1b[2J\x07.invite.md': Buffer.from([0x48, 0x00]) });
    expectRefused(await cli(['.'], { cwd: badFile }), /^invitelint: b\\x1b\[2J\\x07\.invite\.md: binary file/m);
  });
});

describe('--fix', () => {
  it.skipIf(!permissionsApply)('refuses a read-only draft, as a plain write would, even in a writable folder', async () => {
    const dir = folder({ 'a.invite.md': MISMATCH });
    chmodSync(join(dir, 'a.invite.md'), 0o444);
    const run = await cli(['--fix', 'a.invite.md'], { cwd: dir, unprivileged: true });
    expectRefused(run, /^invitelint: a\.invite\.md: cannot write the fix: permission denied \(EACCES\)$/m);
    expect(readFileSync(join(dir, 'a.invite.md'), 'utf8')).toBe(MISMATCH);
    expect(readdirSync(dir).sort()).toEqual(['.invitelintrc.json', 'a.invite.md']);
  });

  it('a run stopped by a bad file says which files it had fixed', async () => {
    const dir = folder({ 'a.invite.md': MISMATCH, 'b.invite.md': CLEAN, 'c.invite.md': MISMATCH, 'd.invite.md': Buffer.from([0x48, 0x00]), 'e.invite.md': MISMATCH });
    const run = await cli(['--fix', '.'], { cwd: dir });
    expectRefused(run, /^invitelint: d\.invite\.md: binary file \(contains NUL bytes\), not a draft; stopped after fixing 2 files: a\.invite\.md, c\.invite\.md$/m);
    expect(readFileSync(join(dir, 'a.invite.md'), 'utf8')).toContain('Hi Hannah');
    expect(readFileSync(join(dir, 'e.invite.md'), 'utf8')).toBe(MISMATCH);
  });

  it('the temp file of a run killed (-9) just before its rename is removed by the next --fix', async () => {
    const dir = folder({ 'a.invite.md': MISMATCH, 'b.invite.md': CLEAN });
    const killed = await cli(['--fix', '.'], { cwd: dir, preload: ['kill-before-rename.cjs'] });
    expect(killed.status).toBeNull(); // SIGKILL
    expect(readFileSync(join(dir, 'a.invite.md'), 'utf8')).toBe(MISMATCH);
    const leftovers = readdirSync(dir).filter((name) => !['.invitelintrc.json', 'a.invite.md', 'b.invite.md'].includes(name));
    expect(leftovers).toHaveLength(1);
    // The next run cleans up, even with nothing left to fix there.
    writeFileSync(join(dir, 'a.invite.md'), CLEAN);
    const next = await cli(['--fix', '.'], { cwd: dir });
    expect(next).toMatchObject({ status: 0, stderr: '' });
    expect(readdirSync(dir).sort()).toEqual(['.invitelintrc.json', 'a.invite.md', 'b.invite.md']);
  });
});

describe('positions', () => {
  it('a too-long range starting between the CR and LF of a CRLF is reported inside its line', async () => {
    // 300 characters, then the line break is the 301st: too-long starts at the CRLF.
    const line = `Hi Hannah, ${'great to see you at the summit. '.repeat(10)}`.slice(0, 300);
    const dir = folder({ 'a.invite.md': `---\r\nto: Hannah Okafor\r\n---\r\n${line}\r\nCoffee next week?\r\n` });
    const run = await cli(['-f', 'json', 'a.invite.md'], { cwd: dir });
    const [result] = JSON.parse(run.stdout) as JsonResult[];
    const tooLong = result.messages.find((m) => m.ruleId === 'too-long')!;
    expect(tooLong).toMatchObject({ line: 4, column: 301 });
  });
});
