// Which drafts are templates by config: `templates` globs in .invitelintrc.json, each relative
// to the folder of the file that lists it (shared by the CLI and the server).
import { dirname, isAbsolute, relative, sep } from 'node:path';
import picomatch from 'picomatch';
import type { ResolvedConfig } from '../rules/engine.js';

const matchers = new WeakMap<string[], (path: string) => boolean>();

/** Whether `draftPath` (absolute) matches a `templates` glob of the config that applies to it. */
export function isTemplatePath(config: ResolvedConfig, draftPath: string): boolean {
  for (const { file, patterns } of config.templates ?? []) {
    const rel = relative(dirname(file), draftPath);
    if (rel.startsWith('..') || isAbsolute(rel)) continue;
    let match = matchers.get(patterns);
    if (!match) {
      match = picomatch(patterns, { dot: true });
      matchers.set(patterns, match);
    }
    if (match(rel.split(sep).join('/'))) return true;
  }
  return false;
}
