// Per-document lint state: debouncing and versioning. Every request to lint a document
// supersedes the pending one (its timer is cancelled, its async work is abandoned), and
// results are published only if the document is still at the version they were computed for,
// so after any burst of edits the last published diagnostics belong to the last text. What else
// the same lint pass computed (the elements summary for the code lens) is kept beside them.
import type { Diagnostic } from 'vscode-languageserver';

export interface VersionedDocument {
  uri: string;
  version: number;
  getText(): string;
}

export type LintReason = 'open' | 'change' | 'save' | 'refresh';

/** A lint this long (a large draft) lets queued messages in before it publishes; a keystroke's lint is far quicker. */
const LONG_LINT_MS = 20;

/** Two turns of the event loop: vscode-jsonrpc handles one message per setImmediate, so this
 *  lets the message already queued behind the current one be read first. */
const afterQueuedMessages = () => new Promise<void>((resolve) => setImmediate(() => setImmediate(resolve)));

/** What one lint pass yields: its diagnostics, and whatever else the caller computes from the same text. */
export interface LintOutput {
  diagnostics: Diagnostic[];
}

export interface LintHooks<Doc extends VersionedDocument, Prepared, Output extends LintOutput> {
  /** The open document for a uri, as it is now. */
  document(uri: string): Doc | undefined;
  /** Debounce delay for edits, in ms; 0 lints every change. */
  delayMs(): number;
  /** Asynchronous preparation (settings, config); undefined means: do not lint for this reason. */
  prepare(document: Doc, reason: LintReason): Promise<Prepared | undefined>;
  /** Lints the current text synchronously. */
  compute(document: Doc, prepared: Prepared): Output;
  publish(uri: string, version: number, output: Output): void;
  onError(error: unknown, uri: string): void;
}

export interface Published<Output> {
  version: number;
  output: Output;
}

interface DocumentState<Output> {
  /** Bumped by every schedule or cancel: work started under an older generation is dropped. */
  generation: number;
  timer?: NodeJS.Timeout;
  published?: Published<Output>;
}

export class DocumentLinter<Doc extends VersionedDocument, Prepared, Output extends LintOutput = LintOutput> {
  private readonly states = new Map<string, DocumentState<Output>>();

  constructor(private readonly hooks: LintHooks<Doc, Prepared, Output>) {}

  /** Lints the document: after the debounce delay for edits, at once otherwise. */
  schedule(uri: string, reason: LintReason): void {
    let state = this.states.get(uri);
    if (!state) {
      state = { generation: 0 };
      this.states.set(uri, state);
    }
    if (state.timer) clearTimeout(state.timer);
    state.timer = undefined;
    const generation = ++state.generation;
    const delay = reason === 'change' ? this.hooks.delayMs() : 0;
    if (delay > 0) {
      state.timer = setTimeout(() => {
        state.timer = undefined;
        void this.run(uri, state, generation, reason);
      }, delay);
    } else if (reason !== 'change') {
      void this.run(uri, state, generation, reason);
    } else {
      // Even undebounced, let messages already queued go first: vscode-jsonrpc handles one
      // message per setImmediate, so two turns put this lint after the next queued didChange,
      // whose newer generation then drops it. An edit storm lints only its last version.
      void afterQueuedMessages().then(() => this.run(uri, state, generation, reason));
    }
  }

  /** Lints every tracked document again (settings or config changed). */
  refreshAll(): void {
    for (const uri of this.states.keys()) this.schedule(uri, 'refresh');
  }

  /** Forgets a document (closed): pending work is dropped. */
  forget(uri: string): void {
    const state = this.states.get(uri);
    if (!state) return;
    if (state.timer) clearTimeout(state.timer);
    state.generation++;
    this.states.delete(uri);
  }

  forgetAll(): void {
    for (const uri of [...this.states.keys()]) this.forget(uri);
  }

  /** What was last published for the document, if it belongs to `version`. */
  publishedFor(uri: string, version: number): Output | undefined {
    const published = this.states.get(uri)?.published;
    return published?.version === version ? published.output : undefined;
  }

  /** What was last published for the document, whatever its version (the text may have moved on). */
  lastPublished(uri: string): Published<Output> | undefined {
    return this.states.get(uri)?.published;
  }

  /** Documents with pending or running work (for tests). */
  pending(uri: string): boolean {
    return this.states.get(uri)?.timer !== undefined;
  }

  private async run(uri: string, state: DocumentState<Output>, generation: number, reason: LintReason): Promise<void> {
    try {
      const document = this.hooks.document(uri);
      if (!document) return;
      const version = document.version;
      const current = () => this.states.get(uri) === state && state.generation === generation && this.hooks.document(uri)?.version === version;
      const prepared = await this.hooks.prepare(document, reason);
      // Superseded while settings or config were read: a newer run owns this document now.
      if (prepared === undefined || !current()) return;
      const started = performance.now();
      const output = this.hooks.compute(document, prepared);
      // An edit typed while a long lint ran is still unread: let it in before publishing, so a
      // result for a text the editor has already replaced is dropped, not shown.
      if (performance.now() - started > LONG_LINT_MS) await afterQueuedMessages();
      if (!current()) return;
      state.published = { version, output };
      this.hooks.publish(uri, version, output);
    } catch (error) {
      this.hooks.onError(error, uri);
    }
  }
}
