// The worker thread that runs a program: the VM's eval loop is synchronous, so it runs here while the
// main thread stays free to turn Ctrl-C into a flag the VM polls (KeyboardInterrupt in the program).

import { parentPort, workerData } from 'node:worker_threads';
import { NodeHost } from '../host/node/node_host.js';
import { runMainFile } from '../vm/index.js';

export interface RunWorkerData {
  script: string;
  args: string[];
  interrupt: SharedArrayBuffer;
}

const data = workerData as RunWorkerData;
const host = new NodeHost({ interruptFlag: new Int32Array(data.interrupt) });
let status: number;
try {
  status = runMainFile(host, data.script, data.args, { executable: process.execPath });
} catch (e) {
  process.stderr.write(`pyrewind: internal error: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
  status = 70;
}
parentPort!.postMessage({ status });
