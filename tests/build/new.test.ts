/**
 * `npm run new` end to end, in a throwaway copy of content/: each kind of file it writes passes
 * `npm run check:content` unchanged, and it never overwrites. The real content/ is not touched.
 */
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, expect, test, vi } from 'vitest';

// Each run starts Node and loads the schemas: seconds each on a busy machine.
vi.setConfig({ testTimeout: 120_000 });

const project = process.cwd();
const run = (dir: string, script: string, args: string[] = []) =>
  spawnSync(process.execPath, [resolve(project, 'scripts', script), ...args], { cwd: dir, encoding: 'utf8' });

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'summit-new-'));
  await cp(join(project, 'content'), join(dir, 'content'), { recursive: true });
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

test('article, actor and country skeletons: only the actor\'s placeholder role stops check:content', () => {
  const year = String(new Date().getFullYear());
  // More variants (placeholders, --country, aliases) are checked without a process in tests/unit/scaffold.test.ts.
  const created = [
    ['article', 'Geneva talks: what changed'],
    ['actor', 'Émilie Durand', '--country', 'fr'],
    ['country', 'Group of Seven', '--id', 'g7', '--kind', 'organization'],
  ].map((args) => {
    const result = run(dir, 'new.ts', args);
    expect(result.status, result.stderr).toBe(0);
    return result.stdout.split('\n')[0];
  });
  expect(created).toEqual([
    `Created content/articles/${year}/geneva-talks-what-changed.md`,
    'Created content/actors/emilie-durand.yaml',
    'Created content/countries/g7.yaml',
  ]);
  // The article is a draft, which may hold placeholders; the actor is published as soon as it exists.
  const checked = run(dir, 'check-content.ts');
  expect(checked.status).toBe(1);
  expect(checked.stderr).toBe(
    'Content has 1 problem(s); nothing was built:\n  content/actors/emilie-durand.yaml: role: still holds the placeholder text of `npm run new`; write the real text\n',
  );
});

test('refuses to overwrite a file', async () => {
  const before = await readFile(join(dir, 'content/countries/gb.yaml'), 'utf8');
  const existing = run(dir, 'new.ts', ['country', 'Britain', '--id', 'gb']);
  expect(existing.status).toBe(1);
  expect(existing.stderr).toMatch(/already exists; nothing was written/);
  expect(await readFile(join(dir, 'content/countries/gb.yaml'), 'utf8')).toBe(before);
});

test('explains its usage when the arguments are wrong', () => {
  const result = run(dir, 'new.ts', ['speech', 'x']);
  expect(result.status).toBe(1);
  expect(result.stderr).toMatch(/Usage: npm run new/);
});
