// Server figures: drives the BUILT language server (bin/invitelint-language-server.js --stdio)
// with a scripted LSP client, as an editor would, and prints one JSON line.
//
//   node bench/server-bench.mjs CONFIG_JSON
// CONFIG_JSON: { dir, small, large, drafts: [paths…], edits, largeEdits, largeBudgetMs, storm, largeStorm }
//   small/large: paths of the 300-character and the 1 MB draft
//
// Latency is the time from sending didChange(version v) to receiving publishDiagnostics for
// version v, with the debounce switched off (initializationOptions: { debounceMs: 0 }); the
// next edit is sent only after that. Edits are single characters: a word is typed, then
// deleted with backspace, at a seeded position in the body, so the draft stays its size.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import protocol from 'vscode-languageserver-protocol/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { rng } from './generate.mjs';
import { median, percentile, ROOT } from './lib.mjs';

const { createProtocolConnection, StreamMessageReader, StreamMessageWriter } = protocol;
const SERVER_BIN = join(ROOT, 'bin', 'invitelint-language-server.js');

class Client {
  static async start(folder, initializationOptions) {
    // BENCH_SERVER_NODE_ARGS: extra node options for the server (e.g. "--cpu-prof --cpu-prof-dir /tmp/p").
    const nodeArgs = process.env.BENCH_SERVER_NODE_ARGS ? process.env.BENCH_SERVER_NODE_ARGS.split(' ') : [];
    const child = spawn(process.execPath, [...nodeArgs, SERVER_BIN, '--stdio'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    const client = new Client(child);
    const folderUri = pathToFileURL(folder).href;
    await client.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: folderUri,
      workspaceFolders: [{ uri: folderUri, name: 'bench' }],
      initializationOptions,
      // Settings are pushed (no workspace/configuration): nothing but the server is timed.
      capabilities: { textDocument: { publishDiagnostics: { versionSupport: true }, synchronization: { didSave: true } } },
    });
    await client.connection.sendNotification('initialized', {});
    return client;
  }

  constructor(child) {
    this.child = child;
    this.stderr = '';
    this.published = []; // { uri, version, at, count }
    this.waiters = [];
    child.stderr.on('data', (chunk) => (this.stderr += String(chunk)));
    this.connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    this.connection.onNotification('textDocument/publishDiagnostics', (params) => {
      const entry = { uri: params.uri, version: params.version, at: performance.now(), count: params.diagnostics.length };
      this.published.push(entry);
      this.waiters = this.waiters.filter((w) => !w.test(entry) || (w.resolve(entry), false));
    });
    this.connection.onNotification('window/logMessage', () => undefined);
    this.connection.onNotification('window/showMessage', (p) => (this.stderr += `showMessage: ${p.message}\n`));
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('workspace/configuration', (p) => p.items.map(() => ({})));
    this.connection.listen();
  }

