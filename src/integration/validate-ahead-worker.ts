/*
 * A worker of validate-ahead.ts: analyses its share of the handbook's files, through the
 * validation cache, and sends back their cache entries.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { readContentSources } from '../sources/content-files.ts';
import { analyseForCache } from '../validate/validation-cache.ts';
import type { ValidateAheadShare } from './validate-ahead.ts';

const { root, cacheDir, share, of } = workerData as ValidateAheadShare;
const sources = readContentSources(root);
const files = [...sources.personas, ...sources.journeys, ...sources.research, ...sources.tracks].filter((_, index) => index % of === share);
parentPort?.postMessage(analyseForCache(files, { cacheDir }) ?? {});
