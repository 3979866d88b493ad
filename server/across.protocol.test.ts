// The across rules in the language server: a workspace of drafts on disk, indexed at start-up
// and kept current from file-watching notifications, driven over stdio like an editor would.
import { mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertServerBuilt } from '../test/support/built-server.js';
import { LspClient } from '../test/support/lsp-client.js';

const SHARED = 'I came across your profile and was really impressed by your background in data engineering.';
const draft = (first: string, sentence: string, next: string) => `---\nto: ${first} Example\n---\nHi ${first},\n\n${sentence} ${next}\n\n- Sam\n`;

const reused = (params: PublishDiagnosticsParams | undefined) => params?.diagnostics.filter((d) => d.code === 'reused-text') ?? [];
const relatedUris = (diagnostic: Diagnostic) => diagnostic.relatedInformation?.map((r) => r.location.uri).sort();

describe('across rules over the workspace (index at start-up, file watching)', () => {
  let dir: string;
  let client: LspClient;
  const uri = (name: string) => pathToFileURL(join(dir, name)).href;
  const text = (name: string) => readFileSync(join(dir, name), 'utf8');

  beforeAll(async () => {
    assertServerBuilt();
    dir = mkdtempSync(join(tmpdir(), 'invitelint-across-lsp-'));
    writeFileSync(join(dir, 'anna.invite.md'), draft('Anna', SHARED, 'Coffee next week?'));
    writeFileSync(join(dir, 'ben.invite.md'), draft('Ben', SHARED, 'Could we talk on Friday?'));
    writeFileSync(join(dir, 'chiara.invite.md'), draft('Chiara', SHARED, 'Lunch soon?'));
    writeFileSync(join(dir, 'dan.invite.md'), draft('Dan', 'Your talk on rural broadband at the Cork meetup changed how our team plans rollouts.', 'A call on Monday?'));
    client = await LspClient.start({ folder: dir, initializationOptions: { debounceMs: 0 } });
  });

  afterAll(() => {
    client?.kill();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('watches drafts on disk', async () => {
    await client.waitFor('a **/*.invite.md watcher', () => client.registrations.find((r) => JSON.stringify(r.registerOptions).includes('**/*.invite.md')));
  });

  it('opening one draft shows reused-text naming the others, which are only on disk', async () => {
    await client.open(uri('anna.invite.md'), text('anna.invite.md'));
    const [diagnostic] = reused(await client.diagnosticsFor(uri('anna.invite.md'), 1, (p) => reused(p).length > 0));
    expect(diagnostic.message).toBe(
      'This sentence is also in 2 other drafts (ben.invite.md and chiara.invite.md), word for word or nearly: recipients compare notes, so say it in your own words for this person.',
    );
    expect(diagnostic.range).toEqual({ start: { line: 5, character: 0 }, end: { line: 5, character: SHARED.length } });
    expect(diagnostic.severity).toBe(2);
    expect(diagnostic.codeDescription?.href).toMatch(/docs\/rules\/reused-text\.md$/);
    expect(diagnostic.relatedInformation).toEqual([
      { location: { uri: uri('ben.invite.md'), range: { start: { line: 5, character: 0 }, end: { line: 5, character: SHARED.length } } }, message: 'The same in ben.invite.md' },
      { location: { uri: uri('chiara.invite.md'), range: { start: { line: 5, character: 0 }, end: { line: 5, character: SHARED.length } } }, message: 'The same in chiara.invite.md' },
    ]);
  });

  it('editing a copy so that it no longer matches clears reused-text on the others', async () => {
    await client.open(uri('ben.invite.md'), text('ben.invite.md'));
    await client.diagnosticsFor(uri('ben.invite.md'), 1, (p) => reused(p).length === 1);
    const line = 5;
    await client.change(uri('ben.invite.md'), 2, [{ range: { start: { line, character: 0 }, end: { line, character: SHARED.length } }, text: 'Your paper on streaming joins at VLDB settled a long argument in our team.' }]);
    await client.diagnosticsFor(uri('ben.invite.md'), 2, (p) => reused(p).length === 0);
    // Anna is republished without it: only she and Chiara (on disk) share the sentence now.
    await client.waitFor('reused-text cleared on anna', () => client.latest(uri('anna.invite.md'))?.version === 1 && reused(client.latest(uri('anna.invite.md'))).length === 0);
    // Editing it back brings it back, on both.
    await client.change(uri('ben.invite.md'), 3, [{ range: { start: { line, character: 0 }, end: { line, character: 74 } }, text: SHARED }]);
    await client.diagnosticsFor(uri('ben.invite.md'), 3, (p) => reused(p).length === 1);
    await client.waitFor('reused-text back on anna', () => reused(client.latest(uri('anna.invite.md'))).length === 1);
    expect(relatedUris(reused(client.latest(uri('anna.invite.md')))[0])).toEqual([uri('ben.invite.md'), uri('chiara.invite.md')]);
  });

  it('follows drafts created, changed and deleted on disk (didChangeWatchedFiles)', async () => {
    writeFileSync(join(dir, 'emeka.invite.md'), draft('Emeka', SHARED, 'Tea this week?'));
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('emeka.invite.md'), type: 1 }] });
    await client.waitFor('emeka named on anna', () => relatedUris(reused(client.latest(uri('anna.invite.md')))[0] ?? {})?.includes(uri('emeka.invite.md')));
    expect(reused(client.latest(uri('anna.invite.md')))[0].message).toMatch(/^This sentence is also in 3 other drafts/);

    writeFileSync(join(dir, 'chiara.invite.md'), draft('Chiara', 'We worked together at Northwind on the forecasting project in 2019.', 'Lunch soon?'));
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('chiara.invite.md'), type: 2 }] });
    await client.waitFor('chiara no longer named', () => {
      const related = relatedUris(reused(client.latest(uri('anna.invite.md')))[0] ?? {});
      return related !== undefined && !related.includes(uri('chiara.invite.md')) && related.length === 2;
    });

    unlinkSync(join(dir, 'emeka.invite.md'));
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('emeka.invite.md'), type: 3 }] });
    // Anna and Ben are two copies: under the default of three, so cleared on both.
    await client.waitFor('cleared after the delete', () => reused(client.latest(uri('anna.invite.md'))).length === 0 && reused(client.latest(uri('ben.invite.md'))).length === 0);
  });

  it('tells an open draft of another draft on disk to the same person (duplicate-recipient)', async () => {
    const name = 'dan-again.invite.md';
    await client.open(uri(name), draft('DAN', 'We met at the Lisbon product summit and talked about pricing pages.', 'A call on Tuesday?'));
    const params = await client.diagnosticsFor(uri(name), 1, (p) => p.diagnostics.some((d) => d.code === 'duplicate-recipient'));
    const diagnostic = params.diagnostics.find((d) => d.code === 'duplicate-recipient')!;
    expect(diagnostic.severity).toBe(3);
    expect(diagnostic.message).toBe('1 other draft is also to DAN Example (dan.invite.md): send one invitation per person.');
    expect(diagnostic.relatedInformation?.[0].location).toEqual({ uri: uri('dan.invite.md'), range: { start: { line: 1, character: 4 }, end: { line: 1, character: 15 } } });
    // Closed without saving: the draft was never on disk, so it is gone from the comparison.
    await client.close(uri(name));
    await client.open(uri('dan.invite.md'), text('dan.invite.md'));
    await client.diagnosticsFor(uri('dan.invite.md'), 1, (p) => !p.diagnostics.some((d) => d.code === 'duplicate-recipient'));
  });

  it('shuts down cleanly with the indexer running', async () => {
    expect(await client.stop()).toBe(0);
  });
});
