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
  for (const url of ['/articles/paris-summit-security-guarantees/', '/quotes/starmer-hardest-yards/', '/commitments/uk-france-military-hubs/', '/actors/keir-starmer/', '/countries/gb/', '/countries/uk/']) {
    expect(ledger.split('\n')).toContain(url);
  }
});

test('renaming a quote id fails check:content and the build, naming the lost URL; redirect_from mends it', async () => {
  const renamed = original.replace('  - id: starmer-hardest-yards\n', '  - id: starmer-hardest-yards-ahead\n');
  expect(renamed).not.toBe(original);
  await project.write(ARTICLE, renamed);
  // check:content knows from the content alone, before any build.
  const checked = await project.run('check:content');
  expect(checked.code).toBe(1);
  expect(checked.output).toContain(
    "content/permalinks.txt: lists /quotes/starmer-hardest-yards/, which the content no longer produces; a published URL must keep working: add the old id to the renamed entry's `redirect_from`",
  );
  expect(checked.output).toMatch(/1 new URL\(s\) not yet in content\/permalinks\.txt \(\/quotes\/starmer-hardest-yards-ahead\/\): record them with `npm run permalinks`/);
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
  const recorded = await project.run('permalinks');
  expect(recorded.output).toContain('Added 1 URL(s) to content/permalinks.txt:\n/quotes/starmer-hardest-yards-ahead/');
  const clean = await project.run('check:content');
  expect(clean.code, clean.output).toBe(0);
  expect(clean.output).not.toContain('not yet in');
  const redirect = await readFile(join(project.dir, 'dist/quotes/starmer-hardest-yards/index.html'), 'utf8');
  expect(redirect).toContain('url=/quotes/starmer-hardest-yards-ahead/');
}, 180_000);
