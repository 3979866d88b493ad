// Backpressure over stdio: a client that sends requests but never reads the answers must not
// make the server buffer them without end. The connection writes through `output`, which hands
// each message to stdout at once (so the library's own write queue cannot hide a backlog), and
// while more than `limit` bytes wait unflushed the input is not read (`whenFlowing`): the client's
// writes then block, as a pipe's should.
import { Writable } from 'node:stream';

/** Unflushed output at which the server stops reading: far above any burst of real answers. */
export const MAX_UNREAD_OUTPUT = 4 * 1024 * 1024;

type Target = NodeJS.WritableStream & { readonly writableLength: number };

export class Backpressure {
  readonly output: Writable;

  constructor(
    private readonly target: Target,
    private readonly limit = MAX_UNREAD_OUTPUT,
  ) {
    this.output = new Writable({
      write: (chunk: Buffer, _encoding, callback) => {
        target.write(chunk);
        callback();
      },
    });
    // The connection learns of a broken pipe as it would from stdout itself.
    target.on('error', (error: Error) => this.output.destroy(error));
  }

  /** Calls `next` now when the output has room, else once it has drained. */
  whenFlowing(next: () => void): void {
    if (this.target.writableLength <= this.limit) next();
    else this.target.once('drain', () => this.whenFlowing(next));
  }
}
