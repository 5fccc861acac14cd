/** The build hands its validation to the Astro process it starts, for exactly the content it validated. */
import { cp, mkdtemp, rm, writeFile, appendFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { HANDOFF_ENV, readBuildHandoff, writeBuildHandoff } from '../../src/lib/validation/build-handoff.ts';
import { redirectPaths } from '../../src/lib/sitemap-filter.ts';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'summit-handoff-'));
  await cp(join(process.cwd(), 'content'), join(root, 'content'), { recursive: true });
});
afterEach(async () => {
  delete process.env[HANDOFF_ENV];
  await rm(root, { recursive: true, force: true });
});

test('the child reads the redirects the build found, without validating again', async () => {
  const env = await writeBuildHandoff(root, ['/countries/handed-off/']);
  expect(await readBuildHandoff(root)).toBeUndefined(); // not started by the build: no handoff
  Object.assign(process.env, env);
  expect((await readBuildHandoff(root))?.redirects).toEqual(['/countries/handed-off/']);
  expect(await redirectPaths(root)).toEqual(new Set(['/countries/handed-off/']));
});

test('a content file changed after validation voids the handoff', async () => {
  Object.assign(process.env, await writeBuildHandoff(root, []));
  await appendFile(join(root, 'content', 'countries', 'fr.yaml'), '\n# edited\n');
  expect(await readBuildHandoff(root)).toBeUndefined();
  // …so the redirects are worked out from the content again.
  expect((await redirectPaths(root)).has('/countries/uk/')).toBe(true);
});

test('a file added after validation voids it too', async () => {
  Object.assign(process.env, await writeBuildHandoff(root, []));
  await writeFile(join(root, 'content', 'countries', 'zz.yaml'), 'name: Nowhere\n');
  expect(await readBuildHandoff(root)).toBeUndefined();
});
