// The invitelint language server: wires LSP handlers to the modules beside this file.
// Transport (--stdio, --node-ipc, --socket) comes from argv.
import { pipeline } from 'node:stream';
import { format } from 'node:util';
import {
  CodeActionKind,
  CodeLensRefreshRequest,
  createConnection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ErrorCodes,
  MessageType,
  ProposedFeatures,
  ResponseError,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type ClientCapabilities,
  type Diagnostic,
  type InitializeResult,
  type Message,
  type RequestMessage,
} from 'vscode-languageserver/node.js';
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { ConfigError, docsUrl, fixAll, lint, noteText, ruleById, summarizeElements, type ResolvedConfig } from '../rules/engine.js';
import { CONFIG_FILE } from '../workspace/config-files.js';
import { Backpressure } from './backpressure.js';
import { codeActions, COMMANDS, fixAllEdit, FIX_ALL_KIND } from './code-actions.js';
import { configErrorDiagnostic, MAX_LINTED_LENGTH, toDiagnostics, tooLargeDiagnostic } from './diagnostics.js';
import { DocumentLinter, type LintOutput } from './documents.js';
import { FramingGuard } from './framing.js';
import { admit, REFUSED_METHOD, type Phase } from './lifecycle.js';
import { changeProblem, gatedSync } from './sync.js';
import { elementHighlights, elementsHover, elementsLens, elementsMessage, lensLine, type ElementsState } from './elements.js';
import { hoverAt } from './hover.js';
import { ConfigFiles, filePathOf, SettingsStore, type Settings } from './settings.js';
import { lintFromDisk, workspaceDrafts as draftsOnDisk } from './workspace-lint.js';
import { isTemplatePath } from '../workspace/templates.js';
import { Indexer } from './indexer.js';
import { indexDraft, nameIn, WorkspaceDrafts } from './workspace-drafts.js';

// Over stdio, the input goes through FramingGuard (framing.ts): a malformed header costs the
// bytes up to the next message, not every message after it; and it is not read while answers
// the client has not read back up (backpressure.ts). Other transports are the library's.
// Every message on every transport passes the lifecycle check (lifecycle.ts) first.
const stdio = process.argv.includes('--stdio');
const messageStrategy = { handleMessage: admitted };
const backpressure = stdio ? new Backpressure(process.stdout) : undefined;
const connection = backpressure
  ? createConnection(ProposedFeatures.all, guardedStdin(backpressure), backpressure.output, { messageStrategy })
  : createConnection(ProposedFeatures.all, { messageStrategy });
if (stdio) routeConsoleToClient();

function guardedStdin(output: Backpressure): NodeJS.ReadableStream {
  const guard = new FramingGuard((problem) => log.error(`invitelint: ${problem}`), (next) => output.whenFlowing(next));
  // When stdin ends, so does the guard, and the library exits as it would on stdin itself.
  pipeline(process.stdin, guard, () => undefined);
  return guard;
}

/** stdout carries the protocol: console output from any module goes to the client's log instead (the library does this only for the stdio it opens itself). */
function routeConsoleToClient(): void {
  const to = (send: (message: string) => void) => (...args: unknown[]) => safely(() => send(format(...args)));
  console.log = console.info = console.debug = to((message) => connection.console.log(message));
  console.warn = to((message) => connection.console.warn(message));
  console.error = console.trace = to((message) => connection.console.error(message));
}

/** Documents whose last didChange was ignored: their text is as linted, so nothing to lint again. */
const unchanged = new WeakSet<TextDocument>();

/** A change older than the text held, or malformed, is ignored and logged (sync.ts): the text, and its diagnostics, stay those of the newest valid change. */
function update(document: TextDocument, changes: TextDocumentContentChangeEvent[], version: number): TextDocument {
  const problem = changeProblem(document.version, changes, version);
  if (problem === undefined) return TextDocument.update(document, changes, version);
  log.error(`didChange for ${document.uri}: ${problem}; ignored`);
  unchanged.add(document);
  return document;
}

const documents = new TextDocuments({ create: TextDocument.create, update });

