// The built CLI as a process, for process tests: build it once per test file, run it with a
// clean colour environment, and keep what it printed and its exit status.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './built-server.js';

const BIN = join(ROOT, 'bin', 'invitelint.js');

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Builds dist/ (node esbuild.mjs), so the tests run the code in the tree. */
export function buildCli(): void {
  const build = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: ROOT, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`build failed: ${build.stderr}`);
}

export function runCli(args: string[], cwd: string, input = ''): CliRun {
  const env = { ...process.env };
  for (const name of ['FORCE_COLOR', 'NO_COLOR', 'CI']) delete env[name];
  const run = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env, input });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}
