/**
 * The load generator's thread (see `startLoadGenerator` in write-load.ts):
 * runs each load it is sent, one at a time, and posts back the result.
 */
import { parentPort } from 'node:worker_threads';
import { type LoadShape, runWriteLoad, type WriteLoadTarget } from './write-load';

parentPort!.on('message', async ({ target, shape, seconds }: { target: WriteLoadTarget; shape: LoadShape; seconds: number }) => {
  parentPort!.postMessage(await runWriteLoad(target, shape, seconds));
});
