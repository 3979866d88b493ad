// A hostile client over stdio (issue 5: nothing crashes, nothing is lost). The built server is
// spoken to in raw bytes: broken framing, bodies that are not JSON-RPC, protocol misuse, a
// 10 MB document, an edit storm, stale versions, 1,000 open/close cycles. After each scenario
// the server must still be running, answer a normal request correctly, and its last
// diagnostics must be those of the last text it accepted.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, Hover, PublishDiagnosticsParams, Range, TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lint, rules } from '../rules/engine.js';
import { assertServerBuilt, ROOT, SERVER_BIN } from '../test/support/built-server.js';
import { MAX_LINTED_LENGTH } from './diagnostics.js';

/** Preload for the memory test: a forced GC and a memory report on SIGUSR2. */
const GC_HOOK = ['--expose-gc', '--require', join(ROOT, 'test', 'support', 'gc-on-signal.cjs')];
const MISMATCH = readFileSync(join(ROOT, 'fixtures', 'lsp', 'name-mismatch.invite.md'), 'utf8');
const ERROR = { invalidParams: -32602, methodNotFound: -32601, serverNotInitialized: -32002 };

interface Message {
  jsonrpc: string;
  id?: number | string | null;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { code: number; message: string };
}

/** What the engine reports for `text`, as (rule id, range) pairs: what the server must publish. */
function expected(text: string): Array<{ code: string; range: Range }> {
  const doc = TextDocument.create('x:', 'markdown', 0, text);
  return lint(text).findings.map((f) => ({ code: f.ruleId, range: { start: doc.positionAt(f.start), end: doc.positionAt(f.end) } }));
}
/** The per-draft diagnostics: across rules (server/across.protocol.test.ts) also compare the other drafts a test opens. */
const ACROSS_RULES = new Set(rules.filter((rule) => rule.across).map((rule) => rule.meta.id));
const published = (diagnostics: Diagnostic[]) => diagnostics.filter((d) => !ACROSS_RULES.has(String(d.code))).map((d) => ({ code: d.code, range: d.range }));

function rangeOf(text: string, needle: string): Range {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`${JSON.stringify(needle)} not in text`);
  const doc = TextDocument.create('x:', 'markdown', 0, text);
  return { start: doc.positionAt(at), end: doc.positionAt(at + needle.length) };
}

/** Deterministic pseudo-random numbers (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** One LSP message as bytes: the header counts bytes, not characters. */
function frame(message: unknown): Buffer {
  const body = Buffer.from(typeof message === 'string' ? message : JSON.stringify(message), 'utf8');
  return Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]);
}

/** The built server as a process, written to in raw bytes; what it sends back is parsed and kept. */
class RawServer {
  readonly received: Message[] = [];
  stderr = '';
  private pending = Buffer.alloc(0);
  private id = 1000;
  private readonly published = new Map<string, PublishDiagnosticsParams[]>();
  /** Re-checked on every message and exit (waitFor). */
  private readonly waiters = new Set<() => void>();
  readonly exited: Promise<number | null>;

  private constructor(readonly child: ChildProcess) {
    this.exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
    child.on('exit', () => this.waiters.forEach((check) => check()));
    child.stderr!.on('data', (chunk) => (this.stderr += String(chunk)));
    child.stdout!.on('data', (chunk: Buffer) => this.read(chunk));
    child.stdin!.on('error', () => undefined); // writing after an exit must not crash the test
  }