/** Set by initialize: before it, requests get ServerNotInitialized and notifications are dropped (LSP). */
let initialized = false;
/** Set by shutdown: after it, only exit is heard. */
let shutDown = false;
const phase = (): Phase => (shutDown ? 'shut down' : initialized ? 'running' : 'starting');

/** A message the lifecycle refuses never reaches a handler: a request is rewritten to REFUSED_METHOD, answered with its error. */
function admitted(message: Message, next: (message: Message) => void): void {
  const admission = admit(phase(), message as Message & { id?: unknown; method?: unknown; params?: unknown });
  if (admission.pass) next(message);
  else if (admission.refuse) next({ jsonrpc: '2.0', id: (message as RequestMessage).id, method: REFUSED_METHOD, params: admission.refuse } as RequestMessage);
}
const notInitialized = () => new ResponseError(ErrorCodes.ServerNotInitialized, 'invitelint: the server is not initialized yet');

const describe = (error: unknown) => (error instanceof Error ? error.stack ?? error.message : String(error));
const log = {
  error: (message: string) => safely(() => connection.console.error(message)),
  info: (message: string) => safely(() => connection.console.info(message)),
};
function safely(action: () => void): void {
  try {
    action();
  } catch (error) {
    process.stderr.write(`invitelint-language-server: ${describe(error)}\n`);
  }
}

// Last-resort net: a bug must cost a log line, never the server.
process.on('uncaughtException', (error) => process.stderr.write(`invitelint-language-server: uncaught: ${describe(error)}\n`));
process.on('unhandledRejection', (error) => process.stderr.write(`invitelint-language-server: unhandled rejection: ${describe(error)}\n`));

