// Answers /api/cfg/<code id> for the HTTP server without blocking it: a graph not counted yet is counted by
// a worker thread (cfg_worker.ts, compiled into dist/) on its own connection, then kept in api.ts's cache.
// Where the compiled worker is missing (tests run from source before a build), it counts in this thread.

import { Worker } from 'node:worker_threads';
import { existsSync } from 'node:fs';
import { compiledFile } from '../../host/node/package_paths.js';
import type { Trace } from '../../schema/trace.js';
import { answerApi, cachedCfg, hasCode, rememberCfg, type ApiAnswer } from './api.js';
import type { CfgWorkerAnswer, CfgWorkerData, CfgWorkerRequest } from './cfg_worker.js';

export class CfgService {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly waiting = new Map<number, (a: CfgWorkerAnswer) => void>();
  /** Graphs being counted, so that repeated requests wait for the same count. */
  private readonly pending = new Map<number, Promise<ApiAnswer>>();

  constructor(private readonly trace: Trace) {}

  async answer(path: string, query: URLSearchParams): Promise<ApiAnswer> {
    const m = /^\/api\/cfg\/(\d{1,15})$/.exec(path);
    const codeId = m === null ? null : Number(m[1]);
    if (codeId === null || cachedCfg(this.trace, codeId) !== undefined || !hasCode(this.trace, codeId)) {
      return answerApi(this.trace, path, query);
    }
    const file = compiledFile('viewer/server/cfg_worker.js');
    if (!existsSync(file) || this.trace.db.memory) return answerApi(this.trace, path, query);
    let p = this.pending.get(codeId);
    if (p === undefined) {
      p = this.count(file, codeId).finally(() => this.pending.delete(codeId));
      this.pending.set(codeId, p);
    }
    return p;
  }

  private async count(file: string, codeId: number): Promise<ApiAnswer> {
    const worker = this.start(file);
    const id = this.nextId++;
    const answer = await new Promise<CfgWorkerAnswer>((resolve) => {
      this.waiting.set(id, resolve);
      worker.postMessage({ id, codeId } satisfies CfgWorkerRequest);
    });
    if ('error' in answer) return { status: 500, body: { error: answer.error } };
    rememberCfg(this.trace, answer.graph);
    return { status: 200, body: answer.graph };
  }

  private start(file: string): Worker {
    if (this.worker !== null) return this.worker;
    const w = new Worker(file, { workerData: { path: this.trace.db.name } satisfies CfgWorkerData });
    w.unref();
    const failAll = (message: string): void => {
      for (const [id, resolve] of this.waiting) resolve({ id, error: message });
      this.waiting.clear();
      this.worker = null;
    };
    w.on('message', (a: CfgWorkerAnswer) => {
      const resolve = this.waiting.get(a.id);
      this.waiting.delete(a.id);
      resolve?.(a);
    });
    w.on('error', (e) => failAll(`counting the control flow failed: ${e.message}`));
    w.on('exit', () => failAll('counting the control flow stopped'));
    this.worker = w;
    return w;
  }

  async close(): Promise<void> {
    const w = this.worker;
    this.worker = null;
    if (w !== null) await w.terminate();
  }
}