  /** `virtualMemoryKb`: run under `ulimit -v`, so a regression cannot take the machine's memory. */
  static start(nodeArgs: string[] = [], { virtualMemoryKb }: { virtualMemoryKb?: number } = {}): RawServer {
    const argv = [process.execPath, ...nodeArgs, SERVER_BIN, '--stdio'];
    const [command, ...args] = virtualMemoryKb ? ['/bin/sh', '-c', `ulimit -v ${virtualMemoryKb} && exec "$@"`, 'sh', ...argv] : argv;
    return new RawServer(spawn(command, args, { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] }));
  }

  /** Starts a server and initializes it like a plain client (push settings, no dynamic registration). */
  static async initialized(folder: string, initializationOptions?: unknown, nodeArgs: string[] = [], startOptions: { virtualMemoryKb?: number } = {}): Promise<RawServer> {
    const server = RawServer.start(nodeArgs, startOptions);
    const folderUri = pathToFileURL(folder).href;
    const answer = await server.request('initialize', {
      processId: process.pid,
      rootUri: folderUri,
      workspaceFolders: [{ uri: folderUri, name: 'drafts' }],
      initializationOptions,
      capabilities: { textDocument: { publishDiagnostics: { versionSupport: true } }, workspace: { workspaceEdit: { documentChanges: true } } },
    });
    expect(answer.error).toBeUndefined();
    server.notify('initialized', {});
    return server;
  }

  private read(chunk: Buffer): void {
    this.pending = Buffer.concat([this.pending, chunk]);
    for (;;) {
      const end = this.pending.indexOf('\r\n\r\n');
      if (end < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.pending.subarray(0, end).toString('ascii'))?.[1]);
      if (this.pending.length < end + 4 + length) return;
      const message = JSON.parse(this.pending.subarray(end + 4, end + 4 + length).toString('utf8')) as Message;
      this.pending = this.pending.subarray(end + 4 + length);
      this.received.push(message);
      if (message.method === 'textDocument/publishDiagnostics') {
        const params = message.params as PublishDiagnosticsParams;
        this.published.set(params.uri, [...(this.published.get(params.uri) ?? []), params]);
      }
      this.waiters.forEach((check) => check());
      // The server's own requests (none with these capabilities, but answer any): null.
      if (message.method !== undefined && message.id !== undefined) this.write(frame({ jsonrpc: '2.0', id: message.id, result: null }));
    }
  }

  write(bytes: Buffer | string): void {
    this.child.stdin!.write(bytes);
  }

  notify(method: string, params?: unknown): void {
    this.write(frame({ jsonrpc: '2.0', method, params }));
  }

  /** Sends a request (raw: `message` as given) and waits for the response with its id. */
  async request(method: string, params?: unknown, timeoutMs = 10_000): Promise<Message> {
    const id = ++this.id;
    this.write(frame({ jsonrpc: '2.0', id, method, params }));
    return this.response(id, timeoutMs);
  }

  response(id: number | string, timeoutMs = 10_000): Promise<Message> {
    return this.waitFor(`the response to request ${id}`, () => this.received.find((m) => m.id === id && m.method === undefined), timeoutMs);
  }

  /** Resolves with `probe`'s first value that is not undefined or false, checked on each message from the server. */
  waitFor<T>(what: string, probe: () => T | undefined | false, timeoutMs = 10_000): Promise<T> {
    return new Promise((resolve, reject) => {
      const done = () => {
        this.waiters.delete(check);
        clearTimeout(timer);
      };
      const check = () => {
        const value = probe();
        if (value !== undefined && value !== false) {
          done();
          resolve(value);
        } else if (this.child.exitCode !== null || this.child.signalCode !== null) {
          done();
          reject(new Error(`server exited (${this.child.exitCode ?? this.child.signalCode}) while waiting for ${what}\n${this.stderr}`));
        }
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}\nstderr: ${this.stderr}`));
      }, timeoutMs);
      this.waiters.add(check);
      check();
    });
  }

  /** Every publishDiagnostics for `uri`, in order. */
  diagnostics(uri: string): PublishDiagnosticsParams[] {
    return this.published.get(uri) ?? [];
  }

  latest(uri: string): PublishDiagnosticsParams | undefined {
    return this.published.get(uri)?.at(-1);
  }

  /** Forgets what was received (a long run's messages are the test's memory, not the server's). */
  forget(): void {
    this.received.length = 0;
    this.published.clear();
  }

  /** Waits for diagnostics of `uri` at `version` (the latest published for it). */
  diagnosticsFor(uri: string, version: number, timeoutMs = 10_000): Promise<PublishDiagnosticsParams> {
    return this.waitFor(`diagnostics for ${uri} v${version}`, () => (this.latest(uri)?.version === version ? this.latest(uri) : undefined), timeoutMs);
  }

  logs(): string[] {
    return this.received.filter((m) => m.method === 'window/logMessage').map((m) => (m.params as { message: string }).message);
  }

  open(uri: string, text: string, version = 1): void {
    this.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } });
  }

  change(uri: string, version: number, contentChanges: unknown): void {
    this.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
  }

  close(uri: string): void {
    this.notify('textDocument/didClose', { textDocument: { uri } });
  }

  /**
   * The server's memory after a forced full GC (needs the process started with GC_HOOK): VmRSS
   * from /proc, and the V8 heap in use as the process reports it.
   */
  async memory(): Promise<{ rssKb: number; heapUsedKb: number }> {
    const from = this.stderr.length;
    this.child.kill('SIGUSR2');
    const line = await this.waitForStderr(from, /invitelint-test-memory (\{.*\})\n/);
    const reported = JSON.parse(line) as { heapUsed: number; gc: boolean };
    expect(reported.gc, 'global.gc in the server (started with --expose-gc)').toBe(true);
    await sleep(200); // freed pages go back to the system a little after the collection
    const rssKb = Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${this.child.pid}/status`, 'utf8'))![1]);
    return { rssKb, heapUsedKb: Math.round(reported.heapUsed / 1024) };
  }

  private async waitForStderr(from: number, pattern: RegExp, timeoutMs = 10_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const match = pattern.exec(this.stderr.slice(from));
      if (match) return match[1];
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${pattern} on the server's stderr: ${this.stderr.slice(from)}`);
      await sleep(20);
    }
  }

  /** shutdown + exit, as an editor does; resolves with the exit code. */
  async stop(): Promise<number | null> {
    const answer = await this.request('shutdown', null);
    expect(answer.error).toBeUndefined();
    this.notify('exit');
    return Promise.race([this.exited, sleep(5000).then(() => 'timeout' as const)]).then((code) => {
      if (code === 'timeout') throw new Error('server did not exit within 5 s of the exit notification');
      return code;
    });
  }

  kill(): void {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill();
  }
}

