/**
 * Astro's incremental build (see contentKey in src/lib/site-index.ts): a build with no content
 * changed copies each page from Astro's cache instead of rendering it; a change to any entry
 * renders again every page that shows it, even pages generated from another entry.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { ASTRO_CACHE_DIR } from '../../src/lib/cache-dir.ts';
import { createTempProject, type TempProject } from '../support/temp-project.ts';

const ACTOR_FILE = 'content/actors/keir-starmer.yaml';
/** A quote page: generated from the article's entry, but it shows the speaker's name. */
const QUOTE_PAGE = 'quotes/starmer-hardest-yards/index.html';
const ACTOR_PAGE = 'actors/keir-starmer/index.html';
/** Written into Astro's copy of the quote page, so that only a copied page can show it. */
const MARK = '<!-- taken from the incremental build cache -->';

let project: TempProject;

async function build(): Promise<void> {
  const run = await project.run('build');
  expect(run.code, run.output).toBe(0);
}

const published = (page: string) => readFile(join(project.dir, 'dist', page), 'utf8');

beforeAll(async () => {
  project = await createTempProject({ content: 'copy' });
  await build();
}, 120_000);
afterAll(() => project?.cleanup());

test('a build with no content changed copies the pages from the cache', async () => {
  // Astro keeps its copy of each page under the page's own path.
  const cachedCopy = join(project.dir, ASTRO_CACHE_DIR, 'dist', QUOTE_PAGE);
  await writeFile(cachedCopy, (await readFile(cachedCopy, 'utf8')) + MARK);
  await build();
  expect(await published(QUOTE_PAGE)).toContain(MARK);
}, 120_000);

test('a change to one entry renders again the pages of other entries that show it', async () => {
  const actor = await readFile(join(project.dir, ACTOR_FILE), 'utf8');
  await project.write(ACTOR_FILE, actor.replace('name: Keir Starmer\n', 'name: Keir Starmer Renamed By The Test\n'));
  await build();
  const quotePage = await published(QUOTE_PAGE);
  expect(quotePage).not.toContain(MARK);
  expect(quotePage).toContain('Keir Starmer Renamed By The Test');
  expect(await published(ACTOR_PAGE)).toContain('Keir Starmer Renamed By The Test');
}, 120_000);
