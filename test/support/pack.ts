// The npm package as users get it: `npm pack` of a copy of the working tree (its prepare and
// prepack scripts build the bundles and the declarations), installed from the tarball into an
// empty project with nothing else. No registry: the package has no dependencies to fetch.
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { copyRepo } from './repo-copy.js';

/** The environment without the npm_* variables of an `npm test` around us (they would steer the child npm). */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) if (!/^npm_/i.test(key)) env[key] = value;
  return { ...env, npm_config_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false', NO_COLOR: '1', ...extra };
}

export function run(command: string, args: readonly string[], options: SpawnSyncOptions & { cwd: string }) {
  const result = spawnSync(command, args, { encoding: 'utf8', env: cleanEnv(), timeout: 300_000, maxBuffer: 1 << 26, ...options });
  return { status: result.status, stdout: String(result.stdout ?? ''), stderr: String(result.stderr ?? ''), error: result.error };
}

export interface Packed {
  tarball: string;
  /** The files in the tarball, as `npm pack --json` lists them. */
  files: string[];
  /** An empty project with only the tarball installed. */
  project: string;
  remove(): void;
}

export function packAndInstall(): Packed {
  const copy = copyRepo('invitelint-pack-');
  const out = mkdtempSync(join(tmpdir(), 'invitelint-tarball-'));
  const project = mkdtempSync(join(tmpdir(), 'invitelint-consumer-'));
  const remove = () => {
    copy.remove();
    rmSync(out, { recursive: true, force: true });
    rmSync(project, { recursive: true, force: true });
  };
  try {
    const pack = run('npm', ['pack', '--json', '--pack-destination', out], { cwd: copy.dir });
    if (pack.status !== 0) throw new Error(`npm pack failed (${pack.status}): ${pack.stderr.slice(-2000)}`);
    // The JSON report follows whatever the scripts printed.
    const report = JSON.parse(pack.stdout.slice(pack.stdout.indexOf('[\n'))) as Array<{ filename: string; files: Array<{ path: string }> }>;
    const tarball = join(out, report[0].filename);
    writeFileSync(join(project, 'package.json'), `${JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }, null, 2)}\n`);
    const install = run('npm', ['install', '--no-save', tarball], { cwd: project });
    if (install.status !== 0) throw new Error(`npm install of the tarball failed (${install.status}): ${install.stderr.slice(-2000)}`);
    const installed = readdirSync(join(project, 'node_modules')).filter((name) => !name.startsWith('.'));
    if (installed.join() !== 'invitelint') throw new Error(`the tarball brought dependencies with it: ${installed.join(', ')}`);
    return { tarball, files: report[0].files.map((f) => f.path).sort(), project, remove };
  } catch (error) {
    remove();
    throw error;
  }
}
