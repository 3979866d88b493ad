// A scripted LSP client for tests: starts the built language server as a process (as editors
// do) and speaks JSON-RPC to it over stdio, recording what the server sends.
import { spawn, type ChildProcess } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type InitializeResult,
  type LogMessageParams,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type ShowMessageParams,
  type TextDocumentContentChangeEvent,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node.js';
import { ROOT, SERVER_BIN } from './built-server.js';

export interface ClientOptions {
  /** Workspace folder (a temp dir). */
  folder: string;
  initializationOptions?: unknown;
  /** Answer workspace/configuration requests (pull model); otherwise settings are pushed. */
  pullConfiguration?: boolean;
  capabilities?: ClientCapabilities;
  /** Advertise `workspace.codeLens.refreshSupport` (with the default capabilities). */
  lensRefresh?: boolean;
}

export class LspClient {
  readonly diagnostics: PublishDiagnosticsParams[] = [];
  readonly messages: ShowMessageParams[] = [];
  readonly logs: LogMessageParams[] = [];
  readonly registrations: Array<{ method: string; registerOptions?: unknown }> = [];
  readonly appliedEdits: WorkspaceEdit[] = [];
  readonly shownDocuments: Array<{ uri: string; external?: boolean }> = [];
  readonly configurationRequests: Array<Array<{ scopeUri?: string; section?: string }>> = [];
  /** How many workspace/codeLens/refresh requests the server sent. */
  lensRefreshes = 0;
  /** The `invitelint` section returned to workspace/configuration. */
  settings: unknown = {};
  /** Answer workspace/configuration this late (a slow client). */
  configurationDelayMs = 0;
  stderr = '';
  initializeResult!: InitializeResult;
  private readonly exited: Promise<number | null>;

  private constructor(
    readonly process: ChildProcess,
    readonly connection: ProtocolConnection,
  ) {
    this.exited = new Promise((resolve) => process.on('exit', (code) => resolve(code)));
    process.stderr!.on('data', (chunk) => (this.stderr += String(chunk)));
    connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => this.diagnostics.push(params));
    connection.onNotification('window/showMessage', (params: ShowMessageParams) => this.messages.push(params));
    connection.onNotification('window/logMessage', (params: LogMessageParams) => this.logs.push(params));
    connection.onRequest('client/registerCapability', (params: { registrations: Array<{ method: string; registerOptions?: unknown }> }) => {
      this.registrations.push(...params.registrations);
      return null;
    });
    connection.onRequest('workspace/configuration', async (params: { items: Array<{ scopeUri?: string; section?: string }> }) => {
      this.configurationRequests.push(params.items);
      const settings = this.settings;
      if (this.configurationDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, this.configurationDelayMs));
      return params.items.map(() => settings);
    });
    connection.onRequest('workspace/applyEdit', (params: { edit: WorkspaceEdit }) => {
      this.appliedEdits.push(params.edit);
      return { applied: true };
    });
    connection.onRequest('window/showDocument', (params: { uri: string; external?: boolean }) => {
      this.shownDocuments.push(params);
      return { success: true };
    });
    connection.onRequest('workspace/codeLens/refresh', () => {
      this.lensRefreshes++;
      return null;
    });
    connection.onRequest('window/showMessageRequest', () => null);
    connection.onRequest('window/workDoneProgress/create', () => null);
  }

  static async start(options: ClientOptions): Promise<LspClient> {
    const child = spawn(process.execPath, [SERVER_BIN, '--stdio'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new LspClient(child, connection);
    connection.listen();
    const folderUri = pathToFileURL(options.folder).href;
    client.initializeResult = await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: folderUri,
      workspaceFolders: [{ uri: folderUri, name: 'drafts' }],
      initializationOptions: options.initializationOptions,
      capabilities: options.capabilities ?? {
        workspace: {
          configuration: options.pullConfiguration ?? true,
          didChangeConfiguration: { dynamicRegistration: true },
          didChangeWatchedFiles: { dynamicRegistration: true },
          workspaceEdit: { documentChanges: true },
          applyEdit: true,
          executeCommand: {},
          ...(options.lensRefresh ? { codeLens: { refreshSupport: true } } : {}),
        },
        textDocument: {
          publishDiagnostics: { versionSupport: true },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } }, dataSupport: true, isPreferredSupport: true },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          codeLens: {},
          documentHighlight: {},
          synchronization: { didSave: true },
        },
        window: { showDocument: { support: true } },
      },
    });
    await connection.sendNotification('initialized', {});
    return client;
  }

  notify(method: string, params: unknown): Promise<void> {
    return this.connection.sendNotification(method, params);
  }

  request<R = unknown>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  open(uri: string, text: string, version = 1): Promise<void> {
    return this.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } });
  }

  change(uri: string, version: number, contentChanges: TextDocumentContentChangeEvent[]): Promise<void> {
    return this.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
  }

  close(uri: string): Promise<void> {
    return this.notify('textDocument/didClose', { textDocument: { uri } });
  }

  /** The last diagnostics published for a document. */
  latest(uri: string): PublishDiagnosticsParams | undefined {
    return this.diagnostics.filter((d) => d.uri === uri).at(-1);
  }

  /** Waits until `probe` returns a value (not undefined/false), failing after `timeoutMs` with `what`. */
  async waitFor<T>(what: string, probe: () => T | undefined | false, timeoutMs = 10_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = probe();
      if (value !== undefined && value !== false) return value;
      if (this.process.exitCode !== null) throw new Error(`server exited (${this.process.exitCode}) while waiting for ${what}\n${this.stderr}`);
      if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}\nstderr: ${this.stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  /** Waits for diagnostics of `uri` at `version` satisfying `accept`. */
  diagnosticsFor(uri: string, version: number, accept: (params: PublishDiagnosticsParams) => boolean = () => true): Promise<PublishDiagnosticsParams> {
    return this.waitFor(`diagnostics for ${uri} v${version}`, () => {
      const latest = this.latest(uri);
      return latest && latest.version === version && accept(latest) ? latest : undefined;
    });
  }

  /** shutdown + exit, as an editor does; resolves with the exit code. */
  async stop(): Promise<number | null> {
    await this.request('shutdown', null);
    await this.notify('exit', null);
    const code = await Promise.race([this.exited, new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 5000))]);
    this.connection.dispose();
    if (code === 'timeout') {
      this.process.kill();
      throw new Error('server did not exit within 5 s of the exit notification');
    }
    return code;
  }

  kill(): void {
    this.connection.dispose();
    if (this.process.exitCode === null) this.process.kill();
  }
}
