// The VS Code extension: a thin client. It starts the bundled language server (dist/server.mjs)
// over Node IPC and hands it the drafts; the server does the linting, quick fixes, fix-all
// (also on save, through `source.fixAll.invitelint`), hovers, the workspace lint and the note
// text. The client adds what only an editor can do: snippets in drafts, the clipboard, and
// writing a config file.
import {
  commands,
  CompletionItem,
  CompletionItemKind,
  env,
  languages,
  MarkdownString,
  Range,
  SnippetString,
  Uri,
  window,
  workspace,
  type ExtensionContext,
  type OutputChannel,
  type TextDocument,
} from 'vscode';
import { ExecuteCommandRequest, LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node.js';
import snippets from '../snippets/invite.snippets.json' with { type: 'json' };
import { CONFIG_TEMPLATE, copiedMessage, lintedMessage, type LintedWorkspace, type NoteText } from './messages.js';

/** The server bundle, relative to the extension's root; forked with `node` (ESM works with fork). */
export const SERVER_MODULE = 'dist/server.mjs';

/**
 * Drafts stay Markdown (for highlighting) and are told apart by their name. Untitled
 * documents qualify when they were created with a draft's path (`untitled:/x/y.invite.md`).
 */
export const DOCUMENT_SELECTOR: Array<{ scheme: string; language: string; pattern: string }> = [
  { scheme: 'file', language: 'markdown', pattern: '**/*.invite.md' },
  { scheme: 'untitled', language: 'markdown', pattern: '**/*.invite.md' },
];

/** The server's commands (the client registers them), and the client's own. */
const FIX_ALL = 'invitelint.fixAll';
const LINT_WORKSPACE = 'invitelint.lintWorkspace';
const NOTE_TEXT = 'invitelint.noteText';
const RESTART = 'invitelint.restart';
const COPY_NOTE = 'invitelint.copyNote';
const CREATE_CONFIG = 'invitelint.createConfig';
const CONFIG_FILE = '.invitelintrc.json';

let client: LanguageClient | undefined;

export async function activate(context: ExtensionContext): Promise<void> {
  const output = window.createOutputChannel('invitelint');
  context.subscriptions.push(output);

  const module = context.asAbsolutePath(SERVER_MODULE);
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };

  const configWatcher = workspace.createFileSystemWatcher(`**/${CONFIG_FILE}`);
  context.subscriptions.push(configWatcher);

  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SELECTOR,
    diagnosticCollectionName: 'invitelint',
    outputChannel: output,
    synchronize: { configurationSection: 'invitelint', fileEvents: configWatcher },
    middleware: {
      // The client registers the server's commands as VS Code commands; run from the palette
      // they have no arguments, so fill in what the server needs.
      executeCommand: async (command, args, next) => {
        if (args.length > 0) return next(command, args);
        if (command === LINT_WORKSPACE) {
          const folders = (workspace.workspaceFolders ?? []).map((folder) => client!.code2ProtocolConverter.asUri(folder.uri));
          const result = (await next(command, [folders])) as LintedWorkspace | undefined;
          if (result) void window.showInformationMessage(lintedMessage(result));
          return result;
        }
        if (command !== FIX_ALL) return next(command, args);
        // The active draft and its version (the server refuses an edit computed for another version of the text).
        const document = activeDraft('fix its problems');
        if (!document) return undefined;
        const result: unknown = await next(command, [{ uri: client!.code2ProtocolConverter.asUri(document.uri), version: document.version }]);
        if (isObject(result) && result.applied === false) window.setStatusBarMessage('invitelint: nothing to fix', 3000);
        return result;
      },
    },
  };

  client = new LanguageClient('invitelint', 'invitelint', serverOptions, clientOptions);

  // Registered before starting, so Restart also recovers from a failed first start
  // (LanguageClient.restart() cannot: it refuses to stop a client whose start failed).
  context.subscriptions.push(
    commands.registerCommand(RESTART, async () => {
      output.appendLine('Restarting the invitelint language server');
      await start(output, async () => {
        if (client!.isRunning()) await client!.stop();
        await client!.start();
      });
    }),
    commands.registerCommand(COPY_NOTE, copyNote),
    commands.registerCommand(CREATE_CONFIG, createConfig),
    languages.registerCompletionItemProvider(DOCUMENT_SELECTOR, { provideCompletionItems: snippetItems }),
  );

  await start(output, () => client!.start());
}

