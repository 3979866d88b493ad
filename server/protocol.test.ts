// The built language server, started as a process and driven over stdio like an editor would.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, Hover, Range, TextDocumentEdit, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docsUrl, lint, ruleById, rules } from '../rules/engine.js';
import { assertServerBuilt, ROOT } from '../test/support/built-server.js';
import { LspClient } from '../test/support/lsp-client.js';

const fixture = (name: string) => readFileSync(join(ROOT, 'fixtures', 'lsp', name), 'utf8');

/** The LSP range of the `nth` occurrence of `needle` in `text`, computed independently of the server. */
function rangeOf(text: string, needle: string, nth = 0): Range {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`${JSON.stringify(needle)} not in text`);
  const doc = TextDocument.create('x:', 'markdown', 0, text);
  return { start: doc.positionAt(at), end: doc.positionAt(at + needle.length) };
}

/** What the engine reports for `text`, as (rule id, range) pairs: what the server must publish. */
function expected(text: string): Array<{ code: string; range: Range }> {
  const doc = TextDocument.create('x:', 'markdown', 0, text);
  return lint(text).findings.map((f) => ({ code: f.ruleId, range: { start: doc.positionAt(f.start), end: doc.positionAt(f.end) } }));
}

/** The per-draft diagnostics: across rules (server/across.protocol.test.ts) also compare the other drafts a test opens. */
const ACROSS_RULES = new Set(rules.filter((rule) => rule.across).map((rule) => rule.meta.id));
const published = (diagnostics: Diagnostic[]) => diagnostics.filter((d) => !ACROSS_RULES.has(String(d.code))).map((d) => ({ code: d.code, range: d.range }));
const byRule = (diagnostics: Diagnostic[], ruleId: string) => diagnostics.filter((d) => d.code === ruleId);

function edited(text: string, edit: WorkspaceEdit | undefined, uri: string, version?: number): string {
  expect(edit).toBeDefined();
  let edits: TextEdit[];
  if (edit!.documentChanges) {
    const change = edit!.documentChanges[0] as TextDocumentEdit;
    expect(change.textDocument.uri).toBe(uri);
    if (version !== undefined) expect(change.textDocument.version).toBe(version);
    edits = change.edits as TextEdit[];
  } else {
    edits = edit!.changes![uri];
  }
  return TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 0, text), edits);
}

const codeOf = async (promise: Promise<unknown>) => {
  try {
    await promise;
    return 'resolved';
  } catch (error) {
    return (error as { code?: number }).code;
  }
};