  /** Resolves with the publishDiagnostics entry matching `test`, or rejects after timeoutMs. */
  waitFor(test, timeoutMs, what) {
    const found = this.published.find(test);
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w.resolve !== done);
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}${this.child.exitCode !== null ? ` (server exited ${this.child.exitCode})` : ''}\n${this.stderr.slice(-2000)}`));
      }, timeoutMs);
      const done = (entry) => {
        clearTimeout(timer);
        resolve(entry);
      };
      this.waiters.push({ test, resolve: done });
    });
  }

  open(uri, text, version = 1) {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } });
  }

  change(uri, version, contentChanges) {
    return this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
  }

  /** Resident set size now and at its peak (kB), from /proc. */
  rss() {
    const status = readFileSync(`/proc/${this.child.pid}/status`, 'utf8');
    const field = (name) => Number(new RegExp(`^${name}:\\s+(\\d+)`, 'm').exec(status)?.[1]);
    return { rssKB: field('VmRSS'), peakKB: field('VmHWM') };
  }

  async stop() {
    try {
      await Promise.race([this.connection.sendRequest('shutdown', null), new Promise((r) => setTimeout(r, 5000))]);
      await this.connection.sendNotification('exit', null);
    } catch {
      // the server may already be gone
    }
    await Promise.race([new Promise((r) => (this.child.exitCode !== null ? r() : this.child.on('exit', r))), new Promise((r) => setTimeout(r, 5000))]);
    this.connection.dispose();
    if (this.child.exitCode === null) this.child.kill();
  }
}

/** A typist: single-character edits that type a word at a body position, then backspace it. */
function* typist(text, seed) {
  const r = rng(seed);
  const words = ['coffee ', 'next ', 'week ', 'thanks ', 'Anna '];
  const bodyStart = text.startsWith('---') ? text.indexOf('\n---', 3) + 4 : 0;
  for (;;) {
    // A position just after a space in the body (or the body's start).
    let at = bodyStart + r.int(Math.max(1, text.length - bodyStart));
    const space = text.lastIndexOf(' ', at);
    at = space >= bodyStart ? space + 1 : bodyStart;
    const word = r.pick(words);
    for (let i = 0; i < word.length; i++) yield { at: at + i, insert: word[i] };
    for (let i = word.length - 1; i >= 0; i--) yield { at: at + i, remove: 1 };
  }
}

/** Sends one edit to `doc` (a local TextDocument) and the server; returns the new version. */
function sendEdit(client, doc, edit) {
  const start = doc.positionAt(edit.at);
  const end = doc.positionAt(edit.at + (edit.remove ?? 0));
  const change = { range: { start, end }, text: edit.insert ?? '' };
  const version = doc.version + 1;
  TextDocument.update(doc, [change], version);
  client.change(doc.uri, version, [change]);
  return version;
}

/** didChange → publishDiagnostics latency for up to `edits` edits, stopping after `budgetMs`. */
async function latency(client, uri, text, { edits, budgetMs, timeoutMs, seed }) {
  const doc = TextDocument.create(uri, 'markdown', 1, text);
  const openedAt = performance.now();
  await client.open(uri, text, 1);
  const opened = await client.waitFor((p) => p.uri === uri && p.version === 1, timeoutMs, `diagnostics for ${basename(uri)} v1`);
  const openMs = opened.at - openedAt;
  const samples = [];
  const gen = typist(text, seed);
  const deadline = performance.now() + budgetMs;
  for (let i = 0; i < edits && performance.now() < deadline; i++) {
    const sentAt = performance.now();
    const version = sendEdit(client, doc, gen.next().value);
    const entry = await client.waitFor((p) => p.uri === uri && p.version === version, timeoutMs, `diagnostics for ${basename(uri)} v${version}`);
    samples.push(entry.at - sentAt);
  }
  return {
    chars: text.length,
    openMs,
    edits: samples.length,
    requestedEdits: edits,
    stoppedByTimeBudget: samples.length < edits,
    p50Ms: percentile(samples, 50),
    p95Ms: percentile(samples, 95),
    p99Ms: percentile(samples, 99),
    maxMs: Math.max(...samples),
  };
}

/** Sends `count` edits without waiting; counts publishDiagnostics for versions before the last. */
async function storm(client, uri, text, { count, timeoutMs, graceMs, seed }) {
  const doc = TextDocument.create(uri, 'markdown', 1, text);
  await client.open(uri, text, 1);
  await client.waitFor((p) => p.uri === uri && p.version === 1, timeoutMs, `storm: diagnostics for v1`);
  const gen = typist(text, seed);
  const before = client.published.length;
  const t0 = performance.now();
  let last = 1;
  for (let i = 0; i < count; i++) last = sendEdit(client, doc, gen.next().value);
  const sentMs = performance.now() - t0;
  const sentAt = performance.now();
  const final = await client.waitFor((p) => p.uri === uri && p.version === last, timeoutMs, `storm: diagnostics for v${last}`);
  await new Promise((r) => setTimeout(r, graceMs));
  const mine = client.published.slice(before).filter((p) => p.uri === uri);
  const stale = mine.filter((p) => p.version !== last);
  return {
    edits: count,
    sendMs: sentMs,
    lastEditToFinalMs: final.at - sentAt,
    publishes: mine.length,
    nonFinalPublishes: stale.length,
    finalPublishedLast: mine.at(-1)?.version === last,
  };
}

const config = JSON.parse(process.argv[2]);
const small = readFileSync(config.small, 'utf8');
const large = readFileSync(config.large, 'utf8');
const uri = (name) => pathToFileURL(join(config.dir, name)).href;
const result = {};

// 1. Latency, debounce off: the 300-character draft, then the 1 MB draft (time-boxed).
{
  const client = await Client.start(config.dir, { debounceMs: 0 });
  try {
    result.small = await latency(client, uri('small.invite.md'), small, { edits: config.edits, budgetMs: Infinity, timeoutMs: 10_000, seed: 1 });
    result.large = await latency(client, uri('large.invite.md'), large, { edits: config.largeEdits, budgetMs: config.largeBudgetMs, timeoutMs: 180_000, seed: 2 });
  } catch (error) {
    result.latencyError = String(error.message ?? error).split('\n')[0];
  } finally {
    await client.stop();
  }
}

// 2. Memory: RSS when idle, then after opening N drafts (each linted once).
{
  const client = await Client.start(config.dir, { debounceMs: 0 });
  try {
    await new Promise((r) => setTimeout(r, 200));
    result.idle = client.rss();
    const uris = config.drafts.map((path, i) => ({ uri: uri(`open-${i}.invite.md`), text: readFileSync(path, 'utf8') }));
    const t0 = performance.now();
    for (const { uri: u, text } of uris) client.open(u, text, 1);
    await Promise.all(uris.map(({ uri: u }) => client.waitFor((p) => p.uri === u && p.version === 1, 60_000, `open: ${u}`)));
    const openAllMs = performance.now() - t0;
    global.gc?.();
    result.opened = { drafts: uris.length, openAllMs, ...client.rss() };
  } catch (error) {
    result.openedError = String(error.message ?? error).split('\n')[0];
  } finally {
    await client.stop();
  }
}

// 3. Edit storms on the 300-character draft (debounce off, then the server's default debounce),
//    and a short one on the large draft with the debounce off, where each superseded lint costs.
for (const [key, options, text, count] of [
  ['stormNoDebounce', { debounceMs: 0 }, small, config.storm],
  ['stormDefaultDebounce', undefined, small, config.storm],
  ['stormLargeNoDebounce', { debounceMs: 0 }, large, config.largeStorm],
]) {
  if (!count) continue;
  const client = await Client.start(config.dir, options);
  try {
    result[key] = await storm(client, uri(`${key}.invite.md`), text, { count, timeoutMs: 600_000, graceMs: 500, seed: 3 });
  } catch (error) {
    result[key] = { error: String(error.message ?? error).split('\n')[0] };
  } finally {
    await client.stop();
  }
}

process.stdout.write(`${JSON.stringify(result)}\n`);
