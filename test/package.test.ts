// The npm package from a user's side: packed from the tree (test/support/pack.ts), installed
// from the tarball into an empty project, then used there as the README says: `npx invitelint`
// with its exit codes, the API from ESM, CommonJS and TypeScript, the language server's bin,
// and the GitHub Action's script, which installs that same tarball and runs it.
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { rules } from '../rules/engine.js';
import { ROOT } from './support/built-server.js';
import { cleanEnv, packAndInstall, run, type Packed } from './support/pack.js';

let packed: Packed;
const npx = (args: string[], cwd = packed.project) => run('npx', ['invitelint', ...args], { cwd });
const node = (file: string) => run(process.execPath, [file], { cwd: packed.project });
const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version as string;

beforeAll(() => {
  packed = packAndInstall();
  mkdirSync(join(packed.project, 'drafts'));
  cpSync(join(ROOT, 'fixtures', 'samples'), join(packed.project, 'drafts'), { recursive: true });
  mkdirSync(join(packed.project, 'clean'));
  cpSync(join(ROOT, 'fixtures', 'samples', 'stranger.invite.md'), join(packed.project, 'clean', 'stranger.invite.md'));
}, 600_000);

afterAll(() => packed?.remove());

describe('the npm tarball', () => {
  it('holds the built CLI, server (with its index worker) and API with types, the rule docs, the schema, README and LICENSE, and nothing else', () => {
    const allowed = /^(bin\/invitelint(-language-server)?\.js|dist\/(cli|server|index-worker|api)\.mjs|dist\/api\.cjs|dist\/api\.d\.[mc]ts|dist\/THIRD-PARTY-NOTICES\.txt|docs\/contract\.md|docs\/rules\/[\w-]+\.md|schema\/invitelintrc\.schema\.json|README\.md|LICENSE|package\.json)$/;
    expect(packed.files.filter((file) => !allowed.test(file))).toEqual([]);
    expect(packed.files).toEqual(
      expect.arrayContaining(['bin/invitelint.js', 'bin/invitelint-language-server.js', 'dist/cli.mjs', 'dist/server.mjs', 'dist/index-worker.mjs', 'dist/api.mjs', 'dist/api.cjs', 'dist/api.d.mts', 'dist/api.d.cts', 'dist/THIRD-PARTY-NOTICES.txt', 'schema/invitelintrc.schema.json', 'docs/contract.md', 'README.md', 'LICENSE', 'package.json', ...rules.map((r) => `docs/rules/${r.meta.id}.md`)]),
    );
    console.log(`npm tarball: ${packed.files.length} files`);
  });

  it('has no dependencies to install and points main and types at the API, not the extension', () => {
    const pkg = JSON.parse(readFileSync(join(packed.project, 'node_modules', 'invitelint', 'package.json'), 'utf8'));
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(pkg.main).toBe('./dist/api.cjs');
    expect(pkg.exports['.']).toEqual({ import: { types: './dist/api.d.mts', default: './dist/api.mjs' }, require: { types: './dist/api.d.cts', default: './dist/api.cjs' } });
    expect(pkg.engines.node).toBe('>=20');
    expect(pkg.keywords).toEqual(expect.arrayContaining(['linkedin', 'linter']));
    expect(pkg.contributes).toBeUndefined();
  });
});

