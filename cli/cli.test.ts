// Process tests: run the built binary as users do, and check output, files and exit codes.
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Log } from 'sarif';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectOneLineFailure } from '../test/support/cli-failure.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(ROOT, 'bin/invitelint.js');
const CORPUS = 'fixtures/corpus';
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };

// As root, permission bits do not stop reads or writes; a child run as `nobody` sees them.
const isRoot = process.getuid?.() === 0;
const canDropPrivileges = isRoot && spawnSync(process.execPath, ['-e', ''], { uid: 65534, gid: 65534 }).status === 0;
const permissionsApply = process.platform !== 'win32' && (!isRoot || canDropPrivileges);

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * The built CLI, copied where `nobody` can read it: the checkout itself may sit in a folder
 * only root can enter (a fresh clone under a private temp folder, say).
 */
let unprivilegedCopy: string | undefined;
function unprivilegedBin(): string {
  if (!unprivilegedCopy) {
    const dir = mkdtempSync(join(tmpdir(), 'invitelint-cli-'));
    for (const sub of ['bin', 'dist']) mkdirSync(join(dir, sub));
    copyFileSync(BIN, join(dir, 'bin', 'invitelint.js'));
    copyFileSync(join(ROOT, 'dist', 'cli.mjs'), join(dir, 'dist', 'cli.mjs'));
    for (const path of [dir, join(dir, 'bin'), join(dir, 'dist')]) chmodSync(path, 0o755);
    unprivilegedCopy = dir;
  }
  return join(unprivilegedCopy, 'bin', 'invitelint.js');
}

function cli(args: string[], options: { cwd?: string; input?: string | Buffer; env?: Record<string, string>; unprivileged?: boolean; timeoutMs?: number } = {}): Run {
  const env: Record<string, string | undefined> = { ...process.env, ...options.env };
  for (const name of ['FORCE_COLOR', 'NO_COLOR', 'CI']) if (!options.env?.[name]) delete env[name];
  const unprivileged = options.unprivileged && isRoot;
  const result = spawnSync(process.execPath, [unprivileged ? unprivilegedBin() : BIN, ...args], {
    cwd: options.cwd ?? (unprivileged ? dirname(dirname(unprivilegedBin())) : ROOT),
    input: options.input ?? '',
    encoding: 'utf8',
    env,
    ...(unprivileged ? { uid: 65534, gid: 65534 } : {}),
    ...(options.timeoutMs ? { timeout: options.timeoutMs } : {}),
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface JsonResult {
  filePath: string;
  messages: Array<{ ruleId: string; severity: number; message: string; line: number; column: number; endLine: number; endColumn: number; fix?: { range: [number, number]; text: string } }>;
  errorCount: number;
  warningCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  output?: string;
}

let tmp: string;
const tempDir = (name: string) => {
  const dir = join(tmp, name);
  mkdirSync(dir, { recursive: true, mode: 0o755 });
  return dir;
};

let ruleIds: string[];
/** A root config that switches off every rule but the ones given, so results do not depend on rules still being tuned. */
const onlyRules = (rules: Record<string, string>) => JSON.stringify({ root: true, rules: Object.fromEntries(ruleIds.map((id) => [id, rules[id] ?? 'off'])) });

const MISMATCH_CRLF_BOM = '\uFEFF---\r\nto: Hannah Okafor\r\n---\r\nHi Anna,\r\n\r\nGreat to see you at the summit yesterday. We should be connected. Coffee next week?\r\n\r\n- Sam\r\n';
const MISMATCH_NO_EOL = '---\nto: Hannah Okafor\n---\nHi Anna, great to see you at the summit yesterday. Coffee next week?';
const CLEAN = '---\nto: Hannah Okafor\n---\nHi Hannah, great to see you at the summit yesterday. Coffee next week?\n';

beforeAll(() => {
  const build = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: ROOT, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`build failed: ${build.stderr}`);
  tmp = mkdtempSync(join(tmpdir(), 'invitelint-cli-'));
  chmodSync(tmp, 0o755); // the unprivileged child must be able to enter it
  ruleIds = Object.keys((JSON.parse(cli(['--print-config', 'x.invite.md'], { cwd: tmp }).stdout) as { rules: object }).rules);
}, 120_000);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
  if (unprivilegedCopy) rmSync(unprivilegedCopy, { recursive: true, force: true });
});

