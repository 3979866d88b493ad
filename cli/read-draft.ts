// Reads a draft as exact text: strict UTF-8, the BOM kept (engine offsets count it and --fix
// must write it back), binary files refused rather than linted as gibberish, and anything but
// a regular file of at most MAX_DRAFT_BYTES refused before it is read (workspace/bounded-read.ts,
// the one way files are read); standard input is read no further than the limit.
import { MAX_DRAFT_SIZE } from '../rules/engine.js';
import { FileRefusedError, readBoundedFile, readBoundedStream } from '../workspace/bounded-read.js';
import { CliError, fsError } from './errors.js';
import { onDiskPath } from './files.js';

// ignoreBOM: true means "do not strip it": the text must round-trip byte for byte.
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The largest draft file linted, in bytes: the engine's one size limit (a note is 300 characters). */
export const MAX_DRAFT_BYTES = MAX_DRAFT_SIZE;

/** `bytes` undefined: only "more than the limit" is known (a stream stopped at it). */
function tooLarge(name: string, bytes: number | undefined): CliError {
  const count = (n: number) => n.toLocaleString('en-US');
  const size = bytes === undefined ? `more than ${count(MAX_DRAFT_BYTES)} bytes` : `${count(bytes)} bytes; the limit is ${count(MAX_DRAFT_BYTES)}`;
  return new CliError(`${name}: too large for a draft (${size}), not linted`);
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
  let file;
  try {
    file = readBoundedFile(onDiskPath(path), MAX_DRAFT_BYTES);
  } catch (error) {
    if (error instanceof FileRefusedError) throw error.reason === 'too-large' ? tooLarge(name, error.size) : new CliError(`${name}: cannot read: ${error.message}`);
    throw fsError(name, error, 'cannot read: ');
  }
  return { text: decodeDraft(file.bytes, name), stamp: { mtimeMs: file.stat.mtimeMs, size: file.stat.size } };
}

/** Standard input as a draft: read up to the limit and no further (`yes | invitelint --stdin` ends). */
export async function readDraftStream(stream: NodeJS.ReadableStream, name: string): Promise<string> {
  try {
    return decodeDraft(await readBoundedStream(stream, MAX_DRAFT_BYTES), name);
  } catch (error) {
    if (error instanceof FileRefusedError) throw tooLarge(name, undefined);
    throw error;
  }
}