describe('npx invitelint in a project that installed the tarball', () => {
  it('exits 1 on drafts with errors and prints them', () => {
    const lint = npx(['drafts']);
    expect(lint.stderr).toBe('');
    expect(lint.status).toBe(1);
    expect(lint.stdout).toMatch(/drafts\/canned\.invite\.md\n {2}4:4 +error +.+ name-mismatch/);
    expect(lint.stdout).toMatch(/✖ \d+ problems \(3 errors, \d+ warnings\)/);
  });

  it('exits 0 on clean drafts, printing nothing', () => {
    expect(npx(['clean'])).toMatchObject({ status: 0, stdout: '', stderr: '' });
  });

  it('exits 2 with one line for a missing path, and prints its version', () => {
    const missing = npx(['no-such-folder']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe('invitelint: no-such-folder: no such file or directory\n');
    expect(npx(['--version']).stdout).toBe(`${version}\n`);
  });

  it('writes JSON and SARIF', () => {
    const json = JSON.parse(npx(['--format', 'json', 'drafts']).stdout);
    expect(json).toHaveLength(5);
    const sarif = JSON.parse(npx(['--format', 'sarif', 'drafts']).stdout);
    expect(sarif.runs[0].tool.driver.version).toBe(version);
  });
});

describe('the API from the installed package', () => {
  const checks = (load: string) => `${load}
const assert = require('node:assert/strict');
const { lint, lintFiles, fixAll, loadConfig, rules, formatters, noteText, version, ConfigError } = api;
assert.equal(version, ${JSON.stringify(version)});
const result = lint('---\\nto: Hannah Okafor\\n---\\nHi Anna, great to see you at the summit yesterday. Coffee next week?\\n');
assert.deepEqual(result.messages.map((m) => [m.ruleId, m.line, m.column]), [['name-mismatch', 4, 4]]);
assert.equal(result.errorCount, 1);
assert.equal(fixAll('---\\nto: Hannah Okafor\\n---\\nHi Anna, great to see you at the summit yesterday. Coffee next week?\\n').output.includes('Hi Hannah,'), true);
assert.ok(rules.some((r) => r.id === 'too-long' && r.defaultOptions.limit === 300 && r.docsUrl.endsWith('/too-long.md')));
assert.deepEqual(loadConfig('drafts/x.invite.md').rules['too-long'], ['error', { limit: 300 }]);
const slot = 'Hi Jo, great to see you at {event} yesterday. Coffee next week?';
const slotSeverity = (config) => lint(slot, { config }).messages.filter((m) => m.ruleId === 'placeholder').map((m) => m.severity);
assert.deepEqual(slotSeverity(undefined), ['error']);
assert.deepEqual(slotSeverity({ rules: { placeholder: 'warn' } }), ['warning']);
assert.deepEqual(slotSeverity({ rules: { placeholder: 'off' } }), []);
assert.throws(() => lint('x', { config: { rulez: {} } }), ConfigError);
assert.equal(noteText('---\\nto: A B\\n---\\nHi A <!-- note -->, hello\\n').text, 'Hi A , hello');
lintFiles('drafts').then((results) => {
  assert.equal(results.length, 5);
  assert.equal(results.reduce((n, r) => n + r.errorCount, 0), 3);
  assert.match(formatters.stylish(results), /name-mismatch/);
  assert.equal(JSON.parse(formatters.json(results)).length, 5);
  console.log('api ok');
});
`;

  it('imports from ESM', () => {
    writeFileSync(join(packed.project, 'esm.mjs'), checks("import * as api from 'invitelint';\nimport { createRequire } from 'node:module';\nconst require = createRequire(import.meta.url);"));
    const esm = node('esm.mjs');
    expect(esm.stderr).toBe('');
    expect(esm.stdout).toBe('api ok\n');
  });

  it('requires from CommonJS', () => {
    writeFileSync(join(packed.project, 'cjs.cjs'), checks("const api = require('invitelint');"));
    const cjs = node('cjs.cjs');
    expect(cjs.stderr).toBe('');
    expect(cjs.stdout).toBe('api ok\n');
  });

  it('type-checks against the declarations, from ESM and CommonJS, with no @types installed', () => {
    const use = (from: string) => `${from}
const result: LintResult = lint('Hi Jo', { filePath: 'a.invite.md', elements: true });
const count: number = result.errorCount + result.messages.length;
const severity: 'info' | 'warning' | 'error' | undefined = result.messages[0]?.severity;
const config: Config = { rules: { 'too-long': ['warn', { limit: 200 }] }, overrides: [{ files: 'templates/**', rules: { placeholder: 'off' } }] };
const text: string = formatters.sarif([lint('Hi', { config })]);
const ids: string[] = rules.map((rule) => rule.id);
const files: Promise<LintResult[]> = lintFiles(['drafts'], { fix: false });
// @ts-expect-error: text is a string
lint(42);
export { count, severity, text, ids, files };
`;
    writeFileSync(join(packed.project, 'use.mts'), use("import { lint, lintFiles, formatters, rules, type Config, type LintResult } from 'invitelint';"));
    writeFileSync(join(packed.project, 'use.cts'), use("import { lint, lintFiles, formatters, rules, type Config, type LintResult } from 'invitelint';"));
    writeFileSync(join(packed.project, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', strict: true, noEmit: true, skipLibCheck: false, types: [] }, files: ['use.mts', 'use.cts'] }));
    const tsc = run(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'], { cwd: packed.project });
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
  }, 120_000);

  it('starts the language server from its bin', async () => {
    const server = spawn(join(packed.project, 'node_modules', '.bin', 'invitelint-language-server'), ['--stdio'], { cwd: packed.project, env: cleanEnv() });
    const body = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
    server.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    let output = '';
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no initialize result; got: ${output}`)), 30_000);
      server.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString('utf8');
        if (output.includes('"serverInfo"')) {
          clearTimeout(timer);
          resolve();
        }
      });
    });
    server.kill();
    expect(output).toContain('"name":"invitelint"');
  });
});

describe('the GitHub Action (action.yml, action/run.mjs)', () => {
  const action = parseYaml(readFileSync(join(ROOT, 'action.yml'), 'utf8'));
  const runAction = (inputs: Record<string, string>) => {
    const outputs = join(packed.project, `outputs-${Math.random().toString(36).slice(2)}.txt`);
    writeFileSync(outputs, '');
    const env = cleanEnv({ GITHUB_OUTPUT: outputs, RUNNER_TEMP: join(packed.project, 'runner-temp'), ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k}`, v])) });
    const result = run(process.execPath, [join(ROOT, 'action', 'run.mjs')], { cwd: packed.project, env });
    return { ...result, outputs: readFileSync(outputs, 'utf8') };
  };

  it('is a composite action with inputs for paths, format and SARIF upload, running its script', () => {
    expect(action.runs.using).toBe('composite');
    expect(Object.keys(action.inputs)).toEqual(expect.arrayContaining(['paths', 'format', 'sarif', 'sarif-file', 'max-warnings', 'config', 'package']));
    const [lint, upload] = action.runs.steps;
    expect(lint.run).toBe('node "$GITHUB_ACTION_PATH/action/run.mjs"');
    // Every input reaches the script through the environment, none through the shell line.
    for (const name of Object.keys(action.inputs)) expect(lint.env[`INPUT_${name.toUpperCase().replace(/-/g, '_')}`]).toBe(`\${{ inputs.${name} }}`);
    expect(upload.uses).toMatch(/^github\/codeql-action\/upload-sarif@v3$/);
    expect(upload.if).toContain("inputs.sarif == 'true'");
    expect(upload.with.sarif_file).toBe('${{ steps.lint.outputs.sarif-file }}');
  });

  it('installs the packed CLI and runs it: annotations, SARIF, outputs and the exit code', () => {
    const result = runAction({ PATHS: 'drafts\nclean', FORMAT: 'github', SARIF: 'true', SARIF_FILE: 'reports/invitelint.sarif', MAX_WARNINGS: '-1', PACKAGE: packed.tarball });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^::error file=drafts\/canned\.invite\.md,line=4,col=4,endLine=4,endColumn=8,title=name-mismatch::/m);
    expect(result.stdout.split('\n').filter(Boolean).every((line) => /^::(error|warning|notice) file=/.test(line))).toBe(true);
    const log = JSON.parse(readFileSync(join(packed.project, 'reports', 'invitelint.sarif'), 'utf8'));
    expect(log.runs[0].results).toHaveLength(6);
    expect(result.outputs).toBe('sarif-file=reports/invitelint.sarif\nexit-code=1\n');
    // The CLI that ran is the installed package, not this checkout.
    expect(readFileSync(join(packed.project, 'runner-temp', 'invitelint-action', 'node_modules', 'invitelint', 'package.json'), 'utf8')).toContain(`"version": "${version}"`);
  });

  it('exits 0 on clean drafts and 2 on a bad input, with an annotation saying why', () => {
    expect(runAction({ PATHS: 'clean', PACKAGE: packed.tarball })).toMatchObject({ status: 0, stdout: '', outputs: 'exit-code=0\n' });
    const bad = runAction({ PATHS: 'clean', FORMAT: 'fancy', PACKAGE: packed.tarball });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^invitelint: unknown format "fancy"/);
    expect(runAction({ SARIF: 'yes', PACKAGE: packed.tarball })).toMatchObject({ status: 2, stdout: '::error title=invitelint::input sarif must be true or false, got "yes"\n' });
  });
});
