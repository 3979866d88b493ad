// The workspace indexer, on a worker thread so that reading and parsing thousands of drafts
// never delays an answer to the editor. It finds the drafts of the workspace folders (as the
// CLI does, honouring .gitignore and .invitelintignore), reads each as the CLI does (bounded),
// and sends back their prints. A draft it cannot read or configure is skipped: the editor
// reports such problems when the draft is opened.
import { statSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseDraft, type RuleSetting } from '../rules/engine.js';
import { findDrafts } from '../cli/files.js';
import { readDraft } from '../cli/read-draft.js';
import { ConfigResolver } from '../workspace/config-files.js';
import { isTemplatePath } from '../workspace/templates.js';
import { indexDraft, nameIn, type IndexedDraft } from './workspace-drafts.js';

export interface IndexRequest {
  id: number;
  folders: string[];
  /** Files to (re)index; undefined: every draft of the folders. */
  files?: string[];
  overrides: Record<string, Partial<RuleSetting>>;
}

export interface IndexReply {
  id: number;
  /** One entry per file read: undefined when the draft has nothing for the across rules. */
  drafts: Array<{ uri: string; entry?: IndexedDraft }>;
  done: boolean;
}

/** Drafts per reply: the main thread takes them in small batches between editor messages. */
const BATCH = 50;
/** The most drafts indexed from disk: a folder holding more is not a drafts folder (a home folder, say). */
export const MAX_INDEXED = 20_000;
/** The largest file indexed from disk: an invitation is 300 characters, and parsing a big file
 *  in the background would compete with the editor for the CPU. An open draft always counts. */
export const MAX_INDEXED_BYTES = 64 * 1024;

export async function indexFiles(request: IndexRequest, send: (reply: IndexReply) => void): Promise<void> {
  let files = request.files;
  if (!files) {
    files = [];
    for (const folder of request.folders) files.push(...(await findDrafts(['.'], { cwd: folder, ignore: true }).catch(() => [])));
    files = files.slice(0, MAX_INDEXED);
  }
  const resolver = new ConfigResolver({ overrides: request.overrides });
  let batch: IndexReply['drafts'] = [];
  for (const path of files) {
    const uri = pathToFileURL(path).href;
    try {
      if (statSync(path).size > MAX_INDEXED_BYTES) throw new Error('too large to index');
      const { text } = readDraft(path, path);
      const config = resolver.configFor(path);
      const draft = parseDraft(text);
      if (isTemplatePath(config)) draft.template = true;
      batch.push({ uri, entry: indexDraft(uri, nameIn(request.folders, path), draft, config, TextDocument.create(uri, 'markdown', 0, text)) });
    } catch {
      batch.push({ uri });
    }
    if (batch.length >= BATCH) {
      send({ id: request.id, drafts: batch, done: false });
      batch = [];
    }
  }
  send({ id: request.id, drafts: batch, done: true });
}

parentPort?.on('message', (request: IndexRequest) => {
  void indexFiles(request, (reply) => parentPort!.postMessage(reply)).catch(() => parentPort!.postMessage({ id: request.id, drafts: [], done: true } satisfies IndexReply));
});
