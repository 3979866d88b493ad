// Runs the workspace indexer (index-worker.ts) on a worker thread and hands its replies to the
// caller; the worker is started for a request and stopped when every request is answered. If it
// cannot start or dies, the across rules see only the open drafts.
import { Worker } from 'node:worker_threads';
import type { IndexReply, IndexRequest } from './index-worker.js';

export class Indexer {
  private worker?: Worker;
  private nextId = 0;
  private failed = false;
  /** Requests sent and not answered in full: when none is left, the worker is stopped (its memory freed). */
  private readonly open = new Set<number>();

  constructor(
    private readonly script: URL,
    private readonly onDrafts: (drafts: IndexReply['drafts']) => void,
    private readonly onError: (message: string) => void,
  ) {}

  /** Indexes `files`, or every draft of `folders` when `files` is undefined. */
  index(request: Omit<IndexRequest, 'id'>): void {
    if (this.failed || request.folders.length === 0) return;
    try {
      this.worker ??= this.start();
      const id = ++this.nextId;
      this.open.add(id);
      this.worker.postMessage({ ...request, id } satisfies IndexRequest);
    } catch (error) {
      this.fail(error);
    }
  }

  async stop(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    await worker?.terminate();
  }

  private start(): Worker {
    // Small limits: the index holds compact prints of at most a workspace's drafts, and V8's
    // default reservations for a second isolate can exceed an address-space limit
    // (`ulimit -v`) that the server itself lives within, which would abort the whole process.
    const worker = new Worker(this.script, { resourceLimits: { maxOldGenerationSizeMb: 128, maxYoungGenerationSizeMb: 16, codeRangeSizeMb: 16, stackSizeMb: 4 } });
    // The index is a convenience: it never keeps the server alive after the editor has gone.
    worker.unref();
    worker.on('message', (reply: IndexReply) => {
      this.onDrafts(reply.drafts);
      if (!reply.done) return;
      this.open.delete(reply.id);
      if (this.open.size === 0 && this.worker === worker) {
        this.worker = undefined;
        void worker.terminate();
      }
    });
    worker.on('error', (error) => this.fail(error));
    worker.on('exit', (code) => {
      if (this.worker === worker) this.fail(new Error(`exited with code ${code}`));
    });
    return worker;
  }

  private fail(error: unknown): void {
    this.failed = true;
    this.worker = undefined;
    this.onError(`the workspace index stopped (${error instanceof Error ? error.message : String(error)}); reused-text and duplicate-recipient now compare open drafts only`);
  }
}