describe('a hostile client over stdio', () => {
  let dir: string;
  let server: RawServer;
  const uri = (name: string) => pathToFileURL(join(dir, name)).href;
  let probeVersion = 1;

  /**
   * The server is running, answers a hover over the probe draft's name-mismatch with that rule's
   * explanation, and after an edit publishes the diagnostics of the edited text.
   */
  async function expectHealthy(): Promise<void> {
    expect(server.child.exitCode, server.stderr).toBeNull();
    const target = uri('probe.invite.md');
    const hover = await server.request('textDocument/hover', { textDocument: { uri: target }, position: rangeOf(MISMATCH, 'Anna').start });
    expect(hover.error).toBeUndefined();
    expect((hover.result as Hover).contents).toMatchObject({ kind: 'markdown', value: expect.stringContaining('name-mismatch') });
    // The probe draft gains or loses a placeholder at its end: the diagnostics follow the text.
    const text = ++probeVersion % 2 === 0 ? `${MISMATCH} {FirstName}` : MISMATCH;
    server.change(target, probeVersion, [{ text }]);
    const last = await server.diagnosticsFor(target, probeVersion);
    expect(published(last.diagnostics)).toEqual(expected(text));
  }

  beforeAll(async () => {
    assertServerBuilt();
    dir = mkdtempSync(join(tmpdir(), 'invitelint-hostile-'));
    server = await RawServer.initialized(dir);
    server.open(uri('probe.invite.md'), MISMATCH);
    await server.diagnosticsFor(uri('probe.invite.md'), 1);
  });

  afterAll(() => {
    server?.kill();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('drops bodies that are not JSON-RPC and answers what it can', async () => {
    for (const body of ['{not json', '', 'null', '[]', '"text"', '{"jsonrpc":"2.0"}', '{"jsonrpc":"2.0","id":1,"method":42}', '\u0000\u0001']) server.write(frame(body));
    server.write(Buffer.concat([Buffer.from('Content-Length: 4\r\n\r\n'), Buffer.from([0xc3, 0x28, 0xff, 0xfe])])); // not UTF-8
    // A request of ours with params that are not, and a string id.
    server.write(frame({ jsonrpc: '2.0', id: 'x-1', method: 'textDocument/hover', params: 'nonsense' }));
    expect((await server.response('x-1')).error?.code).toBe(ERROR.invalidParams);
    await expectHealthy();
  });

  it('skips a header without Content-Length, a bad or negative length, and garbage between messages', async () => {
    const hover = (id: number) => frame({ jsonrpc: '2.0', id: `g${id}`, method: 'textDocument/hover', params: { textDocument: { uri: uri('none.invite.md') }, position: { line: 0, character: 0 } } });
    const bad = [
      'Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{"jsonrpc":"2.0","id":"hidden","method":"shutdown"}',
      'Content-Length: -5\r\n\r\n{}',
      'Content-Length: abc\r\n\r\n{}',
      'Content-Length: 12abc\r\n\r\n{}',
      'Content-Length: 99999999999999999999\r\n\r\n{}',
      'Content-Length\r\n\r\n{}',
      'no header at all, just words\r\n',
      '\r\n\r\n\r\n',
    ];
    const rnd = random(5);
    const garbage = () => Buffer.from(Array.from({ length: 1 + Math.floor(rnd() * 300) }, () => Math.floor(rnd() * 256)));
    let id = 1;
    for (const prefix of [...bad.map((b) => Buffer.from(b)), garbage(), garbage(), garbage(), Buffer.alloc(20_000, 'x')]) {
      // Bad bytes glued to the next message, and the same split across writes.
      server.write(Buffer.concat([prefix, hover(id++)]));
      server.write(prefix);
      await sleep(5);
      server.write(hover(id++));
    }
    // Every well-framed request after the bad bytes is answered: nothing after them is lost.
    for (let i = 1; i < id; i++) expect((await server.response(`g${i}`)).result).toBeNull();
    expect(server.logs().some((l) => l.includes('malformed message framing'))).toBe(true);
    // The shutdown inside the header-less message above was skipped with it, not run.
    expect(server.received.some((m) => m.id === 'hidden')).toBe(false);
    await expectHealthy();
  });

  it('accepts a lowercase content-length and extra headers, and one split byte by byte', async () => {
    const body = JSON.stringify({ jsonrpc: '2.0', id: 'lower', method: 'textDocument/hover', params: { textDocument: { uri: uri('none.invite.md') }, position: { line: 0, character: 0 } } });
    server.write(`content-length: ${Buffer.byteLength(body)}\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n${body}`);
    expect((await server.response('lower')).result).toBeNull();
    const bytes = frame({ jsonrpc: '2.0', id: 'split', method: 'textDocument/hover', params: { textDocument: { uri: uri('é.invite.md') }, position: { line: 0, character: 0 } } });
    for (const byte of bytes) server.write(Buffer.from([byte]));
    expect((await server.response('split')).result).toBeNull();
    await expectHealthy();
  });

  it('survives a Content-Length shorter or longer than the body', async () => {
    const hover = (id: string) => ({ jsonrpc: '2.0', id, method: 'textDocument/hover', params: { textDocument: { uri: uri('none.invite.md') }, position: { line: 0, character: 0 } } });
    // Too short: the body is cut (not JSON, dropped) and its rest is garbage before the next message.
    const short = Buffer.from(JSON.stringify(hover('short')));
    server.write(Buffer.concat([Buffer.from(`Content-Length: ${short.length - 10}\r\n\r\n`), short, frame(hover('after-short'))]));
    expect((await server.response('after-short')).result).toBeNull();
    // Too long: the server waits for the bytes it was promised, taking what follows as body
    // (the request inside is lost: framing cannot tell), then reads on.
    server.write(`Content-Length: 1000\r\n\r\n${JSON.stringify(hover('long'))}`);
    server.write(frame(hover('swallowed')));
    await sleep(100);
    expect(server.received.some((m) => m.id === 'long' || m.id === 'swallowed')).toBe(false);
    const swallowed = frame(hover('swallowed')).length + Buffer.byteLength(JSON.stringify(hover('long')));
    server.write(' '.repeat(1000 - swallowed));
    server.write(frame(hover('after-long')));
    expect((await server.response('after-long')).result).toBeNull();
    await expectHealthy();
  });

  it('answers unknown requests with MethodNotFound and ignores unknown notifications', async () => {
    for (const method of ['invitelint/nope', 'textDocument/semanticTokens/full', '$/unknown']) {
      const answer = await server.request(method, { anything: [1, 2] });
      expect(answer.error?.code, method).toBe(ERROR.methodNotFound);
    }
    const before = server.received.length;
    server.notify('invitelint/whatever', { x: 1 });
    server.notify('$/cancelRequest', { id: 123456 });
    server.notify('$/setTrace', { value: 'verbose' });
    server.notify('workspace/didChangeWorkspaceFolders', 'not an object');
    await expectHealthy();
    expect(server.received.slice(before).filter((m) => m.id !== undefined && m.error)).toEqual([]);
  });

  it('ignores didChange for a document never opened or already closed', async () => {
    const never = uri('never.invite.md');
    server.change(never, 2, [{ text: 'Hi {FirstName}' }]);
    const closed = uri('closed.invite.md');
    server.open(closed, MISMATCH);
    await server.diagnosticsFor(closed, 1);
    server.close(closed);
    await server.waitFor('cleared diagnostics', () => server.latest(closed)?.diagnostics.length === 0);
    server.change(closed, 2, [{ text: 'Hi {FirstName}' }]);
    server.change(closed, 3, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }]);
    await expectHealthy();
    await sleep(300); // longer than the debounce
    expect(server.diagnostics(never)).toEqual([]);
    expect(server.latest(closed)!.diagnostics).toEqual([]);
    const hover = await server.request('textDocument/hover', { textDocument: { uri: closed }, position: rangeOf(MISMATCH, 'Anna').start });
    expect(hover.result).toBeNull();
  });

  it('keeps the newest text when a lower version arrives after a higher one, and refuses malformed changes whole', async () => {
    const target = uri('versions.invite.md');
    server.open(target, MISMATCH);
    await server.diagnosticsFor(target, 1);
    const newer = MISMATCH.replace('Hi Anna,', 'Hi Hannah,');
    server.change(target, 5, [{ text: newer }]);
    await server.diagnosticsFor(target, 5);
    const logged = server.logs().length;
    server.change(target, 3, [{ text: `${MISMATCH} {FirstName}` }]);
    server.change(target, 4, [{ range: rangeOf(newer, 'Hannah'), text: 'Bob' }]);
    // Applied half, these would change the text: a good change followed by one that is not.
    server.change(target, 6, [{ range: rangeOf(newer, 'Hannah'), text: 'Zed' }, 42]);
    server.change(target, 6, [{ range: { start: { line: 'a', character: 0 }, end: { line: 0, character: 0 } }, text: 'Zed' }]);
    server.change(target, 6, 'all of it');
    // Messages are handled in order: once this is answered, so are the changes; then the debounce.
    await server.request('textDocument/hover', { textDocument: { uri: target }, position: { line: 0, character: 0 } });
    await sleep(300);
    expect(server.diagnostics(target).map((d) => d.version)).toEqual([1, 5]);
    expect(published(server.latest(target)!.diagnostics)).toEqual(expected(newer));
    expect(server.logs().slice(logged).filter((l) => l.includes(target) && l.includes('ignored'))).toHaveLength(5);
    // The server still holds v5's text: an edit relative to it lands where the client meant it.
    const final = newer.replace('Coffee next week', '{Slot} next week');
    server.change(target, 7, [{ range: rangeOf(newer, 'Coffee'), text: '{Slot}' }]);
    const last = await server.diagnosticsFor(target, 7);
    expect(published(last.diagnostics)).toEqual(expected(final));
    expect(last.diagnostics.map((d) => d.code)).toContain('placeholder');
    await expectHealthy();
  });

  it('publishes one informational diagnostic for a 10 MB document, without blocking other requests', async () => {
    const target = uri('huge.invite.md');
    const paragraph = 'Great to see you at the summit yesterday, your talk on railway signalling was superb. Coffee next week?\n\n';
    const huge = `---\nto: Hannah Okafor\n---\nHi Anna,\n\n${paragraph.repeat(Math.ceil(10_000_000 / paragraph.length))}`;
    const started = Date.now();
    server.open(target, huge);
    const [diagnostic, ...rest] = (await server.diagnosticsFor(target, 1, 20_000)).diagnostics;
    const openMs = Date.now() - started;
    expect(rest).toEqual([]);
    expect(diagnostic).toMatchObject({ severity: 3, source: 'invitelint', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } } });
    expect(diagnostic.message).toContain('not linted');
    expect(diagnostic.message).toContain((huge.length).toLocaleString('en-US'));
    expect(diagnostic.message).toContain(MAX_LINTED_LENGTH.toLocaleString('en-US'));
    const t0 = Date.now();
    await expectHealthy();
    const probeMs = Date.now() - t0;
    console.log(`10 MB didOpen: diagnostics after ${openMs} ms; a request during it answered within ${probeMs} ms`);
    expect(openMs).toBeLessThan(10_000);

    // Nothing else lints it on demand either.
    const at = { textDocument: { uri: target } };
    expect((await server.request('textDocument/codeAction', { ...at, range: diagnostic.range, context: { diagnostics: [diagnostic] } })).result).toEqual([]);
    expect((await server.request('textDocument/codeAction', { ...at, range: diagnostic.range, context: { diagnostics: [], only: ['source.fixAll.invitelint'] } })).result).toEqual([]);
    expect((await server.request('textDocument/codeLens', at)).result).toEqual([]);
    expect((await server.request('textDocument/documentHighlight', { ...at, position: { line: 4, character: 5 } })).result).toEqual([]);
    expect((await server.request('textDocument/hover', { ...at, position: { line: 3, character: 4 } })).result).toBeNull();
    expect((await server.request('workspace/executeCommand', { command: 'invitelint.fixAll', arguments: [target] })).result).toEqual({ applied: false });

    // Edited down to a draft, it is linted again; one character over the limit, it is not.
    server.change(target, 2, [{ text: MISMATCH }]);
    expect(published((await server.diagnosticsFor(target, 2)).diagnostics)).toEqual(expected(MISMATCH));
    const over = MISMATCH + 'x'.repeat(MAX_LINTED_LENGTH + 1 - MISMATCH.length);
    server.change(target, 3, [{ text: over }]);
    expect((await server.diagnosticsFor(target, 3)).diagnostics.map((d) => d.message)).toEqual([expect.stringContaining('not linted')]);
    server.close(target);
    await expectHealthy();
  });

  it('after a burst of 2,000 edits, the last diagnostics are those of the last text and version', async () => {
    const target = uri('burst.invite.md');
    const rnd = random(2000);
    let doc = TextDocument.create(target, 'markdown', 1, MISMATCH);
    server.open(target, MISMATCH);
    const before = server.received.length;
    const pieces = ['a', ' ', 'Anna', '{Name}', 'TODO', '\n', 'é', '😀', 'coffee? ', '', '\r\n'];
    for (let version = 2; version <= 2001; version++) {
      // One to three changes per event, each relative to the text the ones before it left
      // (LSP order); now and then the whole text; the mirror applies them as the server must.
      const changes: TextDocumentContentChangeEvent[] = [];
      for (let n = 1 + Math.floor(rnd() * 3); n > 0; n--) {
        const text = doc.getText();
        let change: TextDocumentContentChangeEvent;
        if (rnd() < 0.02) {
          change = { text: text.slice(0, 300) };
        } else {
          const start = Math.floor(rnd() * (text.length + 1));
          const end = Math.min(text.length, start + Math.floor(rnd() * 4));
          change = { range: { start: doc.positionAt(start), end: doc.positionAt(end) }, text: pieces[Math.floor(rnd() * pieces.length)] };
        }
        changes.push(change);
        doc = TextDocument.update(doc, [change], version);
      }
      server.change(target, version, changes);
    }
    const text = doc.getText();
    const last = await server.diagnosticsFor(target, 2001, 30_000);
    expect(published(last.diagnostics)).toEqual(expected(text));
    await sleep(400);
    const versions = server.received.slice(before).filter((m) => m.method === 'textDocument/publishDiagnostics' && (m.params as PublishDiagnosticsParams).uri === target).map((m) => (m.params as PublishDiagnosticsParams).version!);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(server.latest(target)!.version).toBe(2001);
    server.close(target);
    await expectHealthy();
  });

  it('gives no code actions and applies no fix for a version that is not the current one', async () => {
    const target = uri('stale.invite.md');
    server.open(target, MISMATCH, 10);
    const [mismatch] = (await server.diagnosticsFor(target, 10)).diagnostics.filter((d) => d.code === 'name-mismatch');
    const actions = (diagnostics: unknown[], uriOf = target) => server.request('textDocument/codeAction', { textDocument: { uri: uriOf }, range: mismatch.range, context: { diagnostics } });
    expect(((await actions([mismatch])).result as CodeAction[]).length).toBeGreaterThan(0);
    for (const version of [9, 11, -1, 1.5, '10', null]) {
      expect((await actions([{ ...mismatch, data: { ...(mismatch.data as object), version } }])).result, `data.version ${version}`).toEqual([]);
    }
    // One stale diagnostic among current ones spoils the request: nothing half-right is offered.
    expect((await actions([mismatch, { ...mismatch, data: { ...(mismatch.data as object), version: 9 } }])).result).toEqual([]);
    for (const version of [9, 11, '10', -1]) {
      const result = await server.request('workspace/executeCommand', { command: 'invitelint.fixAll', arguments: [{ uri: target, version }] });
      expect(result.result, `fixAll at version ${version}`).toEqual({ applied: false });
    }
    server.close(target);
    expect((await actions([mismatch])).result).toEqual([]);
    expect((await server.request('workspace/executeCommand', { command: 'invitelint.fixAll', arguments: [{ uri: target, version: 10 }] })).result).toEqual({ applied: false });
    expect(server.received.some((m) => m.method === 'workspace/applyEdit')).toBe(false);
    await expectHealthy();
  });

  it('shuts down and exits with status 0 after all of it', async () => {
    expect(await server.stop()).toBe(0);
  });
});

