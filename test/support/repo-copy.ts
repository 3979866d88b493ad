// A copy of the working tree in a temp folder, node_modules linked, for tests that build,
// pack or regenerate without touching the checkout's dist/ (other tests run from it).
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { ROOT } from './built-server.js';

/** Not needed to build, pack or generate, or large. */
const SKIPPED = new Set(['node_modules', '.git', 'dist', 'test-results', 'scratch', 'invitelint.vsix']);

export interface RepoCopy {
  dir: string;
  remove(): void;
}

export function copyRepo(prefix = 'invitelint-repo-'): RepoCopy {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cpSync(ROOT, dir, {
    recursive: true,
    filter: (source) => {
      const rel = relative(ROOT, source);
      return rel === '' || !(SKIPPED.has(rel.split(sep)[0]) || rel.startsWith(`bench${sep}out`) || rel.endsWith('.vsix'));
    },
  });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
