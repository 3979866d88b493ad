// The VS Code extension: a thin client. It starts the bundled language server (dist/server.mjs)
// over Node IPC and hands it the drafts; the server does the linting, quick fixes, fix-all
// (also on save, through `source.fixAll.invitelint`) and hovers.
import { commands, languages, window, workspace, type ExtensionContext, type OutputChannel, type TextDocument } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node.js';

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

/** The server's command, also the one the extension contributes (the client registers it). */
const FIX_ALL = 'invitelint.fixAll';
const RESTART = 'invitelint.restart';

let client: LanguageClient | undefined;

export async function activate(context: ExtensionContext): Promise<void> {
  const output = window.createOutputChannel('invitelint');
  context.subscriptions.push(output);

  const module = context.asAbsolutePath(SERVER_MODULE);
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };

  const configWatcher = workspace.createFileSystemWatcher('**/.invitelintrc.json');
  context.subscriptions.push(configWatcher);

  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SELECTOR,
    diagnosticCollectionName: 'invitelint',
    outputChannel: output,
    synchronize: { configurationSection: 'invitelint', fileEvents: configWatcher },
    middleware: {
      // The client registers the server's `invitelint.fixAll` as a VS Code command; run from
      // the palette it has no arguments, so fill in the active draft and its version (the
      // server refuses an edit computed for another version of the text).
      executeCommand: async (command, args, next) => {
        if (command !== FIX_ALL || args.length > 0) return next(command, args);
        const document = window.activeTextEditor?.document;
        if (!document || !isDraft(document)) {
          void window.showInformationMessage('invitelint: open an *.invite.md draft to fix its problems.');
          return undefined;
        }
        const target = { uri: client!.code2ProtocolConverter.asUri(document.uri), version: document.version };
        const result: unknown = await next(command, [target]);
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

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
