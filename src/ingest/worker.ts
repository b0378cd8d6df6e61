/** A worker thread of the ingest pool (pool.ts): each message is one source, each reply its prepared result. */
import { parentPort } from 'node:worker_threads';
import { prepareSource } from './mdx.ts';
import type { SourceJob } from './pool.ts';

parentPort!.on('message', ({ name, bytes, entry }: SourceJob) => parentPort!.postMessage(prepareSource(name, bytes, entry)));