describe('language server over stdio (pull settings, dynamic registration, debounce 150 ms)', () => {
  let dir: string;
  let client: LspClient;
  const uri = (name: string) => pathToFileURL(join(dir, name)).href;

  beforeAll(async () => {
    assertServerBuilt();
    dir = mkdtempSync(join(tmpdir(), 'invitelint-lsp-'));
    client = await LspClient.start({ folder: dir });
  });

  afterAll(() => {
    client?.kill();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('announces its features on initialize and registers the config file watcher', async () => {
    const { capabilities } = client.initializeResult;
    expect(capabilities.textDocumentSync).toMatchObject({ openClose: true, change: 2 });
    expect(capabilities.codeActionProvider).toMatchObject({ codeActionKinds: ['quickfix', 'source.fixAll.invitelint'] });
    expect(capabilities.hoverProvider).toBe(true);
    expect(capabilities.executeCommandProvider?.commands).toEqual(['invitelint.fixAll', 'invitelint.showDocs', 'invitelint.showElements', 'invitelint.lintWorkspace', 'invitelint.noteText']);
    const watch = await client.waitFor('didChangeWatchedFiles registration', () => client.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles'));
    expect(watch.registerOptions).toEqual({ watchers: [{ globPattern: '**/.invitelintrc.json' }] });
  });

  it('publishes diagnostics of the in-memory text on open, with rule id, docs link, severity, exact range and the fix in data', async () => {
    const text = fixture('name-mismatch.invite.md');
    // The file on disk says something else: the server must lint what the editor holds.
    writeFileSync(join(dir, 'hannah.invite.md'), text.replace('Hi Anna,', 'Hi Hannah,'));
    await client.open(uri('hannah.invite.md'), text);
    const { diagnostics } = await client.diagnosticsFor(uri('hannah.invite.md'), 1, (p) => byRule(p.diagnostics, 'name-mismatch').length > 0);
    expect(published(diagnostics)).toEqual(expected(text));
    const [mismatch] = byRule(diagnostics, 'name-mismatch');
    expect(mismatch).toMatchObject({
      source: 'invitelint',
      code: 'name-mismatch',
      codeDescription: { href: docsUrl('name-mismatch') },
      severity: 1,
      range: rangeOf(text, 'Anna'),
      data: { version: 1, ruleId: 'name-mismatch', fix: { edit: { range: rangeOf(text, 'Anna'), newText: 'Hannah' } } },
    });
  });

  it('gives exact UTF-16 ranges after emoji and typographic characters', async () => {
    const text = fixture('placeholder.invite.md');
    await client.open(uri('placeholder.invite.md'), text);
    const { diagnostics } = await client.diagnosticsFor(uri('placeholder.invite.md'), 1);
    const [slot] = byRule(diagnostics, 'placeholder');
    const range = rangeOf(text, '{FirstName}');
    expect(slot.range).toEqual(range);
    // The line has astral characters before the slot, so a code-point column would differ.
    const line = text.split('\n')[range.start.line];
    expect([...line.slice(0, range.start.character)].length).not.toBe(range.start.character);
  });

  it('maps severities and ranges of too-long and invalid-frontmatter', async () => {
    const long = fixture('too-long.invite.md');
    await client.open(uri('too-long.invite.md'), long);
    const tooLong = byRule((await client.diagnosticsFor(uri('too-long.invite.md'), 1)).diagnostics, 'too-long');
    expect(tooLong).toHaveLength(1);
    expect(tooLong[0].severity).toBe(1);
    expect(published(tooLong)).toEqual(expected(long).filter((f) => f.code === 'too-long'));

    const bad = fixture('invalid-frontmatter.invite.md');
    await client.open(uri('invalid-frontmatter.invite.md'), bad);
    const invalid = byRule((await client.diagnosticsFor(uri('invalid-frontmatter.invite.md'), 1)).diagnostics, 'invalid-frontmatter');
    expect(invalid).toHaveLength(1);
    expect(invalid[0]).toMatchObject({ severity: 2, range: rangeOf(bad, 'frenemy') });
  });

  it('after a burst of 200 edits, the last diagnostics are those of the last text and version', async () => {
    const target = uri('storm.invite.md');
    let text = fixture('name-mismatch.invite.md');
    await client.open(target, text);
    await client.diagnosticsFor(target, 1);
    const before = client.diagnostics.length;

    const names = ['Hannah', 'Anna', 'Han', 'Bob', '{Name}', 'Hannah-Lee', 'Zoë'];
    let version = 1;
    for (let i = 0; i < 200; i++) {
      const name = i === 199 ? 'Annabelle' : names[i % names.length];
      const greeting = /^Hi ([^,\n]*),/m.exec(text)!;
      const start = greeting.index + 3;
      const doc = TextDocument.create(target, 'markdown', 0, text);
      const range = { start: doc.positionAt(start), end: doc.positionAt(start + greeting[1].length) };
      text = text.slice(0, start) + name + text.slice(start + greeting[1].length);
      await client.change(target, ++version, [{ range, text: name }]);
    }
    expect(version).toBe(201);
    const last = await client.diagnosticsFor(target, 201);
    expect(published(last.diagnostics)).toEqual(expected(text));
    expect(byRule(last.diagnostics, 'name-mismatch')[0].message).toContain('Annabelle');

    // Nothing older arrives later, and the storm was debounced rather than queued.
    await new Promise((resolve) => setTimeout(resolve, 400));
    const during = client.diagnostics.slice(before).filter((d) => d.uri === target);
    expect(client.latest(target)!.version).toBe(201);
    const versions = during.map((d) => d.version!);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(during.length).toBeLessThanOrEqual(5);
  });

  it('never publishes a result for a version the text has moved past, even while the client answers settings slowly', async () => {
    const target = uri('slow.invite.md');
    const texts = new Map<number, string>();
    let text = fixture('name-mismatch.invite.md');
    texts.set(1, text);
    await client.open(target, text);
    await client.diagnosticsFor(target, 1);
    const before = client.diagnostics.length;

    // A settings change makes every open draft re-read its settings; the client takes its time,
    // so lints start, wait for settings, and meanwhile the text moves on.
    client.configurationDelayMs = 300;
    await client.notify('workspace/didChangeConfiguration', { settings: null });
    for (const [i, name] of ['Bob', '{Name}', 'Hannah', 'Annie'].entries()) {
      const greeting = /^Hi ([^,\n]*),/m.exec(text)!;
      const range = rangeOf(text, `Hi ${greeting[1]},`);
      text = text.replace(`Hi ${greeting[1]},`, `Hi ${name},`);
      texts.set(i + 2, text);
      await client.change(target, i + 2, [{ range, text: `Hi ${name},` }]);
      // Long enough for the debounced lint to start and wait on the slow client; the next edit lands meanwhile.
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    await client.diagnosticsFor(target, 5);
    client.configurationDelayMs = 0;
    await new Promise((resolve) => setTimeout(resolve, 400));

    const after = client.diagnostics.slice(before).filter((d) => d.uri === target);
    for (const publication of after) expect(published(publication.diagnostics), `diagnostics published for v${publication.version}`).toEqual(expected(texts.get(publication.version!)!));
    expect(client.latest(target)!.version).toBe(5);
  });

  it('offers the fix, fix-all, disable and docs as quick fixes, versioned', async () => {
    const target = uri('hannah.invite.md');
    const text = fixture('name-mismatch.invite.md');
    const [mismatch] = byRule(client.latest(target)!.diagnostics, 'name-mismatch');
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: target },
      range: mismatch.range,
      context: { diagnostics: [mismatch] },
    });
    const titles = actions.map((a) => a.title);
    expect(titles).toEqual(
      expect.arrayContaining([
        'Replace "Anna" with "Hannah" (name-mismatch)',
        'Fix all auto-fixable invitelint problems',
        'Disable name-mismatch for this file',
        'Show documentation for name-mismatch',
      ]),
    );
    expect(actions.every((a) => a.kind === 'quickfix')).toBe(true);

    const fix = actions.find((a) => a.title.startsWith('Replace'))!;
    expect(fix.isPreferred).toBe(true);
    expect(fix.diagnostics).toEqual([mismatch]);
    expect(edited(text, fix.edit, target, 1)).toBe(text.replace('Hi Anna,', 'Hi Hannah,'));
    expect(edited(text, actions.find((a) => a.title.startsWith('Fix all'))!.edit, target, 1)).toBe(text.replace('Hi Anna,', 'Hi Hannah,'));

    // The disable comment goes after the frontmatter and really silences the rule.
    const disabled = edited(text, actions.find((a) => a.title.startsWith('Disable'))!.edit, target, 1);
    expect(disabled).toBe(text.replace('---\nHi Anna,', '---\n<!-- invitelint-disable name-mismatch -->\nHi Anna,'));
    await client.open(uri('disabled.invite.md'), disabled);
    const after = await client.diagnosticsFor(uri('disabled.invite.md'), 1);
    expect(byRule(after.diagnostics, 'name-mismatch')).toEqual([]);

    const docs = actions.find((a) => a.title.startsWith('Show documentation'))!;
    expect(docs.command).toEqual({ title: docs.title, command: 'invitelint.showDocs', arguments: ['name-mismatch'] });
    await client.request('workspace/executeCommand', docs.command);
    expect(client.shownDocuments).toEqual([{ uri: docsUrl('name-mismatch'), external: true }]);
  });

  it('returns no code actions, and fix-all applies nothing, for a stale document version', async () => {
    const target = uri('hannah.invite.md');
    const text = fixture('name-mismatch.invite.md');
    const [mismatch] = byRule(client.latest(target)!.diagnostics, 'name-mismatch');
    expect(mismatch.data).toMatchObject({ version: 1 });
    const end = rangeOf(text, '– Sam').end;
    await client.change(target, 2, [{ range: { start: end, end }, text: '\n' }]);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: target }, range: mismatch.range, context: { diagnostics: [mismatch] } });
    expect(actions).toEqual([]);
    expect(await client.request('workspace/executeCommand', { command: 'invitelint.fixAll', arguments: [{ uri: target, version: 1 }] })).toEqual({ applied: false });
    expect(client.appliedEdits).toEqual([]);
    await client.diagnosticsFor(target, 2);
  });

  it('offers source.fixAll.invitelint for fix-on-save and runs invitelint.fixAll through applyEdit', async () => {
    const target = uri('hannah.invite.md');
    const text = `${fixture('name-mismatch.invite.md')}\n`;
    const fixed = text.replace('Hi Anna,', 'Hi Hannah,');
    const request = (only: string[]) => client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: target }, range: rangeOf(text, '---'), context: { diagnostics: [], only } });

    const [fixAll, ...rest] = await request(['source.fixAll.invitelint']);
    expect(rest).toEqual([]);
    expect(fixAll).toMatchObject({ title: 'Fix all auto-fixable invitelint problems', kind: 'source.fixAll.invitelint' });
    expect(edited(text, fixAll.edit, target, 2)).toBe(fixed);
    expect((await request(['source'])).map((a) => a.kind)).toEqual(['source.fixAll.invitelint']);
    expect((await request(['quickfix'])).map((a) => a.kind)).not.toContain('source.fixAll.invitelint');

    const result = await client.request('workspace/executeCommand', { command: 'invitelint.fixAll', arguments: [{ uri: target, version: 2 }] });
    expect(result).toEqual({ applied: true });
    expect(client.appliedEdits).toHaveLength(1);
    expect(edited(text, client.appliedEdits[0], target, 2)).toBe(fixed);
  });

  it('explains a diagnostic on hover: rationale, a better example and the docs link', async () => {
    const target = uri('hannah.invite.md');
    const text = fixture('name-mismatch.invite.md');
    const inside = rangeOf(text, 'Anna');
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: target }, position: { line: inside.start.line, character: inside.start.character + 2 } });
    const meta = ruleById.get('name-mismatch')!.meta;
    expect(hover.contents).toMatchObject({ kind: 'markdown' });
    const markdown = (hover.contents as { value: string }).value;
    expect(markdown).toContain(meta.rationale);
    expect(markdown).toContain(meta.example.good);
    expect(markdown).toContain(docsUrl('name-mismatch'));
    expect(hover.range).toEqual(inside);
    expect(await client.request('textDocument/hover', { textDocument: { uri: target }, position: { line: 1, character: 1 } })).toBeNull();
  });

  it('re-reads .invitelintrc.json when it changes; a broken one is one diagnostic and one message', async () => {
    const target = uri('hannah.invite.md');
    const config = join(dir, '.invitelintrc.json');
    const changed = async (type: number, accept: (diagnostics: Diagnostic[]) => boolean) => {
      const before = client.diagnostics.length;
      await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(config).href, type }] });
      return client.waitFor('diagnostics after the config change', () => {
        const fresh = client.diagnostics.slice(before).filter((d) => d.uri === target).at(-1);
        return fresh && accept(fresh.diagnostics) ? fresh.diagnostics : undefined;
      });
    };

    writeFileSync(config, '{ "rules": { "name-mismatch": "off" } }\n');
    await changed(1, (d) => byRule(d, 'name-mismatch').length === 0);

    writeFileSync(config, '{ "rules": { "name-mismatch": "of" } }\n');
    const broken = await changed(2, (d) => d.length === 1 && d[0].code === undefined);
    expect(broken[0]).toMatchObject({ source: 'invitelint', severity: 1 });
    expect(broken[0].message).toContain('.invitelintrc.json');
    // Several open drafts share the broken file: the user is told once.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(client.messages.filter((m) => m.message.includes('.invitelintrc.json'))).toHaveLength(1);
    expect(client.logs.some((l) => l.type === 1 && l.message.includes('.invitelintrc.json'))).toBe(true);

    unlinkSync(config);
    await changed(3, (d) => byRule(d, 'name-mismatch').length === 1);
  });

  it('pulls editor settings: rule overrides, bad values logged, enable and run onSave', async () => {
    const target = uri('hannah.invite.md');
    const settingsChanged = async (settings: unknown, accept: (diagnostics: Diagnostic[]) => boolean) => {
      client.settings = settings;
      const before = client.diagnostics.length;
      await client.notify('workspace/didChangeConfiguration', { settings: null });
      return client.waitFor(`diagnostics after settings ${JSON.stringify(settings)}`, () => {
        const fresh = client.diagnostics.slice(before).filter((d) => d.uri === target).at(-1);
        return fresh && accept(fresh.diagnostics) ? fresh.diagnostics : undefined;
      });
    };

    await settingsChanged({ rules: { 'name-mismatch': 'info' } }, (d) => byRule(d, 'name-mismatch')[0]?.severity === 3);
    expect(client.configurationRequests.flat()).toContainEqual({ scopeUri: target, section: 'invitelint' });

    await settingsChanged({ rules: { 'no-such-rule': 'error' }, run: 'sometimes' }, (d) => byRule(d, 'name-mismatch')[0]?.severity === 1);
    expect(client.logs.some((l) => l.message.includes('no-such-rule'))).toBe(true);
    expect(client.logs.some((l) => l.message.includes('sometimes'))).toBe(true);

    await settingsChanged({ enable: false }, (d) => d.length === 0);

    await settingsChanged({ run: 'onSave' }, (d) => byRule(d, 'name-mismatch').length === 1);
    const version = client.latest(target)!.version!;
    const at = rangeOf(fixture('name-mismatch.invite.md'), 'Anna');
    await client.change(target, version + 1, [{ range: at, text: 'Hannah' }]);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(client.latest(target)!.version).toBe(version);
    await client.notify('textDocument/didSave', { textDocument: { uri: target } });
    const saved = await client.diagnosticsFor(target, version + 1);
    expect(byRule(saved.diagnostics, 'name-mismatch')).toEqual([]);

    await settingsChanged({}, () => true);
  });

  it('survives malformed messages and odd texts, answering with JSON-RPC errors', async () => {
    expect(await codeOf(client.request('textDocument/codeAction', {}))).toBe(-32602);
    expect(await codeOf(client.request('textDocument/hover', { textDocument: { uri: uri('hannah.invite.md') } }))).toBe(-32602);
    expect(await codeOf(client.request('workspace/executeCommand', { command: 'invitelint.nope' }))).toBe(-32602);
    expect(await codeOf(client.request('workspace/executeCommand', { command: 'invitelint.showDocs', arguments: ['../../etc'] }))).toBe(-32602);
    expect(
      await client.request('textDocument/codeAction', {
        textDocument: { uri: uri('hannah.invite.md') },
        range: rangeOf('x', 'x'),
        context: { diagnostics: [{ source: 'invitelint', data: 'garbage', range: null }, 17] },
      }),
    ).toEqual([]);
    await client.notify('textDocument/didChange', {});
    await client.notify('textDocument/didChange', { textDocument: { uri: uri('never-opened.invite.md'), version: 2 }, contentChanges: [{ text: 'x' }] });
    await client.notify('textDocument/didOpen', { textDocument: { uri: uri('number.invite.md'), languageId: 'markdown', version: 1, text: 42 } });
    await client.notify('workspace/didChangeWatchedFiles', { changes: 'all of them' });
    await client.notify('workspace/didChangeConfiguration', 'nonsense');

    const odd = ['', '---', '---\n', '---\nto: [\n---\nHi', '\uD800\uDC00\uD800 {x} TODO', '\r\n\r\n\r', `Hi ${'é'.repeat(5000)} {FirstName}`, '<!-- invitelint-disable -->'];
    for (const [i, text] of odd.entries()) await client.open(uri(`odd-${i}.invite.md`), text);
    for (const i of odd.keys()) await client.diagnosticsFor(uri(`odd-${i}.invite.md`), 1);

    await client.open(uri('notes.md'), 'Hi {FirstName}');
    const hover = await client.request('textDocument/hover', { textDocument: { uri: uri('notes.md') }, position: { line: 0, character: 4 } });
    expect(hover).toBeNull();
    expect(client.diagnostics.some((d) => d.uri === uri('notes.md'))).toBe(false);
    expect(client.process.exitCode).toBeNull();
  });

  it('clears diagnostics when a document closes', async () => {
    const target = uri('hannah.invite.md');
    await client.close(target);
    await client.waitFor('cleared diagnostics', () => client.latest(target)?.diagnostics.length === 0);
  });

  it('shuts down and exits with status 0', async () => {
    expect(await client.stop()).toBe(0);
  });
});

