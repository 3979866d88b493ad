import { chmodSync, lstatSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeDraft, MAX_DRAFT_BYTES } from './read-draft.js';
import { writeFileAtomic } from './write-fix.js';

const bytes = (...values: number[]) => Uint8Array.from(values);
const failure = (run: () => unknown) => {
  try {
    run();
  } catch (e) {
    return (e as Error).message;
  }
  return 'no error';
};

describe('decodeDraft', () => {
  it('keeps a BOM, so offsets and --fix round-trip', () => {
    expect(decodeDraft(bytes(0xef, 0xbb, 0xbf, 0x48, 0x69), 'a')).toBe('\uFEFFHi');
  });

  it('refuses binary, UTF-16 and invalid UTF-8 in one line', () => {
    expect(failure(() => decodeDraft(bytes(0x48, 0, 0x69), 'a.invite.md'))).toBe('a.invite.md: binary file (contains NUL bytes), not a draft');
    expect(failure(() => decodeDraft(bytes(0xff, 0xfe, 0x48, 0), 'a'))).toBe('a: UTF-16 text is not supported; save the file as UTF-8');
    expect(failure(() => decodeDraft(bytes(0x48, 0xc3, 0x28), 'a'))).toBe('a: invalid UTF-8; save the file as UTF-8');
  });

  it('refuses more than MAX_DRAFT_BYTES (1 MiB), and takes exactly that many', () => {
    expect(MAX_DRAFT_BYTES).toBe(1024 * 1024);
    expect(decodeDraft(new Uint8Array(MAX_DRAFT_BYTES).fill(0x61), 'a')).toHaveLength(MAX_DRAFT_BYTES);
    expect(failure(() => decodeDraft(new Uint8Array(MAX_DRAFT_BYTES + 1).fill(0x61), 'a.invite.md'))).toBe('a.invite.md: too large for a draft (1,048,577 bytes; the limit is 1,048,576), not linted');
  });
});

describe('writeFileAtomic', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'invitelint-write-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('replaces the file, keeps its mode and leaves no temp file', () => {
    const file = join(dir, 'a.invite.md');
    writeFileSync(file, 'old');
    chmodSync(file, 0o640);
    writeFileAtomic(file, '\uFEFFnew\r\n', 'a.invite.md');
    expect(readFileSync(file)).toEqual(Buffer.from('\uFEFFnew\r\n', 'utf8'));
    expect(statSync(file).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir)).toEqual(['a.invite.md']);
  });

  it('writes through a symlink and keeps the link', () => {
    writeFileSync(join(dir, 'real.md'), 'old');
    symlinkSync('real.md', join(dir, 'link.invite.md'));
    writeFileAtomic(join(dir, 'link.invite.md'), 'new', 'link.invite.md');
    expect(lstatSync(join(dir, 'link.invite.md')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, 'link.invite.md'))).toBe('real.md');
    expect(readFileSync(join(dir, 'real.md'), 'utf8')).toBe('new');
  });

  it('refuses to overwrite a file that changed since it was read', () => {
    const file = join(dir, 'b.invite.md');
    writeFileSync(file, 'old');
    const stamp = { mtimeMs: statSync(file).mtimeMs - 1000, size: 3 };
    expect(failure(() => writeFileAtomic(file, 'new', 'b.invite.md', stamp))).toBe('b.invite.md: changed on disk while being fixed; not written');
    expect(readFileSync(file, 'utf8')).toBe('old');
  });

  it('reports a missing file in one line', () => {
    expect(failure(() => writeFileAtomic(join(dir, 'gone.invite.md'), 'x', 'gone.invite.md'))).toBe('gone.invite.md: cannot write the fix: no such file or directory (ENOENT)');
  });
});
