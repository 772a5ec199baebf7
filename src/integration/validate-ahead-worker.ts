/*
 * A worker of validate-ahead.ts: analyses the files it claims, through the validation cache, and
 * sends back their cache entries.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { analyseClaimedFiles, handbookFiles, type ValidateAheadWork } from './validate-ahead.ts';

const { root, cacheDir, claims } = workerData as ValidateAheadWork;
parentPort?.postMessage(await analyseClaimedFiles(handbookFiles(root), new Int32Array(claims), cacheDir));
