// Reads a draft as exact text: strict UTF-8, the BOM kept (engine offsets count it and --fix
// must write it back), binary files refused rather than linted as gibberish, and files over
// MAX_DRAFT_BYTES refused before they are read.
import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { MAX_DRAFT_SIZE } from '../rules/engine.js';
import { CliError, fsError } from './errors.js';

// ignoreBOM: true means "do not strip it": the text must round-trip byte for byte.
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The largest draft file linted, in bytes: the engine's one size limit (a note is 300 characters). */
export const MAX_DRAFT_BYTES = MAX_DRAFT_SIZE;

function tooLarge(name: string, bytes: number): CliError {
  const count = (n: number) => n.toLocaleString('en-US');
  return new CliError(`${name}: too large for a draft (${count(bytes)} bytes; the limit is ${count(MAX_DRAFT_BYTES)}), not linted`);
}

export function decodeDraft(bytes: Uint8Array, name: string): string {
  if (bytes.length > MAX_DRAFT_BYTES) throw tooLarge(name, bytes.length);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new CliError(`${name}: UTF-16 text is not supported; save the file as UTF-8`);
  }
  if (bytes.includes(0)) throw new CliError(`${name}: binary file (contains NUL bytes), not a draft`);
  try {
    return decoder.decode(bytes);
  } catch {
    throw new CliError(`${name}: invalid UTF-8; save the file as UTF-8`);
  }
}

export interface DraftFile {
  text: string;
  /** What the file looked like when read, so --fix can tell if it changed meanwhile. */
  stamp: { mtimeMs: number; size: number };
}

export function readDraft(path: string, name: string): DraftFile {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    if (stat.size > MAX_DRAFT_BYTES) throw tooLarge(name, stat.size);
    const bytes = readFileSync(fd);
    return { text: decodeDraft(bytes, name), stamp: { mtimeMs: stat.mtimeMs, size: stat.size } };
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw fsError(name, error, 'cannot read: ');
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
