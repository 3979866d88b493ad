import { describe, expect, it } from 'vitest';
import { checkHeader, FramingGuard, MAX_MESSAGE_BYTES } from './framing.js';

const frame = (body: string) => `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;

/** What the guard lets through for `chunks`, and what it reported. */
async function guard(chunks: Array<string | Buffer>): Promise<{ out: string; problems: string[] }> {
  const problems: string[] = [];
  const stream = new FramingGuard((problem) => problems.push(problem));
  const out: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => out.push(chunk));
  const ended = new Promise((resolve) => stream.on('end', resolve));
  for (const chunk of chunks) stream.write(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk);
  stream.end();
  await ended;
  return { out: Buffer.concat(out).toString('utf8'), problems };
}

describe('checkHeader', () => {
  it('accepts what vscode-jsonrpc reads: any case, extra headers, spaces around the value', () => {
    expect(checkHeader('Content-Length: 12')).toEqual({ length: 12 });
    expect(checkHeader('content-length:7\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8')).toEqual({ length: 7 });
    expect(checkHeader('Content-Length:  0 ')).toEqual({ length: 0 });
  });

  it('names what is wrong with a header it refuses', () => {
    expect(checkHeader('Content-Type: x').problem).toBe('a header without Content-Length');
    expect(checkHeader('garbage\r\nContent-Length: 5').problem).toBe('a header line without ":"');
    expect(checkHeader('Content-Length: -5').problem).toBe('Content-Length "-5" is not a byte count');
    expect(checkHeader('Content-Length: 12abc').problem).toBe('Content-Length "12abc" is not a byte count');
    expect(checkHeader('Content-Length: 1e3').problem).toBe('Content-Length "1e3" is not a byte count');
    expect(checkHeader(`Content-Length: ${MAX_MESSAGE_BYTES + 1}`).problem).toBe(`Content-Length ${MAX_MESSAGE_BYTES + 1} is over ${MAX_MESSAGE_BYTES}`);
    expect(checkHeader('xContent-Length: 5').problem).toBe('a header without Content-Length');
  });
});

describe('FramingGuard', () => {
  const a = frame('{"jsonrpc":"2.0","id":1,"method":"a"}');
  const b = frame('{"jsonrpc":"2.0","id":2,"method":"b","params":{"text":"Zoë 😀 Content-Length: 3\\r\\n\\r\\n"}}');

  it('passes well-framed messages through byte for byte, however they are split', async () => {
    const whole = a + b;
    expect(await guard([whole])).toEqual({ out: whole, problems: [] });
    const bytes = Buffer.from(whole);
    expect((await guard([...bytes].map((byte) => Buffer.from([byte])))).out).toBe(whole);
    for (const at of [1, 10, 20, 60, bytes.length - 1]) expect((await guard([bytes.subarray(0, at), bytes.subarray(at)])).out).toBe(whole);
  });

  it('leaves a body that is not JSON alone: its framing is right', async () => {
    const bad = frame('{not json');
    expect(await guard([bad, a])).toEqual({ out: bad + a, problems: [] });
  });

  it('skips to the next message after a bad header or garbage, and says so once', async () => {
    for (const junk of ['Content-Type: x\r\n\r\n{}', 'Content-Length: -5\r\n\r\n{}', 'Content-Length: nope\r\n\r\n', '\u0000\u0001 binary \r\n junk', '\r\n\r\n', 'x']) {
      const result = await guard([a, junk, b]);
      expect(result.out, JSON.stringify(junk)).toBe(a + b);
      expect(result.problems).toHaveLength(1);
      expect(result.problems[0]).toMatch(/^malformed message framing \(.+\): skipped \d+ bytes$/);
      // The same with the junk split off from the message after it.
      expect((await guard([a, junk, '', b])).out).toBe(a + b);
    }
  });

  it('keeps the start of a header split across chunks after garbage', async () => {
    const result = await guard(['junk without end ', b.slice(0, 5), b.slice(5)]);
    expect(result.out).toBe(b);
    expect(result.problems).toHaveLength(1);
  });

  it('drops a long run of bytes with no header in sight without holding on to them', async () => {
    const result = await guard(['x'.repeat(100_000), a]);
    expect(result.out).toBe(a);
    expect(result.problems.length).toBeGreaterThan(0);
  });
});
