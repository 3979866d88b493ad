// Writes fixed text atomically: a temp file in the same folder (so rename never crosses file
// systems), same mode and owner, flushed, then renamed over the original. A reader sees the
// old file or the new one, never half of either; on any failure the original is untouched.
// A file a plain write could not change (read-only) is refused: rename would ignore its mode.
// Temp files are named `.NAME.invitelint-PID-RANDOM.tmp`, so one left by a run killed mid-write
// is recognised, and removed, by the next --fix in its folder.
import { randomBytes } from 'node:crypto';
import { accessSync, closeSync, constants, fchmodSync, fchownSync, fsyncSync, openSync, readdirSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { CliError, fsError } from './errors.js';
import { onDiskPath } from './files.js';

export interface Stamp {
  mtimeMs: number;
  size: number;
}

const TEMP_FILE = /^\..+\.invitelint-(\d+)-[0-9a-f]{8}\.tmp$/;
const tempName = (base: string) => `.${base}.invitelint-${process.pid}-${randomBytes(4).toString('hex')}.tmp`;

// Paths are handled as latin1 text, one character per byte, so that a name that is not UTF-8
// survives dirname and join; the file system gets the bytes back.
const bytes = (latin1: string) => Buffer.from(latin1, 'latin1');
// The native realpath: the JS one decodes a Buffer path as UTF-8 and loses such a name.
const realPath = (path: string) => realpathSync.native(onDiskPath(path), { encoding: 'buffer' }).toString('latin1');

/** Replaces the file at `path` with `text`; `expected` guards against an edit since reading. */
export function writeFileAtomic(path: string, text: string, name: string, expected?: Stamp): void {
  let target: string;
  let stat;
  try {
    // Through symlinks: replace the file the link points to, not the link.
    target = realPath(path);
    stat = statSync(bytes(target));
    accessSync(bytes(target), constants.W_OK);
  } catch (error) {
    throw fsError(name, error, 'cannot write the fix: ');
  }
  if (expected && (stat.mtimeMs !== expected.mtimeMs || stat.size !== expected.size)) {
    throw new CliError(`${name}: changed on disk while being fixed; not written`);
  }

  const temp = bytes(join(dirname(target), tempName(basename(target))));
  let fd: number | undefined;
  try {
    fd = openSync(temp, 'wx', 0o600);
    writeFileSync(fd, text, 'utf8');
    fchmodSync(fd, stat.mode & 0o7777); // after creation, so the umask cannot narrow it
    if (process.getuid?.() === 0 && (stat.uid !== 0 || stat.gid !== 0)) fchownSync(fd, stat.uid, stat.gid);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(temp, bytes(target));
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

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // alive, someone else's
  }
}

const cleaned = new Set<string>();

/**
 * Removes the temp files of earlier runs that were killed mid-write from the folder of the file
 * at `path` (once per folder per run): ours by their name, and only when the process that made
 * them is gone. Best effort: what cannot be removed stays, as harmless as before.
 */
export function removeLeftovers(path: string): void {
  let folder: string;
  try {
    folder = dirname(realPath(path));
  } catch {
    return; // reading the file reports what is wrong with it
  }
  if (cleaned.has(folder)) return;
  cleaned.add(folder);
  let names: Buffer[];
  try {
    names = readdirSync(bytes(folder), { encoding: 'buffer' });
  } catch {
    return;
  }
  for (const raw of names) {
    const match = TEMP_FILE.exec(raw.toString('latin1'));
    if (!match || isRunning(Number(match[1]))) continue;
    try {
      rmSync(bytes(join(folder, raw.toString('latin1'))), { force: true });
    } catch {
      // A folder we cannot write in holds no fix of ours either.
    }
  }
}
