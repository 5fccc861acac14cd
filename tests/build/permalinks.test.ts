/** A published URL never breaks: renaming an id fails the build until the old id redirects. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createTempProject, type TempProject } from '../support/temp-project.ts';

const ARTICLE = 'content/articles/2026/paris-summit-security-guarantees.md';
let project: TempProject;
let original: string;

beforeAll(async () => {
  project = await createTempProject({ content: 'copy' });
  original = await readFile(join(project.dir, ARTICLE), 'utf8');
  const built = await project.run('build');
  if (built.code !== 0) throw new Error(built.output);
  const recorded = await project.run('permalinks');
  if (recorded.code !== 0) throw new Error(recorded.output);
}, 120_000);
afterAll(() => project?.cleanup());

test('the ledger lists every kind of permalink', async () => {
  const ledger = await readFile(join(project.dir, 'content/permalinks.txt'), 'utf8');
  for (const url of ['/articles/paris-summit-security-guarantees/', '/quotes/starmer-hardest-yards/', '/commitments/uk-france-military-hubs/', '/actors/keir-starmer/', '/countries/gb/', '/countries/uk/', '/changes.xml', '/commitments/uk-france-military-hubs/feed.xml', '/actors/keir-starmer/feed.xml', '/countries/gb/feed.xml']) {
    expect(ledger.split('\n')).toContain(url);
  }
});

test('renaming a quote id fails the build, naming the lost URL; redirect_from mends it', async () => {
  const renamed = original.replace('  - id: starmer-hardest-yards\n', '  - id: starmer-hardest-yards-ahead\n');
  expect(renamed).not.toBe(original);
  await project.write(ARTICLE, renamed);
  const failed = await project.run('build');
  expect(failed.code).not.toBe(0);
  expect(failed.output).toContain('/quotes/starmer-hardest-yards/');
  expect(failed.output).toContain('redirect_from');

  await project.write(
    ARTICLE,
    renamed.replace('  - id: starmer-hardest-yards-ahead\n', '  - id: starmer-hardest-yards-ahead\n    redirect_from: [starmer-hardest-yards]\n'),
  );
  const mended = await project.run('build');
  expect(mended.code, mended.output).toBe(0);
  const redirect = await readFile(join(project.dir, 'dist/quotes/starmer-hardest-yards/index.html'), 'utf8');
  expect(redirect).toContain('url=/quotes/starmer-hardest-yards-ahead/');
}, 180_000);

test('a renamed commitment keeps its old feed: redirect_from serves it at the old address too', async () => {
  const current = await readFile(join(project.dir, ARTICLE), 'utf8');
  const renamed = current.replace('  - id: paris-coordination-cell\n', '  - id: paris-coordination-cell-renamed\n    redirect_from: [paris-coordination-cell]\n');
  expect(renamed).not.toBe(current);
  await project.write(ARTICLE, renamed);
  const built = await project.run('build');
  expect(built.code, built.output).toBe(0);
  const feed = (id: string) => readFile(join(project.dir, `dist/commitments/${id}/feed.xml`), 'utf8');
  const canonical = await feed('paris-coordination-cell-renamed');
  expect(canonical).toContain('/commitments/paris-coordination-cell-renamed/#');
  expect(await feed('paris-coordination-cell')).toBe(canonical);
}, 180_000);