/** Wraps a request handler: invalid params and failures become JSON-RPC errors, logged. */
function request<P, R>(method: string, handler: (params: P) => R | Promise<R>): (params: P) => Promise<R | ResponseError<void>> {
  return async (params) => {
    if (!initialized) return notInitialized();
    try {
      return await handler(params);
    } catch (error) {
      if (error instanceof ResponseError) return error;
      log.error(`${method} failed: ${describe(error)}`);
      return new ResponseError(ErrorCodes.InternalError, `invitelint: ${method} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
}

/** Wraps a notification handler or event listener: failures are logged, never thrown. */
function notification<P>(method: string, handler: (params: P) => void | Promise<void>): (params: P) => void {
  return (params) => {
    if (!initialized) return;
    try {
      Promise.resolve(handler(params)).catch((error) => log.error(`${method} failed: ${describe(error)}`));
    } catch (error) {
      log.error(`${method} failed: ${describe(error)}`);
    }
  };
}

/** window/showMessage (a notification: nothing for the client to answer). */
function showMessage(type: MessageType, message: string): void {
  void connection.sendNotification(ShowMessageNotification.type, { type, message }).catch((error) => log.error(`showMessage failed: ${describe(error)}`));
}

const invalid = (message: string) => new ResponseError(ErrorCodes.InvalidParams, message);
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

function documentOf(params: unknown): TextDocument | undefined {
  const uri = isObject(params) && isObject(params.textDocument) ? params.textDocument.uri : undefined;
  if (typeof uri !== 'string') throw invalid('expected params.textDocument.uri');
  const document = documents.get(uri);
  return document && isDraft(uri) && typeof document.getText() === 'string' ? document : undefined;
}

function isDraft(uri: string): boolean {
  return /\.invite\.md$/i.test(uri.split(/[?#]/, 1)[0]);
}

function positionOf(params: unknown): { line: number; character: number } {
  const position = isObject(params) ? params.position : undefined;
  if (!isObject(position) || !Number.isInteger(position.line) || !Number.isInteger(position.character)) throw invalid('expected params.position');
  return position as { line: number; character: number };
}

// --- capabilities, settings and config ---------------------------------------------------

let client: ClientCapabilities = {};
/** The workspace folders from initialize, for "Lint all drafts in the workspace" without arguments. */
let workspaceFolderUris: string[] = [];
const settings = new SettingsStore((problem) => {
  log.error(`invitelint settings: ${problem}`);
  showMessage(MessageType.Warning, `invitelint settings: ${problem}`);
});
const configFiles = new ConfigFiles();
const shownConfigErrors = new Set<string>();

function reportConfigError(error: ConfigError): void {
  if (shownConfigErrors.has(error.message)) return;
  shownConfigErrors.add(error.message);
  log.error(`invitelint config: ${error.message}`);
  showMessage(MessageType.Error, `invitelint config: ${error.message}`);
}

interface Prepared {
  settings: Settings;
  config?: ResolvedConfig;
  configError?: ConfigError;
}

async function prepare(document: TextDocument): Promise<Prepared> {
  const current = await settings.forDocument(document.uri);
  if (!current.enable) return { settings: current };
  const outcome = configFiles.configFor(document.uri, current.rules);
  return { settings: current, config: outcome.config, configError: outcome.error };
}

// --- linting -----------------------------------------------------------------------------

/** One lint pass: the diagnostics and, when the draft was linted, where it stands on the elements
 *  and what the across rules say of it (republished when another draft changes). */
interface Linted extends LintOutput {
  elements?: ElementsState;
  across?: Diagnostic[];
}

/** Lints the text as it is now; the elements summary comes from the same parse and config as the diagnostics. */
function lintNow(document: TextDocument, config: ResolvedConfig | undefined): Linted {
  const path = filePathOf(document.uri);
  const { findings, draft } = lint(document.getText(), { config, template: config !== undefined && path !== undefined && isTemplatePath(config) });
  // The editor's text is what the other drafts are compared with while it is open.
  workspaceDrafts.set(document.uri, config ? indexDraft(document.uri, path ? nameIn(workspaceFolders, path) : document.uri, draft, config, document) : undefined);
  return {
    diagnostics: toDiagnostics(document, findings),
    elements: { elements: summarizeElements(draft, config), lensLine: lensLine(document, draft.body.start) },
    across: workspaceDrafts.diagnosticsFor(document.uri, document.version),
  };
}

// --- across drafts: the workspace index ----------------------------------------------------

const workspaceDrafts = new WorkspaceDrafts();
let workspaceFolders: string[] = [];
const indexer = new Indexer(
  new URL('./index-worker.mjs', import.meta.url),
  (drafts) => {
    // An open draft is indexed from the editor's text, never from the file.
    for (const { uri, entry } of drafts) if (!documents.get(uri)) workspaceDrafts.set(uri, entry);
    scheduleAcrossRefresh();
  },
  (message) => log.error(`invitelint: ${message}`),
);
const indexWorkspace = (files?: string[]) => indexer.index({ folders: workspaceFolders, files, overrides: settings.current.rules });

/** How long drafts must stay unchanged before the others are republished: typing never waits for it. */
const ACROSS_REFRESH_MS = 200;
let acrossTimer: NodeJS.Timeout | undefined;
/** After a draft changed: once changes pause, republish the open drafts whose across diagnostics changed. */
function scheduleAcrossRefresh(): void {
  if (acrossTimer) clearTimeout(acrossTimer);
  acrossTimer = setTimeout(() => {
    acrossTimer = undefined;
    for (const document of documents.all()) {
      const published = linter.publishedFor(document.uri, document.version);
      // Not linted at this version (a lint is pending, or invitelint is off for it): nothing to refresh.
      if (!published?.across || !workspaceDrafts.changedFor(document.uri, published.across)) continue;
      const across = workspaceDrafts.diagnosticsFor(document.uri, document.version);
      published.across = across;
      void connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics: [...published.diagnostics, ...across] }).catch((error) => log.error(`publishDiagnostics failed: ${describe(error)}`));
    }
  }, ACROSS_REFRESH_MS);
}

/** Lenses are pulled by the client: after new results, ask it to pull them again, when it can. */
function refreshLenses(): void {
  if (client.workspace?.codeLens?.refreshSupport !== true) return;
  void connection.sendRequest(CodeLensRefreshRequest.type).catch((error) => log.error(`workspace/codeLens/refresh failed: ${describe(error)}`));
}

const linter = new DocumentLinter<TextDocument, Prepared, Linted>({
  document: (uri) => documents.get(uri),
  delayMs: () => settings.current.debounceMs,
  prepare: async (document, reason) => {
    if (!isDraft(document.uri)) return undefined;
    const prepared = await prepare(document);
    return reason === 'change' && prepared.settings.run === 'onSave' ? undefined : prepared;
  },
  compute: (document, { settings: current, config, configError }) => {
    if (!current.enable) return { diagnostics: [] };
    if (tooLarge(document)) return { diagnostics: [tooLargeDiagnostic(document)] };
    if (configError) {
      reportConfigError(configError);
      return { diagnostics: [configErrorDiagnostic(document, configError.message)] };
    }
    // A draft the config `ignores` is not linted, as the CLI skips it.
    if (config?.matched.ignores) return { diagnostics: [] };
    return lintNow(document, config);
  },
  publish: (uri, version, { diagnostics, across = [] }) => {
    if (shutDown) return; // a lint that was under way when shutdown came
    void connection.sendDiagnostics({ uri, version, diagnostics: [...diagnostics, ...across] }).catch((error) => log.error(`publishDiagnostics failed: ${describe(error)}`));
    refreshLenses();
    scheduleAcrossRefresh();
  },
  onError: (error, uri) => log.error(`linting ${uri} failed: ${describe(error)}`),
});

/** A text over MAX_LINTED_LENGTH gets one informational diagnostic, and no lens, highlights or fixes. */
const tooLarge = (document: TextDocument) => document.getText().length > MAX_LINTED_LENGTH;

const opened = new Set<string>();
documents.onDidOpen(notification('didOpen', ({ document }) => void opened.add(document.uri)));
documents.onDidChangeContent(
  notification('didChange', ({ document }) => {
    if (unchanged.delete(document)) return;
    const reason = opened.delete(document.uri) ? 'open' : 'change';
    if (isDraft(document.uri)) linter.schedule(document.uri, reason);
  }),
);
documents.onDidSave(notification('didSave', ({ document }) => void (isDraft(document.uri) && linter.schedule(document.uri, 'save'))));
documents.onDidClose(
  notification('didClose', ({ document }) => {
    opened.delete(document.uri);
    linter.forget(document.uri);
    // Unsaved edits are gone: the file on disk is the draft again.
    workspaceDrafts.delete(document.uri);
    const path = isDraft(document.uri) ? filePathOf(document.uri) : undefined;
    if (path) indexWorkspace([path]);
    scheduleAcrossRefresh();
    settings.forget(document.uri);
    // A draft linted from disk by "Lint all drafts" keeps its problems as the file on disk has them.
    const diagnostics = (lintedFromDisk.has(document.uri) && lintFromDisk(document.uri, diskLintOptions(current()))) || [];
    void connection.sendDiagnostics({ uri: document.uri, diagnostics }).catch(() => undefined);
  }),
);

// --- lifecycle ---------------------------------------------------------------------------

connection.onInitialize((params): InitializeResult => {
  initialized = true;
  // Nothing here can throw on odd params: capabilities are read optionally, settings validated.
  client = isObject(params?.capabilities) ? params.capabilities : {};
  const folders = Array.isArray(params?.workspaceFolders) ? params.workspaceFolders.map((f) => (isObject(f) ? f.uri : undefined)) : [params?.rootUri];
  workspaceFolderUris = folders.filter((uri): uri is string => typeof uri === 'string');
  workspaceFolders = workspaceFolderUris.map(filePathOf).filter((path): path is string => path !== undefined);
  if (client.workspace?.configuration === true) {
    settings.pull = (uri) => connection.workspace.getConfiguration(uri ? { scopeUri: uri, section: 'invitelint' } : { section: 'invitelint' });
  }
  settings.setInitializationOptions(params?.initializationOptions);
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: false },
      hoverProvider: true,
      codeLensProvider: { resolveProvider: false },
      documentHighlightProvider: true,
      executeCommandProvider: { commands: [COMMANDS.fixAll, COMMANDS.showDocs, COMMANDS.showElements, COMMANDS.lintWorkspace, COMMANDS.noteText] },
    },
    serverInfo: { name: 'invitelint' },
  };
});

connection.onInitialized(
  notification('initialized', async () => {
    const registered = (what: string) => (error: unknown) => log.error(`could not register ${what}: ${describe(error)}`);
    if (client.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: `**/${CONFIG_FILE}` }] }).catch(registered(CONFIG_FILE));
    }
    if (client.workspace?.didChangeConfiguration?.dynamicRegistration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'invitelint' }).catch(registered('settings changes'));
    }
    if (client.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
      // Drafts on disk, for the across rules (reused-text, duplicate-recipient).
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.invite.md' }] }).catch(registered('draft files'));
    }
    await settings.changed();
    linter.refreshAll();
    indexWorkspace();
  }),
);

connection.onShutdown(
  request('shutdown', async () => {
    shutDown = true;
    linter.forgetAll();
    await indexer.stop();
  }),
);
connection.onRequest(REFUSED_METHOD, (refusal: { code: number; message: string }) => new ResponseError(refusal.code, refusal.message));

connection.onDidChangeConfiguration(
  notification('didChangeConfiguration', async (params) => {
    await settings.changed(isObject(params) ? params.settings : undefined);
    linter.refreshAll();
    indexWorkspace();
  }),
);

connection.onDidChangeWatchedFiles(
  notification('didChangeWatchedFiles', (params) => {
    const changes = ((isObject(params) && Array.isArray(params.changes) ? params.changes : []) as unknown[]).filter((change): change is { uri: string; type: unknown } => isObject(change) && typeof change.uri === 'string');
    // Drafts changed on disk (not open: an open draft is its editor's text).
    const changed: string[] = [];
    for (const change of changes) {
      if (!isDraft(change.uri) || documents.get(change.uri)) continue;
      if (change.type === 3) workspaceDrafts.delete(change.uri);
      else if (filePathOf(change.uri)) changed.push(filePathOf(change.uri)!);
    }
    if (changed.length) indexWorkspace(changed);
    scheduleAcrossRefresh();
    if (!changes.some((change) => change.uri.endsWith(`/${CONFIG_FILE}`))) return;
    configFiles.clear();
    shownConfigErrors.clear();
    linter.refreshAll();
    indexWorkspace();
  }),
);

// --- features ----------------------------------------------------------------------------

/** The engine's fix-all for the document as it is now, or undefined when its config is broken. */
function fixedText(document: TextDocument, prepared: Prepared): string | undefined {
  return prepared.config ? fixAll(document.getText(), { config: prepared.config }).output : undefined;
}

const documentChanges = () => client.workspace?.workspaceEdit?.documentChanges === true;

/**
 * The elements of the text as it is now: from the last lint pass when it linted this version,
 * else from a lint of the current text (an edit not linted yet, or `run: onSave`). Undefined
 * when the draft is not linted (invitelint disabled, a broken config file).
 */
async function elementsNow(document: TextDocument): Promise<ElementsState | undefined> {
  const version = document.version;
  const published = linter.publishedFor(document.uri, version);
  if (published) return published.elements;
  if (tooLarge(document)) return undefined;
  const prepared = await prepare(document);
  if (document.version !== version || !prepared.settings.enable || prepared.configError) return undefined;
  return lintNow(document, prepared.config).elements;
}

connection.onCodeAction(
  request('textDocument/codeAction', async (params) => {
    const document = documentOf(params);
    const context = params.context;
    if (!isObject(context) || !Array.isArray(context.diagnostics)) throw invalid('expected params.context.diagnostics');
    if (!document || tooLarge(document)) return [];
    const version = document.version;
    const prepared = await prepare(document);
    if (document.version !== version || !prepared.settings.enable) return [];
    let draft: ReturnType<typeof lint>['draft'] | undefined;
    return codeActions({
      document,
      diagnostics: context.diagnostics,
      only: Array.isArray(context.only) ? context.only.filter((kind) => typeof kind === 'string') : undefined,
      documentChanges: documentChanges(),
      fixAll: () => fixedText(document, prepared) ?? document.getText(),
      disableAt: () => (draft ??= lint(document.getText(), { config: prepared.config }).draft).body.start,
    });
  }),
);

connection.onHover(
  request('textDocument/hover', (params) => {
    const document = documentOf(params);
    const position = positionOf(params);
    if (!document) return null;
    // Only a lint pass of the text as it is now: stale ranges would point at the wrong words.
    // A diagnostic's explanation wins; elsewhere in a sentence taken as an element, that element.
    const published = linter.publishedFor(document.uri, document.version);
    if (!published) return null;
    return hoverAt([...published.diagnostics, ...(published.across ?? [])], position) ?? (published.elements ? elementsHover(document, published.elements.elements, position) : null);
  }),
);

connection.onCodeLens(
  request('textDocument/codeLens', async (params) => {
    const document = documentOf(params);
    if (!document) return [];
    // While a lint is pending the lens shows the last lint pass, the one the diagnostics on
    // screen come from; the refresh after the next publish replaces it. Only before the first
    // pass (a client asking right after didOpen) is it computed from the text as it is now.
    const last = linter.lastPublished(document.uri);
    if (last) return last.output.elements ? [elementsLens(last.output.elements, document, last.version)] : [];
    const now = await elementsNow(document);
    return now ? [elementsLens(now, document, document.version)] : [];
  }),
);

connection.onDocumentHighlight(
  request('textDocument/documentHighlight', async (params) => {
    const document = documentOf(params);
    positionOf(params);
    if (!document) return [];
    // Anywhere in the draft: the sentences taken as elements (kinds in elements.ts).
    const now = await elementsNow(document);
    return now ? elementHighlights(document, now.elements) : [];
  }),
);

connection.onExecuteCommand(
  request('workspace/executeCommand', async (params) => {
    const args: unknown[] = Array.isArray(params.arguments) ? params.arguments : [];
    if (params.command === COMMANDS.showDocs) {
      const ruleId = isObject(args[0]) ? args[0].ruleId : args[0];
      if (typeof ruleId !== 'string' || !ruleById.has(ruleId)) throw invalid(`${COMMANDS.showDocs}: expected a rule id, got ${JSON.stringify(ruleId)}`);
      if (client.window?.showDocument?.support) {
        const { success } = await connection.window.showDocument({ uri: docsUrl(ruleId), external: true });
        return { success };
      }
      showMessage(MessageType.Info, `invitelint ${ruleId}: ${docsUrl(ruleId)}`);
      return { success: true };
    }
    if (params.command === COMMANDS.showElements) {
      // Arguments: uri, version (the lens's). The message describes the text as it is now, so a
      // lens clicked before its refresh arrived still tells the truth; the version is checked
      // for shape only. The client highlights the same sentences through documentHighlight.
      const [target, version] = args;
      if (typeof target !== 'string') throw invalid(`${COMMANDS.showElements}: expected a document uri`);
      if (version !== undefined && version !== null && !Number.isInteger(version)) throw invalid(`${COMMANDS.showElements}: expected a document version`);
      const document = documentOf({ textDocument: { uri: target } });
      const now = document && (await elementsNow(document));
      if (!now) return { shown: false };
      showMessage(MessageType.Info, elementsMessage(now.elements));
      return { shown: true };
    }
    if (params.command === COMMANDS.fixAll) {
      // Arguments: a uri, or { uri, version } so an edit computed for an older text is refused.
      const target = isObject(args[0]) ? args[0] : { uri: args[0] };
      if (typeof target.uri !== 'string') throw invalid(`${COMMANDS.fixAll}: expected a document uri`);
      const document = documentOf({ textDocument: { uri: target.uri } });
      if (!document || tooLarge(document) || (target.version !== undefined && target.version !== document.version)) return { applied: false };
      const version = document.version;
      const prepared = await prepare(document);
      if (document.version !== version || !prepared.settings.enable) return { applied: false };
      const fixed = fixedText(document, prepared);
      const edit = fixed === undefined ? undefined : fixAllEdit(document, fixed, documentChanges());
      if (!edit) return { applied: false };
      const result = await connection.workspace.applyEdit({ label: 'invitelint: fix all', edit });
      return { applied: result.applied };
    }
    if (params.command === COMMANDS.lintWorkspace) return lintWorkspace(args);
    if (params.command === COMMANDS.noteText) return noteTextOf(args);
    throw invalid(`unknown command ${JSON.stringify(params.command)}`);
  }),
);

// --- whole-workspace commands ------------------------------------------------------------

/** Drafts whose diagnostics came from disk (not open, or closed since): re-read when closed. */
const lintedFromDisk = new Set<string>();
const current = () => settings.current;
const diskLintOptions = (now: Settings) => ({
  configFor: (uri: string): { config?: ResolvedConfig; error?: ConfigError } => (now.enable ? configFiles.configFor(uri, now.rules) : {}),
  log: (message: string) => log.info(`invitelint: ${message}`),
});

/**
 * Arguments: workspace folder URIs (else the folders from initialize). Every draft under them
 * gets its diagnostics: open ones from the editor's text, the others from the file on disk.
 */
async function lintWorkspace(args: unknown[]): Promise<{ drafts: number; problems: number; withProblems: number }> {
  const folders = args.length ? args.flat() : workspaceFolderUris;
  if (!folders.every((uri) => typeof uri === 'string')) throw invalid(`${COMMANDS.lintWorkspace}: expected workspace folder URIs`);
  const now = await settings.changed().then(() => settings.current);
  const options = diskLintOptions(now);
  const uris = await draftsOnDisk(folders as string[], options.log);
  let drafts = 0;
  let problems = 0;
  let withProblems = 0;
  for (const uri of uris) {
    const { config, error } = options.configFor(uri);
    if (config?.matched.ignores) continue;
    drafts++;
    const open = documents.get(uri);
    if (open) {
      // Its diagnostics come from the editor's text, as always; counted from the same text.
      linter.schedule(uri, 'save');
      const found = !now.enable ? 0 : error ? 1 : tooLarge(open) ? 0 : lint(open.getText(), { config }).findings.length;
      problems += found;
      if (found) withProblems++;
      continue;
    }
    const diagnostics = now.enable ? (lintFromDisk(uri, options) ?? []) : [];
    lintedFromDisk.add(uri);
    problems += diagnostics.length;
    if (diagnostics.length) withProblems++;
    void connection.sendDiagnostics({ uri, diagnostics }).catch((error) => log.error(`publishDiagnostics failed: ${describe(error)}`));
  }
  return { drafts, problems, withProblems };
}

/** Arguments: a uri, or { uri, version }. The note as it would be sent, its length, and the errors left in the draft. */
async function noteTextOf(args: unknown[]): Promise<{ text: string; length: number; limit: number; errors: string[] } | null> {
  const target = isObject(args[0]) ? args[0] : { uri: args[0] };
  if (typeof target.uri !== 'string') throw invalid(`${COMMANDS.noteText}: expected a document uri`);
  const document = documentOf({ textDocument: { uri: target.uri } });
  if (!document || tooLarge(document) || (target.version !== undefined && target.version !== document.version)) return null;
  const prepared = await prepare(document);
  const { findings, draft } = lint(document.getText(), { config: prepared.config });
  const errors = [...new Set(findings.filter((f) => f.severity === 'error').map((f) => f.ruleId))];
  return { ...noteText(draft, prepared.config), errors };
}

// Requests nobody handles: MethodNotFound, or ServerNotInitialized before initialize.
connection.onRequest((method) => (initialized ? new ResponseError(ErrorCodes.MethodNotFound, `invitelint: unhandled method ${method}`) : notInitialized()));

// TextDocuments registers its own sync handlers: before initialize, they too drop what comes.
documents.listen(gatedSync(connection, () => initialized));
connection.listen();
log.info(`invitelint language server ready (${ruleById.size} rules)`);
