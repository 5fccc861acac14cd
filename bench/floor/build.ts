/**
 * The floor's build: `astro build`, then a Pagefind index over the pages with its Node API.
 * Prints `[phase] name: X s` lines like the project's build, for the bench to read.
 */
import { build } from 'astro';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

const root = process.cwd();
const dist = join(root, 'dist');

async function phase<T>(name: string, run: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await run();
  console.log(`[phase] ${name}: ${((performance.now() - started) / 1000).toFixed(2)} s`);
  return result;
}

/** Pagefind reports problems in `errors` instead of throwing. */
function check(step: string, errors: string[]): void {
  if (errors.length) throw new Error(`pagefind ${step}: ${errors.join('; ')}`);
}

await rm(dist, { recursive: true, force: true });
await phase('pages', () => build({ root, logLevel: 'warn' }));
await phase('search index', async () => {
  const { index, errors } = await pagefind.createIndex({});
  check('createIndex', errors);
  if (!index) throw new Error('pagefind gave no index');
  const added = await index.addDirectory({ path: dist });
  check('addDirectory', added.errors);
  console.log(`Pagefind indexed ${added.page_count} pages`);
  check('writeFiles', (await index.writeFiles({ outputPath: join(dist, 'pagefind') })).errors);
  await pagefind.close();
});
