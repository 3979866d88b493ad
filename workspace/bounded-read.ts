// The one way invitelint reads a file from the workspace (drafts, ignore files, config files,
// and any data file): it must be a regular file of at most `maxBytes`, checked before it is
// opened and again on the open descriptor, and no more than `maxBytes + 1` bytes are ever
// read. A symlink to /dev/zero, a FIFO or a device is refused instead of read forever or
// blocked on; so is a file that grows past the limit while it is read.
import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';

/** Why a file was not read: `special` (not a regular file) or `too-large`. */
export class FileRefusedError extends Error {
  constructor(
    readonly reason: 'special' | 'too-large',
    message: string,
    /** For `too-large`: the size seen, or undefined when only "more than the limit" is known. */
    readonly size?: number,
  ) {
    super(message);
    this.name = 'FileRefusedError';
  }
}

/** "a FIFO", "a character device", ...: what a non-regular file is, for messages. */
export function kindOf(stat: Stats): string {
  if (stat.isDirectory()) return 'a folder';
  if (stat.isFIFO()) return 'a FIFO (named pipe)';
  if (stat.isCharacterDevice()) return 'a character device';
  if (stat.isBlockDevice()) return 'a block device';
  if (stat.isSocket()) return 'a socket';
  return 'not a regular file';
}

function refuseSpecial(stat: Stats): never {
  throw new FileRefusedError('special', `not a regular file (${kindOf(stat)})`);
}

function tooLarge(maxBytes: number, size?: number): FileRefusedError {
  const count = (n: number) => n.toLocaleString('en-US');
  const what = size === undefined ? `more than the limit of ${count(maxBytes)} bytes` : `${count(size)} bytes; the limit is ${count(maxBytes)}`;
  return new FileRefusedError('too-large', `too large (${what})`, size);
}

// O_NONBLOCK: should the file become a FIFO between the check and the open, the open does not
// wait for a writer (fstat then refuses it). It changes nothing for a regular file.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

export interface BoundedFile {
  bytes: Buffer;
  /** The descriptor's stat when opened (size, mtime: what --fix compares before writing). */
  stat: Stats;
}

/**
 * Reads a regular file of at most `maxBytes` bytes. Throws FileRefusedError for anything else,
 * and the fs error (ENOENT, EACCES, ELOOP, ...) when it cannot be opened.
 */
export function readBoundedFile(path: string | Buffer, maxBytes: number): BoundedFile {
  const before = statSync(path); // follows symlinks: what the name leads to, before opening it
  if (!before.isFile()) refuseSpecial(before);
  if (before.size > maxBytes) throw tooLarge(maxBytes, before.size);
  const fd = openSync(path, OPEN_FLAGS);
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) refuseSpecial(stat);
    if (stat.size > maxBytes) throw tooLarge(maxBytes, stat.size);
    // Room for one byte more than allowed: it tells a file that grew past the limit since
    // fstat from one that fits. The buffer grows (never past that) if the file grew at all.
    let buffer = Buffer.allocUnsafe(Math.min(maxBytes + 1, stat.size + 1));
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > maxBytes) throw tooLarge(maxBytes);
        const bigger = Buffer.allocUnsafe(Math.min(maxBytes + 1, buffer.length * 2));
        buffer.copy(bigger, 0, 0, length);
        buffer = bigger;
      }
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) return { bytes: buffer.subarray(0, length), stat };
      length += read;
    }
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads a stream (standard input) up to `maxBytes`, and stops reading at the first byte past
 * it: an endless input costs the limit, not memory without end. Rejects with FileRefusedError
 * (`too-large`, size unknown) then.
 */
export async function readBoundedStream(stream: NodeJS.ReadableStream & { destroy?: () => void }, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    length += bytes.length;
    if (length > maxBytes) {
      stream.destroy?.();
      throw tooLarge(maxBytes);
    }
    chunks.push(bytes);
  }
  return Buffer.concat(chunks, length);
}