export async function deactivate(): Promise<void> {
  // Stopping a client that never got running throws; there is nothing to stop then.
  if (client?.isRunning()) await client.stop().catch(() => undefined);
}

/**
 * Starts (or restarts) the client. A failure is logged, never thrown at VS Code (activation
 * must finish so Restart stays available); the client itself already notifies the user.
 */
async function start(output: OutputChannel, how: () => Promise<void>): Promise<void> {
  try {
    await how();
  } catch (error) {
    output.appendLine(`The invitelint language server could not start: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function isDraft(document: TextDocument): boolean {
  return languages.match(DOCUMENT_SELECTOR, document) > 0;
}

function activeDraft(toDo: string): TextDocument | undefined {
  const document = window.activeTextEditor?.document;
  if (document && isDraft(document)) return document;
  void window.showInformationMessage(`invitelint: open an *.invite.md draft to ${toDo}.`);
  return undefined;
}

/** "Copy note for LinkedIn": the body as it would be sent, on the clipboard, and its length. */
async function copyNote(): Promise<NoteText | undefined> {
  const document = activeDraft('copy its note');
  if (!document || !client?.isRunning()) return undefined;
  const note = (await client.sendRequest(ExecuteCommandRequest.type, { command: NOTE_TEXT, arguments: [{ uri: client.code2ProtocolConverter.asUri(document.uri), version: document.version }] })) as NoteText | null;
  if (!note) {
    void window.showWarningMessage('invitelint: the draft changed while copying; try again.');
    return undefined;
  }
  await env.clipboard.writeText(note.text);
  void window.showInformationMessage(copiedMessage(note));
  return note;
}

/** "Create a config file": a commented .invitelintrc.json in a workspace folder, opened; an existing one is opened as it is. */
async function createConfig(): Promise<Uri | undefined> {
  const folders = workspace.workspaceFolders ?? [];
  const folder = folders.length > 1 ? await window.showWorkspaceFolderPick({ placeHolder: `Folder for ${CONFIG_FILE}` }) : folders[0];
  if (!folder) {
    if (folders.length === 0) void window.showInformationMessage(`invitelint: open a folder to create ${CONFIG_FILE} in.`);
    return undefined;
  }
  const uri = Uri.joinPath(folder.uri, CONFIG_FILE);
  const exists = await workspace.fs.stat(uri).then(
    () => true,
    () => false,
  );
  if (!exists) await workspace.fs.writeFile(uri, new TextEncoder().encode(CONFIG_TEMPLATE));
  await window.showTextDocument(uri);
  if (exists) void window.showInformationMessage(`invitelint: ${CONFIG_FILE} already exists; opened it.`);
  return uri;
}

interface Snippet {
  prefix: string[];
  description: string;
  body: string[];
}

/** The snippets as completion items, only in drafts (a contributed snippet file would offer them in every Markdown file). */
function snippetItems(document: TextDocument, position: import('vscode').Position): CompletionItem[] {
  // The prefix typed so far, dashes included ("invite-st"), is what the item replaces.
  const before = document.lineAt(position.line).text.slice(0, position.character);
  const typed = /[\w-]*$/.exec(before)![0];
  const range = new Range(position.line, position.character - typed.length, position.line, position.character);
  return Object.entries(snippets as Record<string, Snippet>).flatMap(([name, snippet]) =>
    snippet.prefix.map((prefix) => {
      const item = new CompletionItem({ label: prefix, description: name }, CompletionItemKind.Snippet);
      item.insertText = new SnippetString(snippet.body.join('\n'));
      item.documentation = new MarkdownString(snippet.description);
      item.filterText = prefix;
      item.range = range;
      return item;
    }),
  );
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
