#!/usr/bin/env node
// The GitHub Action's step (action.yml): installs the packed invitelint CLI into the runner's
// temp folder and runs it on the inputs' paths. Inputs come as INPUT_* environment variables;
// outputs go to $GITHUB_OUTPUT. Exit code: the CLI's (0 clean, 1 problems, 2 a failure).
// Plain Node with no dependencies: it runs before anything is installed.
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const env = process.env;
const input = (name, fallback = '') => (env[`INPUT_${name}`] ?? '').trim() || fallback;
const fail = (message) => {
  // A workflow command, so the failure shows on the run's summary page too.
  process.stdout.write(`::error title=invitelint::${message.replace(/%/g, '%25').replace(/\r?\n/g, '%0A')}\n`);
  process.exit(2);
};

const [major] = process.versions.node.split('.').map(Number);
if (major < 20) fail(`invitelint needs Node.js 20 or later; this runner has ${process.version} (add actions/setup-node before this step)`);

const actionRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const version = JSON.parse(readFileSync(join(actionRoot, 'package.json'), 'utf8')).version;
const spec = input('PACKAGE', `invitelint@${version}`);
const paths = input('PATHS', '.').split(/\s+/).filter(Boolean);
const format = input('FORMAT', 'github');
const maxWarnings = input('MAX_WARNINGS', '-1');
const config = input('CONFIG');
const sarif = input('SARIF', 'false');
const sarifFile = input('SARIF_FILE', 'invitelint.sarif');
if (!['true', 'false'].includes(sarif)) fail(`input sarif must be true or false, got "${sarif}"`);

// The package, installed where the job's own node_modules never see it.
const prefix = join(env.RUNNER_TEMP || tmpdir(), 'invitelint-action');
mkdirSync(prefix, { recursive: true });
const install = spawnSync('npm', ['install', '--prefix', prefix, '--no-save', '--no-package-lock', '--no-audit', '--no-fund', '--loglevel=error', spec], { encoding: 'utf8', shell: process.platform === 'win32' });
if (install.status !== 0) fail(`could not install ${spec}: ${(install.stderr || install.stdout || String(install.error)).trim().split('\n').slice(-3).join(' ')}`);
const cli = join(prefix, 'node_modules', 'invitelint', 'bin', 'invitelint.js');

const common = [`--max-warnings=${maxWarnings}`, ...(config ? [`--config=${config}`] : []), '--', ...paths];
const runCli = (args, stdio) => spawnSync(process.execPath, [cli, ...args], { stdio, encoding: 'utf8', env: { ...env, FORCE_COLOR: format === 'stylish' || format === 'summary' ? '1' : '' } });
const output = (name, value) => env.GITHUB_OUTPUT && appendFileSync(env.GITHUB_OUTPUT, `${name}=${value}\n`);

if (sarif === 'true') {
  mkdirSync(dirname(resolve(sarifFile)), { recursive: true });
  const report = runCli(['--format', 'sarif', '--output-file', sarifFile, ...common], ['ignore', 'ignore', 'pipe']);
  // 1 means problems, which the SARIF holds; 2 means no report was written.
  if (report.status !== 0 && report.status !== 1) fail(`SARIF run failed: ${report.stderr.trim()}`);
  output('sarif-file', sarifFile);
}
const lint = runCli(['--format', format, ...common], 'inherit');
const code = lint.status ?? 2;
output('exit-code', code);
process.exit(code);
