// Runs the workspace indexer (index-worker.ts) on a worker thread and hands its replies to the
// caller. If the worker cannot start or dies, the across rules see only the open drafts.
import { Worker } from 'node:worker_threads';
import type { IndexReply, IndexRequest } from './index-worker.js';

export class Indexer {
  private worker?: Worker;
  private nextId = 0;
  private failed = false;

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
      this.worker.postMessage({ ...request, id: ++this.nextId } satisfies IndexRequest);
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
    const worker = new Worker(this.script);
    // The index is a convenience: it never keeps the server alive after the editor has gone.
    worker.unref();
    worker.on('message', (reply: IndexReply) => this.onDrafts(reply.drafts));
    worker.on('error', (error) => this.fail(error));
    worker.on('exit', (code) => {
      if (this.worker === worker && code !== 0) this.fail(new Error(`exited with code ${code}`));
    });
    return worker;
  }

  private fail(error: unknown): void {
    this.failed = true;
    this.worker = undefined;
    this.onError(`the workspace index stopped (${error instanceof Error ? error.message : String(error)}); reused-text and duplicate-recipient now compare open drafts only`);
  }
}