describe('formats on the corpus', () => {
  const drafts = readdirSync(join(ROOT, CORPUS)).filter((f) => f.endsWith('.invite.md'));
  let json: JsonResult[];
  beforeAll(() => {
    const run = cli(['--format', 'json', CORPUS]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1); // the corpus has errors (name-mismatch, placeholder, too-long)
    json = JSON.parse(run.stdout);
  });

  it('json: one ESLint result per draft, absolute paths, consistent counts', () => {
    expect(json.map((r) => r.filePath).sort()).toEqual(drafts.map((f) => join(ROOT, CORPUS, f)).sort());
    for (const result of json) {
      expect(isAbsolute(result.filePath)).toBe(true);
      expect(result).not.toHaveProperty('source');
      expect(result).not.toHaveProperty('output');
      expect(result.errorCount).toBe(result.messages.filter((m) => m.severity === 2).length);
      expect(result.warningCount).toBe(result.messages.filter((m) => m.severity === 1).length);
      expect(result.fixableErrorCount).toBe(result.messages.filter((m) => m.severity === 2 && m.fix).length);
      for (const m of result.messages) {
        expect(typeof m.ruleId).toBe('string');
        expect([1, 2]).toContain(m.severity);
        expect(m.line).toBeGreaterThanOrEqual(1);
        expect(m.column).toBeGreaterThanOrEqual(1);
        expect(m.endLine * 1e6 + m.endColumn).toBeGreaterThanOrEqual(m.line * 1e6 + m.column);
      }
    }
    const ids = new Set(json.flatMap((r) => r.messages.map((m) => m.ruleId)));
    for (const id of ['name-mismatch', 'placeholder', 'too-long']) expect(ids).toContain(id);
  });

  it('json: a fix range and the reported line and column point at the same text', () => {
    const fixed = json.flatMap((r) => r.messages.filter((m) => m.ruleId === 'name-mismatch' && m.fix).map((m) => ({ r, m })));
    expect(fixed.length).toBeGreaterThan(0);
    for (const { r, m } of fixed) {
      const text = readFileSync(r.filePath, 'utf8').replace(/^\uFEFF/, '');
      const before = text.slice(0, m.fix!.range[0]).split(/\r\n|\r|\n/);
      expect({ line: before.length, column: before.at(-1)!.length + 1 }).toEqual({ line: m.line, column: m.column });
    }
  });

  it('stylish: grouped by file, aligned rows, a summary, no colour in a pipe', () => {
    const run = cli([CORPUS]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain(`\n${join(ROOT, CORPUS, 'd010.invite.md')}\n`);
    expect(run.stdout).toMatch(/^ +\d+:\d+ +error +.+ {2}name-mismatch$/m);
    const total = json.reduce((n, r) => n + r.messages.length, 0);
    const errors = json.reduce((n, r) => n + r.errorCount, 0);
    expect(run.stdout).toContain(`\u2716 ${total} problems (${errors} errors, ${total - errors} warnings)`);
    expect(run.stdout).toContain('potentially fixable with the `--fix` option.');
    expect(run.stdout).not.toContain('\x1b[');
  });

  it('stylish: FORCE_COLOR colours, NO_COLOR wins over it', () => {
    expect(cli([CORPUS], { env: { FORCE_COLOR: '1' } }).stdout).toContain('\x1b[');
    expect(cli([CORPUS], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout).not.toContain('\x1b[');
    expect(cli(['--color', CORPUS]).stdout).toContain('\x1b[');
  });

  it('sarif: 2.1.0 with every rule described and every problem located', () => {
    const run = cli(['-f', 'sarif', CORPUS]);
    expect(run.status).toBe(1);
    const log = JSON.parse(run.stdout) as Log;
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    const driver = log.runs[0].tool.driver;
    expect(driver).toMatchObject({ name: 'invitelint', version: pkg.version });
    expect(driver.informationUri).toMatch(/^https:\/\//);
    const rules = driver.rules!;
    expect(rules.map((r) => r.id)).toEqual(expect.arrayContaining(['invalid-frontmatter', 'name-mismatch', 'placeholder', 'too-long']));
    for (const rule of rules) {
      expect(rule.helpUri).toMatch(new RegExp(`^https://.+${rule.id}`));
      expect(rule.shortDescription?.text).toBeTruthy();
      expect(['error', 'warning', 'note', 'none']).toContain(rule.defaultConfiguration?.level);
    }
    const results = log.runs[0].results!;
    expect(results).toHaveLength(json.reduce((n, r) => n + r.messages.length, 0));
    for (const result of results) {
      expect(rules[result.ruleIndex!].id).toBe(result.ruleId);
      expect(['error', 'warning', 'note']).toContain(result.level);
      const location = result.locations![0].physicalLocation!;
      expect(location.artifactLocation).toEqual({ uri: expect.stringMatching(/^fixtures\/corpus\/d\d{3}\.invite\.md$/), uriBaseId: '%SRCROOT%' });
      expect(location.region!.startLine).toBeGreaterThanOrEqual(1);
      expect(location.region!.startColumn).toBeGreaterThanOrEqual(1);
    }
  });

  it('github: one workflow command per problem', () => {
    const run = cli(['-f', 'github', CORPUS]);
    expect(run.status).toBe(1);
    const lines = run.stdout.split('\n').filter(Boolean);
    expect(lines).toHaveLength(json.reduce((n, r) => n + r.messages.length, 0));
    for (const line of lines) {
      expect(line).toMatch(/^::(error|warning|notice) file=fixtures\/corpus\/d\d{3}\.invite\.md,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[a-z-]+::\S.*$/);
    }
  });
});

describe('exit codes and options', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir('options');
    writeFileSync(join(dir, '.invitelintrc.json'), onlyRules({ 'name-mismatch': 'error', placeholder: 'warning' }));
    writeFileSync(join(dir, 'clean.invite.md'), CLEAN);
    writeFileSync(join(dir, 'warn.invite.md'), CLEAN.replace('Coffee', 'TODO: coffee'));
    writeFileSync(join(dir, 'error.invite.md'), MISMATCH_NO_EOL);
    mkdirSync(join(dir, 'lenient'));
    writeFileSync(join(dir, 'lenient/.invitelintrc.json'), onlyRules({}));
    writeFileSync(join(dir, 'other-config.json'), onlyRules({ placeholder: 'error' }));
  });

  it('0 when clean, with nothing printed', () => {
    expect(cli(['clean.invite.md'], { cwd: dir })).toEqual({ status: 0, stdout: '', stderr: '' });
  });

  it('0 with warnings, 1 when they exceed --max-warnings', () => {
    const warned = cli(['warn.invite.md'], { cwd: dir });
    expect(warned.status).toBe(0);
    expect(warned.stdout).toMatch(/warning .+ placeholder/);
    expect(cli(['--max-warnings', '1', 'warn.invite.md'], { cwd: dir }).status).toBe(0);
    const tooMany = cli(['--max-warnings', '0', 'warn.invite.md'], { cwd: dir });
    expect(tooMany.status).toBe(1);
    expect(tooMany.stderr).toBe('invitelint: too many warnings (1; maximum: 0)\n');
  });

  it('--quiet shows errors only', () => {
    expect(cli(['--quiet', 'warn.invite.md'], { cwd: dir })).toEqual({ status: 0, stdout: '', stderr: '' });
    const both = cli(['--quiet', '-f', 'json', 'warn.invite.md', 'error.invite.md'], { cwd: dir });
    expect((JSON.parse(both.stdout) as JsonResult[]).flatMap((r) => r.messages.map((m) => m.ruleId))).toEqual(['name-mismatch']);
  });

  it('1 when there are errors', () => {
    const run = cli(['error.invite.md'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/ 4:4 +error +.+ {2}name-mismatch\n/);
  });

  it('--config replaces the search; --print-config shows what applies', () => {
    expect(cli(['--config', 'other-config.json', 'error.invite.md'], { cwd: dir }).status).toBe(0);
    expect(cli(['--config', 'other-config.json', 'warn.invite.md'], { cwd: dir }).status).toBe(1);
    const printed = JSON.parse(cli(['--print-config', 'error.invite.md'], { cwd: dir }).stdout);
    // Printed as a config file says it, options and all.
    expect(printed.rules['name-mismatch']).toBe('error');
    expect(printed.rules['placeholder']).toBe('warning');
    expect(printed.rules['too-long']).toEqual(['off', { limit: 300 }]);
    expect(JSON.parse(cli(['--print-config', 'lenient/x.invite.md'], { cwd: dir }).stdout).rules['name-mismatch']).toBe('off');
  });

  it('lints standard input, looking config up for --stdin-filename', () => {
    const plain = cli(['--stdin', '-f', 'json'], { cwd: dir, input: MISMATCH_NO_EOL });
    expect(plain.status).toBe(1);
    expect(JSON.parse(plain.stdout)[0]).toMatchObject({ filePath: '<text>', errorCount: 1 });
    const named = cli(['-', '--stdin-filename', 'lenient/new.invite.md', '-f', 'json'], { cwd: dir, input: MISMATCH_NO_EOL });
    expect(named.status).toBe(0);
    expect(JSON.parse(named.stdout)[0]).toMatchObject({ filePath: join(dir, 'lenient/new.invite.md'), errorCount: 0 });
  });

  it('--output-file writes the report there', () => {
    const run = cli(['-f', 'json', '-o', 'report.json', 'error.invite.md'], { cwd: dir });
    expect(run).toEqual({ status: 1, stdout: '', stderr: '' });
    expect(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'))[0].errorCount).toBe(1);
  });

  it('--version and --help', () => {
    expect(cli(['--version'])).toEqual({ status: 0, stdout: `${pkg.version}\n`, stderr: '' });
    const help = cli(['--help']);
    expect(help.status).toBe(0);
    for (const text of ['--format', 'stylish, json, sarif, github', '--fix-dry-run', '--max-warnings', '--stdin-filename', 'Exit codes', '  2  ']) expect(help.stdout).toContain(text);
  });
});

describe('--fix', () => {
  let dir: string;
  const OLD = new Date('2020-01-02T03:04:05Z');
  beforeAll(() => {
    dir = tempDir('fix');
    writeFileSync(join(dir, '.invitelintrc.json'), onlyRules({ 'name-mismatch': 'error', placeholder: 'error' }));
  });

  const copy = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };

  it('writes fixes, keeps BOM, CRLF, mode and a missing final newline, and leaves clean files alone', () => {
    const crlf = copy('crlf.invite.md', MISMATCH_CRLF_BOM);
    chmodSync(crlf, 0o640);
    const noEol = copy('no-eol.invite.md', MISMATCH_NO_EOL);
    const clean = copy('clean.invite.md', CLEAN);
    utimesSync(clean, OLD, OLD);

    const run = cli(['--fix', '-f', 'json', 'crlf.invite.md', 'no-eol.invite.md', 'clean.invite.md'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(readFileSync(crlf)).toEqual(Buffer.from(MISMATCH_CRLF_BOM.replace('Hi Anna', 'Hi Hannah'), 'utf8'));
    expect(statSync(crlf).mode & 0o777).toBe(0o640);
    expect(readFileSync(noEol, 'utf8')).toBe(MISMATCH_NO_EOL.replace('Hi Anna', 'Hi Hannah'));
    expect(statSync(clean).mtimeMs).toBe(OLD.getTime());
    expect(readdirSync(dir).sort()).toEqual(['.invitelintrc.json', 'clean.invite.md', 'crlf.invite.md', 'no-eol.invite.md']);

    const results = JSON.parse(run.stdout) as JsonResult[];
    expect(results.map((r) => r.messages.length)).toEqual([0, 0, 0]);
    expect(results[0].output).toBe(MISMATCH_CRLF_BOM.replace('Hi Anna', 'Hi Hannah'));
    expect(results[2]).not.toHaveProperty('output');
  });

  it('reports what remains after fixing, at its position in the fixed text', () => {
    const path = copy('rest.invite.md', MISMATCH_NO_EOL.replace('Coffee', 'TODO'));
    const run = cli(['--fix', '-f', 'json', 'rest.invite.md'], { cwd: dir });
    expect(run.status).toBe(1);
    const fixed = readFileSync(path, 'utf8');
    expect(fixed).toContain('Hi Hannah');
    const [result] = JSON.parse(run.stdout) as JsonResult[];
    expect(result.messages.map((m) => [m.ruleId, m.line, m.column])).toEqual([['placeholder', 4, fixed.split('\n')[3].indexOf('TODO') + 1]]);
  });

  it('--fix-dry-run reports as if fixed and adds the output, without writing', () => {
    const path = copy('dry.invite.md', MISMATCH_CRLF_BOM);
    utimesSync(path, OLD, OLD);
    const run = cli(['--fix-dry-run', '-f', 'json', 'dry.invite.md'], { cwd: dir });
    expect(run.status).toBe(0);
    const [result] = JSON.parse(run.stdout) as JsonResult[];
    expect(result.messages).toEqual([]);
    expect(result.output).toBe(MISMATCH_CRLF_BOM.replace('Hi Anna', 'Hi Hannah'));
    expect(readFileSync(path, 'utf8')).toBe(MISMATCH_CRLF_BOM);
    expect(statSync(path).mtimeMs).toBe(OLD.getTime());
  });

  it.skipIf(!permissionsApply)('in a read-only folder, fails in one line and leaves the file whole', () => {
    const ro = join(dir, 'read-only');
    mkdirSync(ro);
    writeFileSync(join(ro, '.invitelintrc.json'), onlyRules({ 'name-mismatch': 'error' }));
    const path = join(ro, 'a.invite.md');
    writeFileSync(path, MISMATCH_CRLF_BOM);
    chmodSync(path, 0o666); // the file itself is writable: only an in-place write could succeed
    chmodSync(ro, 0o555);
    try {
      const run = cli(['--fix', 'a.invite.md'], { cwd: ro, unprivileged: true });
      expectOneLineFailure(run, /^invitelint: a\.invite\.md: cannot write the fix: permission denied \(EACCES\)/);
      expect(readFileSync(path, 'utf8')).toBe(MISMATCH_CRLF_BOM);
      expect(readdirSync(ro).sort()).toEqual(['.invitelintrc.json', 'a.invite.md']);
    } finally {
      chmodSync(ro, 0o755);
    }
  });

  it.skipIf(!permissionsApply)('stopped mid-way by one read-only target among several, leaves each file fully old or fully new', () => {
    const mid = join(dir, 'mid-way');
    mkdirSync(join(mid, 'ro'), { recursive: true });
    chmodSync(mid, 0o777); // the unprivileged child writes its temp files here
    const fixedFirst = join(mid, 'a.invite.md');
    writeFileSync(fixedFirst, `${MISMATCH_NO_EOL}\n`);
    chmodSync(fixedFirst, 0o606); // writable by the (unprivileged) runner: a read-only file is refused
    const clean = join(mid, 'b.invite.md');
    writeFileSync(clean, CLEAN);
    utimesSync(clean, OLD, OLD);
    const blocked = join(mid, 'ro', 'c.invite.md');
    writeFileSync(blocked, MISMATCH_CRLF_BOM);
    chmodSync(blocked, 0o666); // writable in place: only a non-atomic write could change it
    chmodSync(join(mid, 'ro'), 0o555);
    const after = join(mid, 'd.invite.md');
    writeFileSync(after, MISMATCH_NO_EOL);
    utimesSync(after, OLD, OLD);
    try {
      const run = cli(['--fix', 'a.invite.md', 'b.invite.md', 'ro/c.invite.md', 'd.invite.md'], { cwd: mid, unprivileged: true });
      expectOneLineFailure(run, /^invitelint: ro\/c\.invite\.md: cannot write the fix: permission denied \(EACCES\); stopped after fixing 1 file: a\.invite\.md$/m);
      // Before the failure: fixed whole, with its mode and final newline.
      expect(readFileSync(fixedFirst, 'utf8')).toBe(`${MISMATCH_NO_EOL.replace('Hi Anna', 'Hi Hannah')}\n`);
      expect(statSync(fixedFirst).mode & 0o777).toBe(0o606);
      expect(statSync(clean).mtimeMs).toBe(OLD.getTime());
      // At and after it: untouched.
      expect(readFileSync(blocked)).toEqual(Buffer.from(MISMATCH_CRLF_BOM, 'utf8'));
      expect(readFileSync(after, 'utf8')).toBe(MISMATCH_NO_EOL);
      expect(statSync(after).mtimeMs).toBe(OLD.getTime());
      expect(readdirSync(mid).sort()).toEqual(['a.invite.md', 'b.invite.md', 'd.invite.md', 'ro']);
      expect(readdirSync(join(mid, 'ro'))).toEqual(['c.invite.md']);
    } finally {
      chmodSync(join(mid, 'ro'), 0o755);
    }
  });

  it.skipIf(!permissionsApply)('when the rename fails after the fixed text is written, the original stays whole and the temp file goes', () => {
    // A sticky folder: anyone may create files in it, but only a file's owner may replace it.
    const sticky = join(dir, 'sticky');
    mkdirSync(sticky);
    writeFileSync(join(sticky, '.invitelintrc.json'), onlyRules({ 'name-mismatch': 'error' }));
    const path = join(sticky, 'a.invite.md');
    writeFileSync(path, MISMATCH_CRLF_BOM);
    chmodSync(path, 0o666);
    utimesSync(path, OLD, OLD);
    chmodSync(sticky, 0o1777);
    const run = cli(['--fix', 'a.invite.md'], { cwd: sticky, unprivileged: true });
    expectOneLineFailure(run, /^invitelint: a\.invite\.md: cannot write the fix: operation not permitted \(EPERM\)$/m);
    expect(readFileSync(path)).toEqual(Buffer.from(MISMATCH_CRLF_BOM, 'utf8'));
    expect(statSync(path).mtimeMs).toBe(OLD.getTime());
    expect(readdirSync(sticky).sort()).toEqual(['.invitelintrc.json', 'a.invite.md']);
  });
});

describe('bad input: one line on stderr, exit 2', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir('bad');
    writeFileSync(join(dir, '.invitelintrc.json'), '{ "root": true }');
    mkdirSync(join(dir, 'empty'));
    writeFileSync(join(dir, 'empty/notes.md'), 'not a draft');
    writeFileSync(join(dir, 'binary.invite.md'), Buffer.from([0x48, 0x69, 0x00, 0x01]));
    writeFileSync(join(dir, 'latin1.invite.md'), Buffer.from('Hi Ren\xe9e, coffee?', 'latin1'));
    writeFileSync(join(dir, 'secret.invite.md'), CLEAN);
    chmodSync(join(dir, 'secret.invite.md'), 0o000);
    symlinkSync('loop.invite.md', join(dir, 'loop.invite.md'));
    mkdirSync(join(dir, 'malformed'));
    writeFileSync(join(dir, 'malformed/.invitelintrc.json'), '{ "rules": { "placeholder": "error", }');
    writeFileSync(join(dir, 'malformed/a.invite.md'), CLEAN);
    mkdirSync(join(dir, 'unknown-rule'));
    writeFileSync(join(dir, 'unknown-rule/.invitelintrc.json'), '{ "rules": { "no-such-rule": "error" } }');
    writeFileSync(join(dir, 'unknown-rule/a.invite.md'), CLEAN);
  });

  const cases: Array<[string, string[], RegExp]> = [
    ['a missing path', ['missing.invite.md'], /missing\.invite\.md: no such file or directory/],
    ['a folder without drafts', ['empty'], /no \*\.invite\.md files found in empty/],
    ['a glob matching nothing', ['nowhere/**/*.invite.md'], /no files matching the pattern "nowhere\/\*\*\/\*\.invite\.md" were found/],
    ['a binary file', ['binary.invite.md'], /binary\.invite\.md: binary file \(contains NUL bytes\)/],
    ['invalid UTF-8', ['latin1.invite.md'], /latin1\.invite\.md: invalid UTF-8/],
    ['a bad glob', ['{1..100000000}.invite.md'], /invalid glob pattern "\{1\.\.100000000\}\.invite\.md"/],
    ['a symlink loop', ['loop.invite.md'], /loop\.invite\.md: symlink loop/],
    ['a malformed .invitelintrc.json', ['malformed'], /malformed\/\.invitelintrc\.json:1:\d+: \(syntax\): invalid JSON/],
    ['an unknown rule id in config', ['unknown-rule'], /unknown-rule\/\.invitelintrc\.json: rules\.no-such-rule: unknown rule id/],
    ['a missing --config file', ['--config', 'nope.json', 'empty'], /nope\.json/],
    ['an unknown option', ['--frobnicate', '.'], /unknown option --frobnicate/],
    ['an unknown format', ['--format', 'xml', '.'], /unknown format "xml"/],
    ['binary standard input', ['--stdin'], /standard input: binary file/],
  ];

  it.each(cases)('%s', (_name, args, pattern) => {
    expectOneLineFailure(cli(args, { cwd: dir, input: args[0] === '--stdin' ? Buffer.from([0x41, 0, 0x42]) : '' }), pattern);
  });

  it.skipIf(!permissionsApply)('an unreadable file (run unprivileged when the tests run as root)', () => {
    expectOneLineFailure(cli(['secret.invite.md'], { cwd: dir, unprivileged: true }), /^invitelint: secret\.invite\.md: cannot read: permission denied \(EACCES\)/);
  });

  it('a draft over 1 MiB (here 50 MB, a file or standard input) is refused before it is read', () => {
    const huge = join(dir, 'huge.invite.md');
    writeFileSync(huge, Buffer.alloc(50 * 1024 * 1024, 'Coffee next week? '));
    try {
      const started = Date.now();
      // Bounded: a CLI that tried to lint 50 MB would run for many minutes.
      expectOneLineFailure(cli(['huge.invite.md'], { cwd: dir, timeoutMs: 10_000 }), /^invitelint: huge\.invite\.md: too large for a draft \(52,428,800 bytes; the limit is 1,048,576\), not linted$/m);
      expectOneLineFailure(cli(['--stdin'], { cwd: dir, input: readFileSync(huge), timeoutMs: 10_000 }), /^invitelint: standard input: too large for a draft \(more than 1,048,576 bytes\), not linted$/m);
      expect(Date.now() - started).toBeLessThan(10_000);
    } finally {
      rmSync(huge);
    }
    const over = join(dir, 'over.invite.md');
    writeFileSync(over, Buffer.alloc(1024 * 1024 + 1, 'a'));
    expectOneLineFailure(cli(['over.invite.md'], { cwd: dir, timeoutMs: 10_000 }), /over\.invite\.md: too large for a draft \(1,048,577 bytes/);
    rmSync(over);
    expect(cli(['--help']).stdout).toMatch(/over 1 MiB \(1,048,576\s+bytes\) is refused/);
  });

  it('a draft of exactly 1 MiB is linted', () => {
    const path = join(dir, 'limit.invite.md');
    // Mostly an HTML comment, which the rules skip, so the lint is quick.
    const head = `${CLEAN}<!-- `;
    writeFileSync(path, `${head}${'x'.repeat(1024 * 1024 - Buffer.byteLength(head) - 5)} -->\n`);
    expect(statSync(path).size).toBe(1024 * 1024);
    try {
      const run = cli(['-f', 'json', 'limit.invite.md'], { cwd: dir, timeoutMs: 20_000 });
      expect(run.stderr).toBe('');
      expect(run.status).not.toBe(2);
      expect(JSON.parse(run.stdout)).toHaveLength(1);
    } finally {
      rmSync(path);
    }
  });

  it('a symlink loop inside a walked folder: looping folders are not followed, a looping draft link fails in one line', () => {
    const walk = join(dir, 'walk');
    mkdirSync(join(walk, 'sub'), { recursive: true });
    writeFileSync(join(walk, 'sub', 'a.invite.md'), CLEAN);
    symlinkSync('..', join(walk, 'sub', 'up')); // sub/up/sub/up/... forever, if followed
    symlinkSync('sub', join(walk, 'again'));
    const clean = cli(['-f', 'json', 'walk'], { cwd: dir });
    expect(clean.stderr).toBe('');
    expect(clean.status).toBe(0);
    expect((JSON.parse(clean.stdout) as JsonResult[]).map((r) => r.filePath)).toEqual([join(walk, 'sub', 'a.invite.md')]);
    symlinkSync('b.invite.md', join(walk, 'sub', 'b.invite.md'));
    expectOneLineFailure(cli(['walk'], { cwd: dir }), /^invitelint: walk\/sub\/b\.invite\.md: cannot read: symlink loop \(too many levels of symbolic links\) \(ELOOP\)$/m);
  });

  it('a directory where a draft should be is walked, not read', () => {
    mkdirSync(join(dir, 'folder.invite.md'));
    expectOneLineFailure(cli(['folder.invite.md'], { cwd: dir }), /no \*\.invite\.md files found in folder\.invite\.md/);
  });
});

describe('config from another repository: overrides, extends, ignores; disable comments', () => {
  let dir: string;
  const SLOT = '---\nto: Hannah Okafor\n---\nHi Hannah, great to see you at the summit yesterday. Coffee next week? {event}\n';
  beforeAll(() => {
    dir = tempDir('team-repo');
    mkdirSync(join(dir, 'node_modules/@acme/invitelint-config'), { recursive: true });
    writeFileSync(join(dir, 'node_modules/@acme/invitelint-config/package.json'), JSON.stringify({ name: '@acme/invitelint-config', main: 'config.json' }));
    writeFileSync(join(dir, 'node_modules/@acme/invitelint-config/config.json'), '{ "rules": { "placeholder": "warn" } }');
    writeFileSync(
      join(dir, '.invitelintrc.json'),
      `{
        // The team's config: a shared package, templates exempt from slots, old drafts skipped.
        "root": true,
        "extends": "@acme/invitelint-config",
        "overrides": [{ "files": ["templates/**"], "rules": { "placeholder": "off" } }],
        "ignores": ["archive/**"]
      }`,
    );
    for (const folder of ['drafts', 'templates', 'archive']) {
      mkdirSync(join(dir, folder));
      writeFileSync(join(dir, folder, 'a.invite.md'), SLOT);
    }
  });

  it('lints with the extended config, the overrides, and without the ignored drafts', () => {
    const run = cli(['--format', 'json', '.'], { cwd: dir });
    expect(run.stderr).toBe('');
    const results = JSON.parse(run.stdout) as JsonResult[];
    expect(results.map((r) => r.filePath.slice(dir.length + 1)).sort()).toEqual(['drafts/a.invite.md', 'templates/a.invite.md']);
    const byFolder = Object.fromEntries(results.map((r) => [r.filePath.slice(dir.length + 1).split('/')[0], r.messages.map((m) => `${m.ruleId}:${m.severity}`)]));
    // drafts/a and templates/a are to the same person (a template's to: counts for duplicate-recipient).
    expect(byFolder.drafts).toEqual(['duplicate-recipient:1', 'placeholder:1']);
    expect(byFolder.templates).toEqual(['duplicate-recipient:1']);
    expect(run.status).toBe(0);
  });

  it('lints an ignored draft named on its own, and refuses a folder of only ignored drafts', () => {
    expect(JSON.parse(cli(['--format', 'json', 'archive/a.invite.md'], { cwd: dir }).stdout)).toHaveLength(1);
    expectOneLineFailure(cli(['archive'], { cwd: dir }), /all drafts found are matched by "ignores" in config/);
  });

  it('--print-config shows the merged result for a file', () => {
    const printed = JSON.parse(cli(['--print-config', 'templates/a.invite.md'], { cwd: dir }).stdout);
    expect(printed.rules.placeholder).toBe('off');
    expect(JSON.parse(cli(['--print-config', 'drafts/a.invite.md'], { cwd: dir }).stdout).rules.placeholder).toBe('warning');
    const ignored = cli(['--print-config', 'archive/a.invite.md'], { cwd: dir });
    expect(ignored.status).toBe(0);
    expect(ignored.stderr).toBe('invitelint: archive/a.invite.md is matched by "ignores" and not linted when its folder is\n');
  });

  it('puts what disable comments switched off in suppressedMessages, with the reason', () => {
    writeFileSync(join(dir, 'drafts', 'b.invite.md'), SLOT.replace('{event}', '{event} <!-- invitelint-disable-line placeholder -- filled by the merge -->'));
    const [result] = JSON.parse(cli(['--format', 'json', 'drafts/b.invite.md'], { cwd: dir }).stdout) as Array<JsonResult & { suppressedMessages: Array<{ ruleId: string; line: number; suppressions: unknown }> }>;
    expect(result.messages).toEqual([]);
    expect(result.suppressedMessages.map((m) => [m.ruleId, m.line, m.suppressions])).toEqual([['placeholder', 4, [{ kind: 'directive', justification: 'filled by the merge' }]]]);
  });

  it('--report-unused-disable-directives reports comments that switch nothing off, as errors', () => {
    writeFileSync(join(dir, 'drafts', 'c.invite.md'), `<!-- invitelint-disable-next-line too-long -->\n${SLOT}`);
    expect(cli(['drafts/c.invite.md'], { cwd: dir }).status).toBe(0);
    const run = cli(['--report-unused-disable-directives', 'drafts/c.invite.md'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/1:1 +error +Unused invitelint-disable-next-line comment: no problem from "too-long" was reported where it applies +unused-disable-directive/);
  });

  it('reports an unknown rule id in a comment with the closest one', () => {
    writeFileSync(join(dir, 'drafts', 'd.invite.md'), `${SLOT}<!-- invitelint-disable-file placeholdr -->\n`);
    const run = cli(['drafts/d.invite.md'], { cwd: dir });
    expect(run.stdout).toMatch(/warning +Unknown rule "placeholdr" in an invitelint-disable-file comment: did you mean "placeholder"\? +invalid-disable-comment/);
  });
});
