// Every failure the CLI expects (usage, config, I/O) becomes one line on stderr and exit 2;
// this type marks them apart from bugs, which main reports as "unexpected error".
import { isAbsolute, relative } from 'node:path';
import { oneLine } from './printable.js';

export class CliError extends Error {
  constructor(message: string) {
    // One line, always: the message may quote user input.
    super(oneLine(message));
    this.name = 'CliError';
  }
}

const REASONS: Record<string, string> = {
  ENOENT: 'no such file or directory',
  ENOTDIR: 'not a directory',
  EISDIR: 'is a directory',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ELOOP: 'symlink loop (too many levels of symbolic links)',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on device',
  EMFILE: 'too many open files',
  ENAMETOOLONG: 'file name too long',
};

/** "drafts/a.invite.md: permission denied (EACCES)" for an fs error. */
export function fsError(path: string, error: unknown, doing = ''): CliError {
  const code = (error as NodeJS.ErrnoException)?.code;
  const reason = (code && REASONS[code]) ?? (error instanceof Error ? error.message : String(error));
  return new CliError(`${path}: ${doing}${reason}${code ? ` (${code})` : ''}`);
}

/** The path as the user would type it: relative when under cwd, absolute otherwise. */
export function displayPath(path: string, cwd: string): string {
  if (!isAbsolute(path)) return path;
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}
