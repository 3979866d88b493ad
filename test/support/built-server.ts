// The editor tests run the BUILT language server, as editors do. A missing or stale bundle
// fails loudly (run `npm run build`) instead of testing old code.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const SERVER_BIN = join(ROOT, 'bin', 'invitelint-language-server.js');
const BUNDLE = join(ROOT, 'dist', 'server.mjs');
/** What the server bundle is built from. */
const SOURCES = ['server', 'rules', 'workspace'];

function newestSource(dir: string): { path: string; mtime: number } | undefined {
  let newest: { path: string; mtime: number } | undefined;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    const candidate = entry.isDirectory() ? newestSource(path) : /\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? { path, mtime: statSync(path).mtimeMs } : undefined;
    if (candidate && (!newest || candidate.mtime > newest.mtime)) newest = candidate;
  }
  return newest;
}

/** Throws a clear error unless dist/server.mjs exists and is newer than its sources. */
export function assertServerBuilt(): void {
  if (!existsSync(BUNDLE)) throw new Error(`${relative(ROOT, BUNDLE)} is missing: run \`npm run build\` (node esbuild.mjs) before the editor tests`);
  const built = statSync(BUNDLE).mtimeMs;
  for (const dir of SOURCES) {
    const newest = newestSource(join(ROOT, dir));
    if (newest && newest.mtime > built) {
      throw new Error(`${relative(ROOT, BUNDLE)} is older than ${relative(ROOT, newest.path)}: run \`npm run build\` (node esbuild.mjs) before the editor tests`);
    }
  }
}
