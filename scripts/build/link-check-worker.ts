/** The entry of the link check's worker thread (findBrokenLinksAside in link-check.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import { findBrokenLinks } from './link-check.ts';

const { outDir, site } = workerData as { outDir: string; site: string };
parentPort?.postMessage(await findBrokenLinks(outDir, site));