describe('language server with debounceMs 0 and pushed settings', () => {
  let dir: string;
  let client: LspClient;

  beforeAll(async () => {
    assertServerBuilt();
    dir = mkdtempSync(join(tmpdir(), 'invitelint-lsp-'));
    client = await LspClient.start({ folder: dir, initializationOptions: { debounceMs: 0 }, pullConfiguration: false });
  });

  afterAll(() => {
    client?.kill();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('lints every edit without debounce and never publishes an older version last', async () => {
    const target = pathToFileURL(join(dir, 'fast.invite.md')).href;
    let text = fixture('name-mismatch.invite.md');
    await client.open(target, text);
    for (let version = 2; version <= 51; version++) {
      const insert = version === 51 ? ' {Slot}' : '.';
      const at = TextDocument.create(target, 'markdown', version, text).positionAt(text.length);
      text += insert;
      await client.change(target, version, [{ range: { start: at, end: at }, text: insert }]);
    }
    const last = await client.diagnosticsFor(target, 51);
    expect(published(last.diagnostics)).toEqual(expected(text));
    expect(byRule(last.diagnostics, 'placeholder')).toHaveLength(1);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const versions = client.diagnostics.filter((d) => d.uri === target).map((d) => d.version!);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(client.latest(target)!.version).toBe(51);
  });

  it('uses settings pushed by didChangeConfiguration', async () => {
    const target = pathToFileURL(join(dir, 'fast.invite.md')).href;
    const before = client.diagnostics.length;
    await client.notify('workspace/didChangeConfiguration', { settings: { invitelint: { rules: { placeholder: 'off' } } } });
    await client.waitFor('placeholder switched off', () => {
      const fresh = client.diagnostics.slice(before).filter((d) => d.uri === target).at(-1);
      return fresh && byRule(fresh.diagnostics, 'placeholder').length === 0 && byRule(fresh.diagnostics, 'name-mismatch').length === 1;
    });
    expect(await client.stop()).toBe(0);
  });
});

describe('whole-workspace commands: lint all drafts, the note text, config ignores', () => {
  let dir: string;
  let client: LspClient;
  const uri = (name: string) => pathToFileURL(join(dir, name)).href;
  const MISMATCH = fixture('name-mismatch.invite.md');

  beforeAll(async () => {
    assertServerBuilt();
    dir = mkdtempSync(join(tmpdir(), 'invitelint-lsp-ws-'));
    mkdirSync(join(dir, 'drafts', 'old'), { recursive: true });
    writeFileSync(join(dir, '.invitelintrc.json'), '{ "root": true, "ignores": ["drafts/old/**"] }');
    writeFileSync(join(dir, 'drafts', 'a.invite.md'), MISMATCH);
    writeFileSync(join(dir, 'drafts', 'b.invite.md'), MISMATCH);
    writeFileSync(join(dir, 'drafts', 'old', 'c.invite.md'), MISMATCH);
    writeFileSync(join(dir, '.gitignore'), 'private/\n');
    mkdirSync(join(dir, 'private'));
    writeFileSync(join(dir, 'private', 'd.invite.md'), MISMATCH);
    client = await LspClient.start({ folder: dir });
  });

  afterAll(() => {
    client?.kill();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('lints every draft on disk, open or not, skipping what config and .gitignore ignore', async () => {
    await client.open(uri('drafts/b.invite.md'), MISMATCH.replace('Hi Anna', 'Hi Hannah'));
    const result = await client.request('workspace/executeCommand', { command: 'invitelint.lintWorkspace', arguments: [] });
    const texts = [MISMATCH, MISMATCH.replace('Hi Anna', 'Hi Hannah')];
    expect(result).toEqual({ drafts: 2, problems: texts.reduce((n, t) => n + expected(t).length, 0), withProblems: texts.filter((t) => expected(t).length > 0).length });
    const onDisk = await client.waitFor('diagnostics for the draft on disk', () => client.latest(uri('drafts/a.invite.md')));
    expect(published(onDisk.diagnostics)).toEqual(expected(MISMATCH));
    // The open draft is linted from the editor's text, not the file.
    const open = await client.waitFor('diagnostics for the open draft', () => client.latest(uri('drafts/b.invite.md')));
    expect(byRule(open.diagnostics, 'name-mismatch')).toEqual([]);
    expect(client.latest(uri('drafts/old/c.invite.md'))).toBeUndefined();
    expect(client.latest(uri('private/d.invite.md'))).toBeUndefined();
  });

  it('keeps the problems of a draft from disk when it is opened and closed again', async () => {
    const target = uri('drafts/a.invite.md');
    await client.open(target, MISMATCH.replace('Hi Anna', 'Hi Hannah'));
    await client.diagnosticsFor(target, 1, (d) => byRule(d.diagnostics, 'name-mismatch').length === 0);
    const before = client.diagnostics.length;
    await client.close(target);
    const after = await client.waitFor('diagnostics after close', () => client.diagnostics.slice(before).find((d) => d.uri === target));
    expect(byRule(after.diagnostics, 'name-mismatch')).toHaveLength(1);
  });

  it('gives the note as it would be sent: no frontmatter, no comments, with its length', async () => {
    const target = uri('drafts/note.invite.md');
    const text = '---\nto: Hannah Okafor\n---\n<!-- to self: send on Monday -->\nHi Hannah, great to see you at {event}!\r\nCoffee next week?\n\n- Sam\n';
    await client.open(target, text);
    const note = await client.request('workspace/executeCommand', { command: 'invitelint.noteText', arguments: [{ uri: target, version: 1 }] });
    expect(note).toEqual({ text: 'Hi Hannah, great to see you at {event}!\nCoffee next week?\n\n- Sam', length: 64, limit: 300, errors: ['placeholder'] });
    expect(await client.request('workspace/executeCommand', { command: 'invitelint.noteText', arguments: [{ uri: target, version: 7 }] })).toBeNull();
    expect(await codeOf(client.request('workspace/executeCommand', { command: 'invitelint.noteText', arguments: [42] }))).toBe(-32602);
  });

  it('does not lint an open draft that config ignores', async () => {
    const target = uri('drafts/old/c.invite.md');
    await client.open(target, MISMATCH);
    const result = await client.diagnosticsFor(target, 1);
    expect(result.diagnostics).toEqual([]);
  });
});
