import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FileRefusedError, readBoundedFile, readBoundedStream } from './bounded-read.js';

const refusal = (read: () => unknown): Pick<FileRefusedError, 'reason' | 'message' | 'size'> | string => {
  try {
    read();
  } catch (error) {
    return error instanceof FileRefusedError ? { reason: error.reason, message: error.message, size: error.size } : String((error as NodeJS.ErrnoException).code);
  }
  return 'read';
};

describe('readBoundedFile', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'invitelint-read-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads a regular file of up to the limit, byte for byte', () => {
    writeFileSync(join(dir, 'ten'), '0123456789');
    const { bytes, stat } = readBoundedFile(join(dir, 'ten'), 10);
    expect(bytes.toString()).toBe('0123456789');
    expect(stat.size).toBe(10);
    expect(readBoundedFile(join(dir, 'ten'), 10_000).bytes.toString()).toBe('0123456789');
  });

  it('refuses a file over the limit before reading it', () => {
    expect(refusal(() => readBoundedFile(join(dir, 'ten'), 9))).toEqual({ reason: 'too-large', message: 'too large (10 bytes; the limit is 9)', size: 10 });
  });

  it('refuses what is not a regular file: a folder, a device (also through a link), a FIFO', () => {
    expect(refusal(() => readBoundedFile(dir, 10))).toMatchObject({ reason: 'special', message: 'not a regular file (a folder)' });
    symlinkSync('/dev/zero', join(dir, 'zero'));
    expect(refusal(() => readBoundedFile(join(dir, 'zero'), 10))).toMatchObject({ reason: 'special', message: 'not a regular file (a character device)' });
    if (spawnSync('mkfifo', [join(dir, 'fifo')]).status === 0) {
      // Refused without opening it: opening a FIFO waits for a writer.
      expect(refusal(() => readBoundedFile(join(dir, 'fifo'), 10))).toMatchObject({ reason: 'special', message: 'not a regular file (a FIFO (named pipe))' });
    }
  });

  it('passes on the file system error for a file it cannot open', () => {
    expect(refusal(() => readBoundedFile(join(dir, 'missing'), 10))).toBe('ENOENT');
  });

  it.skipIf(process.platform !== 'linux')('reads no further than the limit when the size is not known in advance (/proc files say 0)', () => {
    expect(readBoundedFile('/proc/self/status', 1024 * 1024).bytes.toString()).toMatch(/^Name:/);
    expect(refusal(() => readBoundedFile('/proc/self/status', 16))).toEqual({ reason: 'too-large', message: 'too large (more than the limit of 16 bytes)', size: undefined });
  });
});

describe('readBoundedStream', () => {
  it('reads a stream to its end within the limit', async () => {
    expect((await readBoundedStream(Readable.from([Buffer.from('ab'), Buffer.from('cd')]), 4)).toString()).toBe('abcd');
  });

  it('stops reading an endless stream at the first byte past the limit, and destroys it', async () => {
    let produced = 0;
    const endless = new Readable({
      read() {
        produced += 1000;
        this.push(Buffer.alloc(1000, 'y'));
      },
    });
    await expect(readBoundedStream(endless, 10_000)).rejects.toMatchObject({ reason: 'too-large', size: undefined });
    expect(endless.destroyed).toBe(true);
    expect(produced).toBeLessThan(100_000);
  });
});
