/**
 * The pages phase, run by scripts/build.ts as a child process: `astro build` into the staging
 * folder given. In its own process, the memory Astro holds at the end of a large build (2.5 GB
 * at 10,000 articles) goes back to the system before the search index is built; in one process
 * the two added up past the 3 GB budget. Its page writes run on a thread of their own and its
 * content-security-policy hashes synchronously (see background-writes.ts and
 * synchronous-digests.ts for why and what it measured).
 *
 * Usage: node scripts/build/astro-pages.ts <project root> <out dir>
 */
import { build } from 'astro';
import { writeInBackground } from './background-writes.ts';
import { digestSynchronously } from './synchronous-digests.ts';

const [root, outDir] = process.argv.slice(2);
if (!root || !outDir) throw new Error('usage: astro-pages.ts <project root> <out dir>');
const stopWriting = writeInBackground();
digestSynchronously();
await build({ root, outDir, logLevel: 'warn' });
await stopWriting();
