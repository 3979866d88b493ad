// Guards the stdio framing of LSP messages (`Content-Length: N\r\n\r\n` and N bytes of JSON)
// before vscode-jsonrpc reads it. That reader trusts every header block: after one without a
// Content-Length, with a negative or non-numeric one, or after stray bytes between messages, it
// takes the next body for a header, and the one after, and never answers again. This stream
// passes well-framed messages through byte for byte; at a bad header block it skips to the next
// `Content-Length:` and reports what it skipped. A body that is not JSON is framed correctly and
// is left to the reader, which drops it and reads on.
import { Transform, type TransformCallback } from 'node:stream';

/** A Content-Length above this is corrupt, not a message (a 10 MB document is ~10 MB of JSON). */
export const MAX_MESSAGE_BYTES = 256 * 1024 * 1024;
/** Real header blocks are under 100 bytes; this many without a blank line is garbage. */
const MAX_HEADER_BYTES = 8 * 1024;
const MARKER = 'content-length:';
const SEPARATOR = Buffer.from('\r\n\r\n');

/** Why a header block is unusable, or undefined with its body length when it is fine (same rules as vscode-jsonrpc). */
export function checkHeader(block: string): { length: number; problem?: undefined } | { length?: undefined; problem: string } {
  let value: string | undefined;
  for (const line of block.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon < 0) return { problem: 'a header line without ":"' };
    if (line.slice(0, colon).toLowerCase() === 'content-length') value = line.slice(colon + 1).trim();
  }
  if (value === undefined) return { problem: 'a header without Content-Length' };
  if (!/^\d+$/.test(value)) return { problem: `Content-Length ${JSON.stringify(value.slice(0, 20))} is not a byte count` };
  const length = Number(value);
  if (length > MAX_MESSAGE_BYTES) return { problem: `Content-Length ${value} is over ${MAX_MESSAGE_BYTES}` };
  return { length };
}

export class FramingGuard extends Transform {
  private pending = Buffer.alloc(0);
  /** Body bytes still to pass through before the next header block. */
  private body = 0;

  /** `pace` is called with the callback that asks for the next chunk: it may hold it back (backpressure.ts). */
  constructor(
    private readonly report: (problem: string) => void,
    private readonly pace: (next: () => void) => void = (next) => next(),
  ) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    let data = this.pending.length > 0 ? Buffer.concat([this.pending, chunk]) : chunk;
    for (;;) {
      if (this.body > 0) {
        const part = data.subarray(0, this.body);
        this.body -= part.length;
        this.push(part);
        data = data.subarray(part.length);
      }
      if (data.length === 0 || this.body > 0) break;
      const end = data.indexOf(SEPARATOR);
      if (end < 0) {
        if (data.length > MAX_HEADER_BYTES) data = this.skip(data, 'bytes that are no header');
        break;
      }
      const header = checkHeader(data.subarray(0, end).toString('latin1'));
      if (header.problem !== undefined) {
        data = this.skip(data, header.problem);
        continue;
      }
      this.push(data.subarray(0, end + SEPARATOR.length));
      this.body = header.length;
      data = data.subarray(end + SEPARATOR.length);
    }
    this.pending = Buffer.from(data); // a copy: the chunk behind `data` is not ours to keep
    this.pace(() => done());
  }

  /** Drops bytes up to the next `Content-Length:` after the first byte, or all but a tail that may begin one. */
  private skip(data: Buffer, problem: string): Buffer {
    const text = data.toString('latin1').toLowerCase();
    let drop = text.indexOf(MARKER, 1);
    if (drop < 0) {
      let tail = Math.min(MARKER.length - 1, text.length - 1);
      while (tail > 0 && !MARKER.startsWith(text.slice(text.length - tail))) tail--;
      drop = text.length - tail;
    }
    this.report(`malformed message framing (${problem}): skipped ${drop} bytes`);
    return data.subarray(drop);
  }
}
