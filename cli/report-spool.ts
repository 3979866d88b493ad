// Holds the report while the drafts are linted: in memory up to a bound, then in a temporary
// file, so a run over any number of drafts keeps a bounded report in memory. Nothing reaches
// stdout or --output-file until the run has succeeded: a run that fails part-way prints its
// one-line error and nothing else, as every failure does.
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StringDecoder } from 'node:string_decoder';

/** How much text (UTF-16 units) is kept in memory before it goes to a temporary file: a small
 *  run never touches the disk, and text held long would be promoted to V8's old space. */
export const MAX_REPORT_IN_MEMORY = 64 * 1024;
const CHUNK_BYTES = 1024 * 1024;

export class ReportSpool {
  private chunks: string[] = [];
  private held = 0;
  private folder: string | undefined;
  private fd: number | undefined;
  private last = '';

  constructor(private readonly limit = MAX_REPORT_IN_MEMORY) {}

  write(text: string): void {
    if (text === '') return;
    this.last = text;
    this.chunks.push(text);
    this.held += text.length;
    if (this.held > this.limit) this.spill();
  }

  /** Moves what is held in memory to the file (one write), creating the file the first time. */
  private spill(): void {
    if (this.fd === undefined) {
      this.folder = mkdtempSync(join(tmpdir(), 'invitelint-report-'));
      this.fd = openSync(join(this.folder, 'report'), 'w+');
    }
    writeSync(this.fd, this.chunks.join(''));
    this.chunks = [];
    this.held = 0;
  }

  /** The text written so far, in pieces: strings from memory, or buffers from the file. */
  private *pieces(): Generator<string | Buffer> {
    if (this.fd === undefined) {
      yield* this.chunks;
      return;
    }
    if (this.chunks.length > 0) this.spill();
    const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
    for (let position = 0; ; ) {
      const read = readSync(this.fd, buffer, 0, CHUNK_BYTES, position);
      if (read === 0) return;
      yield Buffer.from(buffer.subarray(0, read));
      position += read;
    }
  }

  /** Writes the report, ending in a line break when not empty, through `write`. */
  deliver(write: (chunk: string | Buffer) => void): void {
    for (const piece of this.pieces()) write(piece);
    if (this.last !== '' && !this.last.endsWith('\n')) write('\n');
  }

  /** The text written so far, line by line (for text written as lines). */
  *lines(): Generator<string> {
    const decoder = new StringDecoder('utf8');
    let rest = '';
    for (const piece of this.pieces()) {
      const text = rest + (typeof piece === 'string' ? piece : decoder.write(piece));
      const lines = text.split('\n');
      rest = lines.pop()!;
      yield* lines;
    }
    rest += decoder.end();
    if (rest !== '') yield rest;
  }

  /** Removes the temporary file, if there is one. */
  dispose(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    if (this.folder !== undefined) rmSync(this.folder, { recursive: true, force: true });
    this.fd = undefined;
    this.folder = undefined;
    this.chunks = [];
  }
}
