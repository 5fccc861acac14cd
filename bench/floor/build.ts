/**
 * The floor's build: `astro build`, then a Pagefind index over the pages with its Node API.
 * Prints `[phase] name: X s` lines like the project's build, for the bench to read.
 */
import { build } from 'astro';
import { readdirSync, readFileSync } from 'node:fs';
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

/**
 * Waits until the Pagefind process this one started has ended and been reaped. Pagefind's
 * `close()` kills it without waiting; a child Node has not reaped when it exits never reaches the
 * build's CPU time (GNU time counts the children waited for), so the floor's Pagefind CPU showed
 * as "others on the machine" (12 CPU-s at 1,000 articles, 216 at 10,000).
 */
async function pagefindReaped(): Promise<void> {
  const running = () =>
    readdirSync('/proc').some((name) => {
      try {
        const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
        const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
        return parent === process.pid && stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')).startsWith('pagefind');
      } catch {
        return false;
      }
    });
  for (let waited = 0; running() && waited < 5000; waited += 20) await new Promise((done) => setTimeout(done, 20));
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
  await pagefindReaped();
});
