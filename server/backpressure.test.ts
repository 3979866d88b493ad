import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { Backpressure } from './backpressure.js';
import { FramingGuard } from './framing.js';

/** A stdout whose reader never reads: writes pile up, and it drains only when told to. */
function stuckOutput() {
  const held: Array<() => void> = [];
  const stream = new Writable({ highWaterMark: 16, write: (_chunk, _encoding, callback) => void held.push(callback) });
  return { stream, drain: () => held.splice(0).forEach((callback) => callback()) };
}

const frame = (body: string) => `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;

describe('Backpressure', () => {
  it('accepts every message at once, so the connection queues nothing itself', async () => {
    const { stream } = stuckOutput();
    const backpressure = new Backpressure(stream, 100);
    const accepted: number[] = [];
    for (let i = 0; i < 5; i++) backpressure.output.write(Buffer.alloc(50, 'x'), () => accepted.push(i));
    await new Promise((resolve) => setImmediate(resolve));
    expect(accepted).toEqual([0, 1, 2, 3, 4]);
    expect(stream.writableLength).toBe(250);
  });

  it('holds the input while more than the limit waits unread, and lets it go once the output drains', async () => {
    const { stream, drain } = stuckOutput();
    const backpressure = new Backpressure(stream, 100);
    const guard = new FramingGuard(() => undefined, (next) => backpressure.whenFlowing(next));
    const passed: string[] = [];
    guard.on('data', (chunk: Buffer) => passed.push(chunk.toString()));
    backpressure.output.write(Buffer.alloc(500, 'x')); // answers the client has not read
    const first = frame('{"id":1}');
    const second = frame('{"id":2}');
    guard.write(first);
    guard.write(second);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(passed.join('')).toBe(first); // the first chunk went through; the next waits
    drain();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(passed.join('')).toBe(first + second);
  });
});
