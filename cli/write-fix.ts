// Writes fixed text atomically: a temp file in the same folder (so rename never crosses file
// systems), same mode and owner, flushed, then renamed over the original. A reader sees the
// old file or the new one, never half of either; on any failure the original is untouched.
import { randomBytes } from 'node:crypto';
import { closeSync, fchmodSync, fchownSync, fsyncSync, openSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { CliError, fsError } from './errors.js';

export interface Stamp {
  mtimeMs: number;
  size: number;
}

/** Replaces the file at `path` with `text`; `expected` guards against an edit since reading. */
export function writeFileAtomic(path: string, text: string, name: string, expected?: Stamp): void {
  let target: string;
  let stat;
  try {
    // Through symlinks: replace the file the link points to, not the link.
    target = realpathSync(path);
    stat = statSync(target);
  } catch (error) {
    throw fsError(name, error, 'cannot write the fix: ');
  }
  if (expected && (stat.mtimeMs !== expected.mtimeMs || stat.size !== expected.size)) {
    throw new CliError(`${name}: changed on disk while being fixed; not written`);
  }

  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(temp, 'wx', 0o600);
    writeFileSync(fd, text, 'utf8');
    fchmodSync(fd, stat.mode & 0o7777); // after creation, so the umask cannot narrow it
    if (process.getuid?.() === 0 && (stat.uid !== 0 || stat.gid !== 0)) fchownSync(fd, stat.uid, stat.gid);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(temp, target);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    try {
      rmSync(temp, { force: true });
    } catch {
      // Nothing more to undo: the original was never touched.
    }
    throw fsError(name, error, 'cannot write the fix: ');
  }
}
