// The elements code lens, the element highlights, invitelint.showElements and the element hover,
// driven over stdio against the built server like protocol.test.ts.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeLens, DocumentHighlight, Hover, Position, Range } from 'vscode-languageserver-protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertServerBuilt, ROOT } from '../test/support/built-server.js';
import { LspClient } from '../test/support/lsp-client.js';

const fixture = (name: string) => readFileSync(join(ROOT, 'fixtures', 'lsp', name), 'utf8');

/** The LSP range of `needle` in `text`, computed independently of the server. */
function rangeOf(text: string, needle: string): Range {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`${JSON.stringify(needle)} not in text`);
  const doc = TextDocument.create('x:', 'markdown', 0, text);
  return { start: doc.positionAt(at), end: doc.positionAt(at + needle.length) };
}

const within = (range: Range, by = 2): Position => ({ line: range.start.line, character: range.start.character + by });

const codeOf = async (promise: Promise<unknown>) => {
  try {
    await promise;
    return 'resolved';
  } catch (error) {
    return (error as { code?: number }).code;
  }
};

const STRANGER_REASON = 'We haven’t met, but your talk on railway signalling at RailConf 🚄 was the best I’ve seen.';
const NEXT_ACTION = ' Would you be up for a short call next week?';

describe('elements lens, highlights and showElements over stdio (client with codeLens refresh)', () => {
  let dir: string;
  let client: LspClient;
  const uri = (name: string) => pathToFileURL(join(dir, name)).href;
  const lenses = (target: string) => client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: target } });
  const highlights = (target: string, position: Position) => client.request<DocumentHighlight[]>('textDocument/documentHighlight', { textDocument: { uri: target }, position });
  const hover = (target: string, position: Position) => client.request<Hover | null>('textDocument/hover', { textDocument: { uri: target }, position });

  beforeAll(async () => {
    assertServerBuilt();
    dir = mkdtempSync(join(tmpdir(), 'invitelint-lens-'));
    client = await LspClient.start({ folder: dir, lensRefresh: true });
  });

  afterAll(() => {
    client?.kill();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('announces a code lens provider without resolve, document highlights and the showElements command', () => {
    const { capabilities } = client.initializeResult;
    expect(capabilities.codeLensProvider).toEqual({ resolveProvider: false });
    expect(capabilities.documentHighlightProvider).toBe(true);
    expect(capabilities.executeCommandProvider?.commands).toContain('invitelint.showElements');
  });

  it.each([
    ['contact', 'contact (given) · context ✓ · invitation ✓ · next action ✓ · 127/300'],
    ['acquaintance', 'acquaintance (inferred) · context ✓ · invitation ✓ · next action ✗ · 143/300'],
    ['stranger', 'stranger (inferred) · reason: appreciation ✓ · invitation ✓ · next action ✗ · 131/300'],
    ['unknown', 'unknown (no cue) · context ✗ · invitation ✓ · next action ✓ · 130/300'],
  ])('puts the %s draft’s elements on one lens at its greeting, below the frontmatter', async (relationship, title) => {
    const name = `lens-${relationship}.invite.md`;
    const text = fixture(name);
    await client.open(uri(name), text);
    await client.diagnosticsFor(uri(name), 1);
    const greeting = text.split('\n').findIndex((line) => line.startsWith('Hi '));
    expect(await lenses(uri(name))).toEqual([
      {
        range: { start: { line: greeting, character: 0 }, end: { line: greeting, character: 0 } },
        command: { title, command: 'invitelint.showElements', arguments: [uri(name), 1] },
      },
    ]);
  });

  it('changes the lens with the diagnostics when an edit adds a next action (✗ → ✓), and asks the client to refresh', async () => {
    const target = uri('stranger.invite.md');
    const text = fixture('lens-stranger.invite.md');
    await client.open(target, text);
    await client.diagnosticsFor(target, 1, (p) => p.diagnostics.some((d) => d.code === 'no-next-action'));
    expect((await lenses(target))[0].command!.title).toContain('next action ✗');

    const refreshes = client.lensRefreshes;
    const end = rangeOf(text, 'I’d like to connect.').end;
    await client.change(target, 2, [{ range: { start: end, end }, text: NEXT_ACTION }]);
    // Before the debounced lint runs, the lens is the last lint pass's, with its version.
    const stale = (await lenses(target))[0].command!;
    expect(stale.title).toContain('next action ✗');
    expect(stale.arguments).toEqual([target, 1]);

    const after = await client.diagnosticsFor(target, 2);
    expect(after.diagnostics.some((d) => d.code === 'no-next-action')).toBe(false);
    await client.waitFor('workspace/codeLens/refresh', () => client.lensRefreshes > refreshes);
    const [lens] = await lenses(target);
    expect(lens.command).toEqual({
      title: `stranger (inferred) · reason: appreciation ✓ · invitation ✓ · next action ✓ · ${131 + NEXT_ACTION.length}/300`,
      command: 'invitelint.showElements',
      arguments: [target, 2],
    });
  });

  it('highlights the element sentences from anywhere in the draft, in exact UTF-16 ranges', async () => {
    const target = uri('stranger.invite.md');
    const text = fixture('lens-stranger.invite.md').replace('I’d like to connect.', `I’d like to connect.${NEXT_ACTION}`);
    const expected = [
      { range: rangeOf(text, STRANGER_REASON), kind: 1 },
      { range: rangeOf(text, 'I’d like to connect.'), kind: 2 },
      { range: rangeOf(text, NEXT_ACTION.trim()), kind: 3 },
    ];
    expect(await highlights(target, { line: 0, character: 0 })).toEqual(expected);
    expect(await highlights(target, within(rangeOf(text, 'Hattie')))).toEqual(expected);
    // 🚄 is two UTF-16 code units: the invitation's column is not a code-point column.
    const line = text.split('\n')[expected[1].range.start.line];
    expect([...line.slice(0, expected[1].range.start.character)].length).not.toBe(expected[1].range.start.character);
  });

  it('invitelint.showElements shows which sentence was taken as which element', async () => {
    const target = uri('stranger.invite.md');
    const [lens] = await lenses(target);
    const before = client.messages.length;
    expect(await client.request('workspace/executeCommand', lens.command)).toEqual({ shown: true });
    const message = await client.waitFor('the elements message', () => client.messages.slice(before).find((m) => m.message.startsWith('invitelint elements')));
    expect(message).toEqual({
      type: 3,
      message: [
        'invitelint elements:',
        'reason: «We haven’t met, but your talk on railway signalling at RailConf 🚄 was…» (appreciation of their specific work, cue reason.appreciation)',
        'invitation: «I’d like to connect.» (an invitation to connect, cue invitation.connect)',
        'next action: «Would you be up for a short call next week?» (a request to them, cue next-action.imperative; a meeting with a time, cue next-action.meet-when)',
        'relationship: stranger (inferred from «We haven’t met», cue relationship.never-met)',
      ].join('\n'),
    });
  });

  it('names missing elements, and describes the text as it is now when the lens was older', async () => {
    const target = uri('lens-acquaintance.invite.md');
    const before = client.messages.length;
    // Version 7 never existed: the message is about the current text all the same.
    expect(await client.request('workspace/executeCommand', { command: 'invitelint.showElements', arguments: [target, 7] })).toEqual({ shown: true });
    const message = await client.waitFor('the elements message', () => client.messages.slice(before).find((m) => m.message.startsWith('invitelint elements')));
    expect(message.message.split('\n').slice(2)).toEqual(['invitation: «I’d love to reconnect here.» (an invitation to reconnect, cue invitation.reconnect)', 'next action: none found', 'relationship: acquaintance (inferred from «been years», cue relationship.long-time)']);
  });

  it('explains an element sentence on hover, and a diagnostic on it wins', async () => {
    const target = uri('stranger.invite.md');
    const text = fixture('lens-stranger.invite.md').replace('I’d like to connect.', `I’d like to connect.${NEXT_ACTION}`);
    const reason = await hover(target, within(rangeOf(text, 'RailConf')));
    expect(reason).toEqual({
      contents: { kind: 'markdown', value: '**invitelint** takes this as\n- a **reason** to accept: appreciation of their specific work, decided by «your talk» (cue `reason.appreciation`)' },
      range: rangeOf(text, STRANGER_REASON),
    });
    expect(await hover(target, within(rangeOf(text, 'Hattie')))).toBeNull();

    // too-long marks the words past the limit, the next action among them: its hover is the diagnostic's.
    const long = fixture('too-long.invite.md');
    await client.open(uri('too-long.invite.md'), long);
    await client.diagnosticsFor(uri('too-long.invite.md'), 1);
    const onDiagnostic = await hover(uri('too-long.invite.md'), within(rangeOf(long, 'Lyon collaboration')));
    expect((onDiagnostic!.contents as { value: string }).value).toMatch(/^\*\*invitelint: too-long\*\*/);
    const context = await hover(uri('too-long.invite.md'), within(rangeOf(long, 'treat to cook')));
    expect((context!.contents as { value: string }).value).toBe('**invitelint** takes this as\n- the **context**: a good time together, decided by «treat to cook» (cue `context.good-time-together`); a recent time with them, decided by «you at the Turin pop-up last weekend» (cue `context.time-with-you`); an event you were both at, decided by «at the Turin pop-up last» (cue `context.recent-event`)');
  });

  it('has no lens or highlights while invitelint is disabled, and sends them again once enabled', async () => {
    const target = uri('lens-contact.invite.md');
    const settingsChanged = async (settings: unknown) => {
      const before = client.diagnostics.length;
      const refreshes = client.lensRefreshes;
      client.settings = settings;
      await client.notify('workspace/didChangeConfiguration', { settings: null });
      await client.waitFor('diagnostics after the settings change', () => client.diagnostics.slice(before).some((d) => d.uri === target));
      await client.waitFor('workspace/codeLens/refresh', () => client.lensRefreshes > refreshes);
    };
    await settingsChanged({ enable: false });
    expect(await lenses(target)).toEqual([]);
    expect(await highlights(target, { line: 5, character: 3 })).toEqual([]);
    expect(await client.request('workspace/executeCommand', { command: 'invitelint.showElements', arguments: [target, 1] })).toEqual({ shown: false });
    await settingsChanged({});
    expect((await lenses(target))[0].command!.title).toBe('contact (given) · context ✓ · invitation ✓ · next action ✓ · 127/300');
  });

  it('answers bad requests with JSON-RPC errors and other documents with nothing', async () => {
    expect(await codeOf(client.request('textDocument/codeLens', {}))).toBe(-32602);
    expect(await codeOf(client.request('textDocument/documentHighlight', { textDocument: { uri: uri('stranger.invite.md') } }))).toBe(-32602);
    expect(await codeOf(client.request('workspace/executeCommand', { command: 'invitelint.showElements', arguments: [42] }))).toBe(-32602);
    expect(await codeOf(client.request('workspace/executeCommand', { command: 'invitelint.showElements', arguments: [uri('stranger.invite.md'), 'two'] }))).toBe(-32602);
    await client.open(uri('notes.md'), 'Hi Jo, we met yesterday. Let’s connect. Coffee?');
    expect(await lenses(uri('notes.md'))).toEqual([]);
    expect(await highlights(uri('notes.md'), { line: 0, character: 0 })).toEqual([]);
    expect(await client.request('workspace/executeCommand', { command: 'invitelint.showElements', arguments: [uri('closed.invite.md'), 1] })).toEqual({ shown: false });
    expect(client.process.exitCode).toBeNull();
    expect(await client.stop()).toBe(0);
  });
});

describe('elements lens for a client without codeLens refresh', () => {
  let dir: string;
  let client: LspClient;

  beforeAll(async () => {
    assertServerBuilt();
    dir = mkdtempSync(join(tmpdir(), 'invitelint-lens-'));
    client = await LspClient.start({ folder: dir, initializationOptions: { debounceMs: 0 } });
  });

  afterAll(() => {
    client?.kill();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('sends no refresh request, and a lens asked for right after didOpen is computed from the text', async () => {
    const target = pathToFileURL(join(dir, 'early.invite.md')).href;
    // No await between open and the request: the first lint pass is still reading settings.
    const opened = client.open(target, fixture('lens-contact.invite.md'));
    const early = client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: target } });
    await opened;
    expect((await early).map((l) => l.command!.title)).toEqual(['contact (given) · context ✓ · invitation ✓ · next action ✓ · 127/300']);
    await client.diagnosticsFor(target, 1);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(client.lensRefreshes).toBe(0);
    expect(client.stderr).toBe('');
    expect(await client.stop()).toBe(0);
  });
});