describe('before initialize', () => {
  let dir: string;
  let server: RawServer;
  beforeAll(() => {
    assertServerBuilt();
    dir = mkdtempSync(join(tmpdir(), 'invitelint-hostile-'));
    server = RawServer.start();
  });
  afterAll(() => {
    server?.kill();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('answers requests with ServerNotInitialized and drops notifications, then initializes normally', async () => {
    const target = pathToFileURL(join(dir, 'early.invite.md')).href;
    server.open(target, MISMATCH);
    for (const method of ['textDocument/hover', 'textDocument/codeAction', 'textDocument/codeLens', 'workspace/executeCommand', 'invitelint/nope']) {
      const answer = await server.request(method, { textDocument: { uri: target }, position: { line: 0, character: 0 }, context: { diagnostics: [] }, command: 'invitelint.fixAll', arguments: [target] });
      expect(answer.error?.code, method).toBe(ERROR.serverNotInitialized);
    }
    await sleep(300);
    expect(server.diagnostics(target)).toEqual([]);

    const init = await server.request('initialize', { processId: process.pid, rootUri: pathToFileURL(dir).href, capabilities: {} });
    expect(init.result).toMatchObject({ serverInfo: { name: 'invitelint' } });
    server.notify('initialized', {});
    // The early didOpen was dropped, so the server holds no such document (it would compute a lens for one) ...
    expect((await server.request('textDocument/codeLens', { textDocument: { uri: target } })).result).toEqual([]);
    expect((await server.request('textDocument/hover', { textDocument: { uri: target }, position: rangeOf(MISMATCH, 'Anna').start })).result).toBeNull();
    // ... and one opened now is linted.
    server.open(target, MISMATCH);
    expect(published((await server.diagnosticsFor(target, 1)).diagnostics)).toEqual(expected(MISMATCH));
  });

  it('exits when its input ends without shutdown (status 1), instead of lingering', async () => {
    server.child.stdin!.end();
    const code = await Promise.race([server.exited, sleep(5000).then(() => 'still running')]);
    expect(code).toBe(1);
  });
});

describe('memory across 1,000 open/close cycles', () => {
  let dir: string;
  let server: RawServer;
  beforeAll(async () => {
    assertServerBuilt();
    dir = mkdtempSync(join(tmpdir(), 'invitelint-hostile-'));
    server = await RawServer.initialized(dir, { debounceMs: 0 }, GC_HOOK);
  });
  afterAll(() => {
    server?.kill();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** Opens a distinct 16 kB draft, waits for its diagnostics, closes it and waits for them to clear. */
  async function cycles(from: number, count: number): Promise<void> {
    for (let i = from; i < from + count; i++) {
      const target = pathToFileURL(join(dir, `draft-${i}.invite.md`)).href;
      // The comment makes each text big enough that keeping it would show: 1,000 of them are 16 MB.
      const text = `${MISMATCH.replace('Anna', `Anna${i}`)}\n<!-- ${String(i).repeat(4000).slice(0, 16_000)} -->\n`;
      server.open(target, text);
      await server.diagnosticsFor(target, 1);
      server.close(target);
      await server.waitFor('cleared diagnostics', () => server.latest(target)?.diagnostics.length === 0);
    }
    server.forget();
  }

  it('stays bounded: after a forced GC, RSS grows by less than 50 MB and the heap in use by less than 10 MB', async () => {
    await cycles(0, 300); // warm-up: code compiled, caches, pools and the V8 heap at their working size
    const before = await server.memory();
    const started = Date.now();
    await cycles(300, 1000);
    const after = await server.memory();
    const mb = (kb: number) => `${(kb / 1024).toFixed(1)} MB`;
    console.log(
      `server memory after a forced GC: RSS ${mb(before.rssKb)} after 300 warm-up cycles, ${mb(after.rssKb)} after 1,000 more (${mb(after.rssKb - before.rssKb)} growth); ` +
        `V8 heap in use ${mb(before.heapUsedKb)} -> ${mb(after.heapUsedKb)} (${mb(after.heapUsedKb - before.heapUsedKb)}); 1,000 cycles in ${Date.now() - started} ms`,
    );
    expect(after.rssKb - before.rssKb).toBeLessThan(50 * 1024);
    expect(after.heapUsedKb - before.heapUsedKb).toBeLessThan(10 * 1024);
    expect(await server.stop()).toBe(0);
  }, 120_000);
});

/** Runs `test` against a server, and kills it whatever happens. */
async function withServer(start: RawServer | Promise<RawServer>, test: (server: RawServer) => Promise<void>): Promise<void> {
  const server = await start;
  try {
    await test(server);
  } finally {
    server.kill();
  }
}

describe('issue 13', () => {
  let dir: string;
  const ERRORS = { invalidRequest: -32600 };
  const uriOf = (name: string) => pathToFileURL(join(dir, name)).href;
  beforeAll(() => {
    assertServerBuilt();
    dir = mkdtempSync(join(tmpdir(), 'invitelint-hostile-'));
  });
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  describe('the lifecycle as LSP 3.17 has it', () => {
    it('answers requests with null or missing params with InvalidParams, and keeps working', () =>
      withServer(RawServer.initialized(dir), async (server) => {
        const target = uriOf('a.invite.md');
        server.open(target, MISMATCH);
        await server.diagnosticsFor(target, 1);
        for (const method of ['textDocument/hover', 'textDocument/codeAction', 'textDocument/codeLens', 'textDocument/documentHighlight', 'workspace/executeCommand']) {
          for (const params of [null, undefined, 42, 'text']) {
            const answer = await server.request(method, params);
            expect(answer.error?.code, `${method} with params ${JSON.stringify(params)}`).toBe(ERROR.invalidParams);
          }
        }
        expect(server.logs().filter((line) => line.includes('Cannot read properties'))).toEqual([]);
        const hover = await server.request('textDocument/hover', { textDocument: { uri: target }, position: rangeOf(MISMATCH, 'Anna').start });
        expect((hover.result as Hover).contents).toMatchObject({ value: expect.stringContaining('name-mismatch') });
        expect(await server.stop()).toBe(0);
      }));

    it('refuses initialize with null params, and a second initialize, with an error', () =>
      withServer(RawServer.start(), async (server) => {
        expect((await server.request('initialize', null)).error?.code).toBe(ERROR.invalidParams);
        const first = await server.request('initialize', { processId: null, rootUri: null, capabilities: {} });
        expect(first.result).toMatchObject({ serverInfo: { name: 'invitelint' } });
        const second = await server.request('initialize', { processId: null, rootUri: null, capabilities: {} });
        expect(second.error?.code).toBe(ERRORS.invalidRequest);
        expect(await server.stop()).toBe(0);
      }));

    it('after shutdown: requests are InvalidRequest, changes are not linted, exit is status 0', () =>
      withServer(RawServer.initialized(dir), async (server) => {
        const target = uriOf('b.invite.md');
        server.open(target, MISMATCH);
        await server.diagnosticsFor(target, 1);
        expect((await server.request('shutdown', null)).error).toBeUndefined();
        server.change(target, 2, [{ text: `${MISMATCH} {FirstName}` }]);
        for (const [method, params] of [
          ['textDocument/hover', { textDocument: { uri: target }, position: { line: 0, character: 0 } }],
          ['textDocument/codeLens', { textDocument: { uri: target } }],
          ['initialize', { processId: null, rootUri: null, capabilities: {} }],
          ['shutdown', null],
          ['invitelint/unknown', {}],
        ] as const) {
          expect((await server.request(method, params)).error?.code, method).toBe(ERRORS.invalidRequest);
        }
        await sleep(400); // past the debounce: a change that were linted would be published by now
        expect(server.diagnostics(target).map((d) => d.version)).toEqual([1]);
        server.notify('exit');
        expect(await Promise.race([server.exited, sleep(5000).then(() => 'still running')])).toBe(0);
      }));

    it('exit without shutdown is status 1', () =>
      withServer(RawServer.initialized(dir), async (server) => {
        server.notify('exit');
        expect(await Promise.race([server.exited, sleep(5000).then(() => 'still running')])).toBe(1);
      }));
  });

  it('offers fix-all on save even when the request carries diagnostics of an older version: it is computed from the text as it is now', () =>
    withServer(RawServer.initialized(dir), async (server) => {
      const target = uriOf('c.invite.md');
      server.open(target, MISMATCH);
      const old = (await server.diagnosticsFor(target, 1)).diagnostics;
      // The user typed (a placeholder, and the name still wrong) and saved before the new diagnostics came.
      const typed = MISMATCH.replace('Coffee next week', 'Coffee next week, {day}');
      server.change(target, 2, [{ text: typed }]);
      const answer = await server.request('textDocument/codeAction', { textDocument: { uri: target }, range: old[0].range, context: { diagnostics: old, only: ['source.fixAll.invitelint'] } });
      const actions = answer.result as CodeAction[];
      expect(actions.map((a) => a.kind)).toEqual(['source.fixAll.invitelint']);
      const edit = actions[0].edit!.documentChanges![0] as { textDocument: { version: number }; edits: Array<{ range: Range; newText: string }> };
      expect(edit.textDocument.version).toBe(2);
      expect(TextDocument.applyEdits(TextDocument.create(target, 'markdown', 2, typed), edit.edits)).toBe(typed.replace('Hi Anna,', 'Hi Hannah,'));
      // Quick fixes still come only for diagnostics of the current text.
      expect((await server.request('textDocument/codeAction', { textDocument: { uri: target }, range: old[0].range, context: { diagnostics: old } })).result).toEqual([]);
      expect(await server.stop()).toBe(0);
    }));

  it('a client that never reads: the server stops reading requests while its answers back up, in bounded memory, and answers them all once read', () =>
    withServer(RawServer.initialized(dir, undefined, [], { virtualMemoryKb: 1536 * 1024 }), async (server) => {
      server.child.stdout!.pause();
      // Each request is answered with an error quoting its 64 KB command: 64 KB out per 64 KB in.
      const command = 'x'.repeat(64 * 1024);
      let sent = 0;
      let lastId = '';
      let stalled = false;
      const stdin = server.child.stdin!;
      while (sent < 600 * 1024 * 1024) {
        lastId = `flood-${sent}`;
        const bytes = frame({ jsonrpc: '2.0', id: lastId, method: 'workspace/executeCommand', params: { command } });
        sent += bytes.length;
        if (!stdin.write(bytes)) {
          const drained = await Promise.race([new Promise<boolean>((resolve) => stdin.once('drain', () => resolve(true))), sleep(3000).then(() => false)]);
          if (!drained) {
            stalled = true;
            break;
          }
        }
      }
      const rssKb = Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${server.child.pid}/status`, 'utf8'))![1]);
      console.log(`unread output: the server stopped reading after ${(sent / 1024 / 1024).toFixed(1)} MB of requests, at ${(rssKb / 1024).toFixed(0)} MB RSS`);
      expect(stalled, 'the server kept reading requests it could not answer').toBe(true);
      expect(rssKb).toBeLessThan(300 * 1024);
      // Once the client reads, every request written is answered, and the server goes on.
      server.child.stdout!.resume();
      const last = await server.response(lastId, 60_000);
      expect(last.error?.code).toBe(ERROR.invalidParams);
      server.forget();
      expect(await server.stop()).toBe(0);
    }), 120_000);

  it('a .invitelintrc.json that is /dev/zero or a FIFO is one config error diagnostic, not a hang', () =>
    withServer(RawServer.initialized(dir, { debounceMs: 0 }), async (server) => {
      const cases: Array<[string, (path: string) => void, RegExp]> = [
        ['zero', (path) => symlinkSync('/dev/zero', path), /cannot read config: not a regular file \(a character device\)/],
        ['fifo', (path) => expect(spawnSync('mkfifo', [path]).status).toBe(0), /cannot read config: not a regular file \(a FIFO/],
      ];
      for (const [name, make, message] of cases) {
        mkdirSync(join(dir, name));
        make(join(dir, name, '.invitelintrc.json'));
        const target = uriOf(`${name}/a.invite.md`);
        server.open(target, MISMATCH);
        const { diagnostics } = await server.diagnosticsFor(target, 1);
        expect(diagnostics.map((d) => d.message), name).toEqual([expect.stringMatching(message)]);
      }
      expect(await server.stop()).toBe(0);
    }));
});
