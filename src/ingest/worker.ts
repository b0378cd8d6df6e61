/** A worker thread of the ingest pool (pool.ts): it says when it has loaded, then answers each source with its prepared result. */
import { parentPort } from 'node:worker_threads';
import { prepareSource } from './mdx.ts';
import type { WorkerReply, WorkerRequest } from './pool.ts';

const port = parentPort!;
port.on('message', ({ index, name, bytes, entry }: WorkerRequest) =>
  port.postMessage({ index, result: prepareSource(name, bytes, entry) } satisfies WorkerReply),
);
port.postMessage({ ready: true } satisfies WorkerReply);
