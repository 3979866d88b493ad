// "Lint all drafts in the workspace": the drafts on disk under the workspace folders, found
// as the CLI finds them (cli/files.ts: .gitignore, .invitelintignore, config `ignores`), read
// with the CLI's limits and linted with the same config as open documents.
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ConfigError, lint, type ResolvedConfig } from '../rules/engine.js';
import { CliError } from '../cli/errors.js';
import { findDrafts } from '../cli/files.js';
import { readDraft } from '../cli/read-draft.js';
import { configErrorDiagnostic, toDiagnostics } from './diagnostics.js';

export interface DiskLintOptions {
  /** The config for a draft URI, or the error reading it; `ignored` drafts are not linted. */
  configFor: (uri: string) => { config?: ResolvedConfig; error?: ConfigError };
  /** Logs what could not be linted (an unreadable file, a folder without drafts). */
  log: (message: string) => void;
}

/** The diagnostics of one draft on disk, or undefined when it is not linted (ignored, unreadable). */
export function lintFromDisk(uri: string, options: DiskLintOptions): Diagnostic[] | undefined {
  const { config, error } = options.configFor(uri);
  if (config?.matched.ignores) return undefined;
  let text: string;
  try {
    text = readDraft(fileURLToPath(uri), fileURLToPath(uri)).text;
  } catch (problem) {
    options.log(problem instanceof Error ? problem.message : String(problem));
    return undefined;
  }
  const document = TextDocument.create(uri, 'markdown', 0, text);
  if (error) return [configErrorDiagnostic(document, error.message)];
  return toDiagnostics(document, lint(text, { config }).findings);
}

/** The URIs of the drafts under the folders (file: URIs), sorted; folders without drafts are skipped. */
export async function workspaceDrafts(folderUris: readonly string[], log: (message: string) => void): Promise<string[]> {
  const found: string[] = [];
  for (const folderUri of folderUris) {
    if (!folderUri.startsWith('file:')) continue;
    const folder = fileURLToPath(folderUri);
    try {
      found.push(...(await findDrafts(['.'], { cwd: folder, ignore: true })));
    } catch (problem) {
      if (!(problem instanceof CliError)) throw problem;
      log(`lint workspace: ${folder}: ${problem.message}`);
    }
  }
  return [...new Set(found)].sort().map((path) => pathToFileURL(path).href);
}
