import type { Diagnostic } from 'vscode-languageserver';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DocumentLinter, type LintReason, type VersionedDocument } from './documents.js';

/** A fake editor: documents by uri, and a log of what was linted and published. */
function setup(options: { delay?: number; prepare?: (doc: VersionedDocument, reason: LintReason) => Promise<unknown> } = {}) {
  const docs = new Map<string, VersionedDocument>();
  const computed: string[] = [];
  const published: string[] = [];
  const errors: unknown[] = [];
  const linter = new DocumentLinter<VersionedDocument, unknown>({
    document: (uri) => docs.get(uri),
    delayMs: () => options.delay ?? 150,
    prepare: options.prepare ?? (async () => ({})),
    compute: (doc) => {
      computed.push(`${doc.uri}@${doc.version}`);
      if (doc.getText() === 'boom') throw new Error('boom');
      return { diagnostics: [{ message: doc.getText() } as Diagnostic] };
    },
    publish: (uri, version, { diagnostics }) => published.push(`${uri}@${version}: ${diagnostics.map((d) => d.message).join()}`),
    onError: (error) => errors.push(error),
  });
  const edit = (uri: string, text: string) => {
    const version = (docs.get(uri)?.version ?? 0) + 1;
    docs.set(uri, { uri, version, getText: () => text });
  };
  return { docs, computed, published, errors, linter, edit };
}

describe('DocumentLinter', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('lints at once on open, and once per burst of edits after the debounce delay', async () => {
    const { linter, edit, computed, published } = setup();
    edit('a', 'v1');
    linter.schedule('a', 'open');
    await vi.advanceTimersByTimeAsync(0);
    expect(published).toEqual(['a@1: v1']);
    for (let i = 2; i <= 200; i++) {
      edit('a', `v${i}`);
      linter.schedule('a', 'change');
      await vi.advanceTimersByTimeAsync(10);
    }
    expect(linter.pending('a')).toBe(true);
    await vi.advanceTimersByTimeAsync(150);
    expect(computed).toEqual(['a@1', 'a@200']);
    expect(published).toEqual(['a@1: v1', 'a@200: v200']);
    expect(linter.publishedFor('a', 200)).toEqual({ diagnostics: [{ message: 'v200' }] });
    expect(linter.publishedFor('a', 199)).toBeUndefined();
    // The last result stays reachable while the text moves on (the code lens shows it until the next lint).
    edit('a', 'v201');
    expect(linter.publishedFor('a', 201)).toBeUndefined();
    expect(linter.lastPublished('a')).toEqual({ version: 200, output: { diagnostics: [{ message: 'v200' }] } });
  });

  it('with delay 0 lints every edit, each for its own version', async () => {
    const { linter, edit, published } = setup({ delay: 0 });
    for (let i = 1; i <= 3; i++) {
      edit('a', `v${i}`);
      linter.schedule('a', 'change');
      await vi.runAllTimersAsync();
    }
    expect(published).toEqual(['a@1: v1', 'a@2: v2', 'a@3: v3']);
  });

  it('with delay 0, edits queued back to back are linted once, for the last version', async () => {
    const { linter, edit, published } = setup({ delay: 0 });
    for (let i = 1; i <= 5; i++) {
      edit('a', `v${i}`);
      linter.schedule('a', 'change');
    }
    await vi.runAllTimersAsync();
    expect(published).toEqual(['a@5: v5']);
  });

  it('drops a result whose document changed while settings were being read', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const { linter, edit, computed, published } = setup({ delay: 0, prepare: async (doc) => (doc.version === 1 ? gate.then(() => ({})) : {}) });
    edit('a', 'v1');
    linter.schedule('a', 'open');
    edit('a', 'v2'); // the editor moved on; no new schedule yet (e.g. onSave mode)
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(computed).toEqual([]);
    expect(published).toEqual([]);
  });

  it('drops a slow older run once a newer one was scheduled, even at the same version', async () => {
    const releases: Array<() => void> = [];
    const { linter, edit, published } = setup({ delay: 0, prepare: () => new Promise((resolve) => releases.push(() => resolve({}))) });
    edit('a', 'v1');
    linter.schedule('a', 'open');
    linter.schedule('a', 'refresh');
    releases[1]();
    await vi.advanceTimersByTimeAsync(0);
    releases[0]();
    await vi.advanceTimersByTimeAsync(0);
    expect(published).toEqual(['a@1: v1']);
  });

  it('skips when prepare says so, forgets closed documents, and reports errors', async () => {
    const { linter, edit, published, errors, docs } = setup({ prepare: async (_doc, reason) => (reason === 'change' ? undefined : {}) });
    edit('a', 'v1');
    linter.schedule('a', 'change');
    await vi.advanceTimersByTimeAsync(200);
    expect(published).toEqual([]);

    linter.schedule('a', 'change');
    linter.forget('a');
    docs.delete('a');
    await vi.advanceTimersByTimeAsync(200);
    expect(linter.pending('a')).toBe(false);

    edit('b', 'boom');
    linter.schedule('b', 'save');
    await vi.advanceTimersByTimeAsync(0);
    expect(errors).toHaveLength(1);
    expect(published).toEqual([]);
  });

  it('refreshes every tracked document', async () => {
    const { linter, edit, published } = setup();
    edit('a', 'A');
    edit('b', 'B');
    linter.schedule('a', 'open');
    linter.schedule('b', 'open');
    await vi.advanceTimersByTimeAsync(0);
    linter.refreshAll();
    await vi.advanceTimersByTimeAsync(0);
    expect(published).toEqual(['a@1: A', 'b@1: B', 'a@1: A', 'b@1: B']);
  });
});

describe('DocumentLinter, a long lint', () => {
  it('drops its result when an edit arrived while it ran, and lints the edit', async () => {
    const docs = new Map<string, VersionedDocument>([['a', { uri: 'a', version: 1, getText: () => 'v1' }]]);
    const published: string[] = [];
    let linter: DocumentLinter<VersionedDocument, unknown>;
    linter = new DocumentLinter<VersionedDocument, unknown>({
      document: (uri) => docs.get(uri),
      delayMs: () => 0,
      prepare: async () => ({}),
      compute: (doc) => {
        if (doc.version === 1) {
          // The editor sends version 2 while version 1 is being linted (as a queued message would arrive).
          setImmediate(() => {
            docs.set('a', { uri: 'a', version: 2, getText: () => 'v2' });
            linter.schedule('a', 'change');
          });
          const until = performance.now() + 40;
          while (performance.now() < until);
        }
        return { diagnostics: [{ message: doc.getText() } as Diagnostic] };
      },
      publish: (uri, version, { diagnostics }) => published.push(`${uri}@${version}: ${diagnostics.map((d) => d.message).join()}`),
      onError: (error) => {
        throw error;
      },
    });
    linter.schedule('a', 'open');
    await vi.waitFor(() => expect(published).toEqual(['a@2: v2']), { timeout: 2000, interval: 10 });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(published).toEqual(['a@2: v2']);
  });
});
