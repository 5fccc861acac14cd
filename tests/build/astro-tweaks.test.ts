/**
 * Each change src/integrations/astro-tweaks.ts makes to Astro's build takes effect on the Astro
 * installed here: a small project is built with it, and what Astro did is checked, so an Astro
 * upgrade that silently turns a tweak off fails this test.
 */
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';

const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
const TWEAKS = join(PROJECT_ROOT, 'src/integrations/astro-tweaks.ts');

let dir: string;
const write = async (path: string, text: string) => {
  await mkdir(dirname(join(dir, path)), { recursive: true });
  await writeFile(join(dir, path), text);
};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'astro-tweaks-'));
  await symlink(join(PROJECT_ROOT, 'node_modules'), join(dir, 'node_modules'));
  await write('package.json', '{ "type": "module" }');
  // A probe after every other plugin records the store module as the pages get it.
  await write(
    'astro.config.mjs',
    `import { writeFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import { astroTweaks, STORE_MODULE_ID } from ${JSON.stringify(TWEAKS)};
const probe = {
  name: 'probe', enforce: 'post',
  transform: { filter: { id: STORE_MODULE_ID }, handler(code) { writeFileSync('store-module.js', code); return null; } },
};
export default defineConfig({ integrations: [astroTweaks()], vite: { plugins: [probe] } });
`,
  );
  await write(
    'src/content.config.ts',
    `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
export const collections = { notes: defineCollection({ loader: glob({ base: './notes', pattern: '*.md' }) }) };
`,
  );
  await write('notes/one.md', '---\ntitle: A fictional note\n---\nIts fictional body.\n');
  await write(
    'src/pages/index.astro',
    `---
import { getCollection, render } from 'astro:content';
const [note] = await getCollection('notes');
const { Content } = await render(note!);
---
<h1>{note!.data.title}</h1><Content />
`,
  );
}, 60_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

test('the pages read the content store from its file, and render the same content', { timeout: 120_000 }, async () => {
  const run = spawnSync(process.execPath, [join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  expect(run.status, run.stdout + run.stderr).toBe(0);
  const storeModule = await readFile(join(dir, 'store-module.js'), 'utf8');
  expect(storeModule).toContain("readFileSync(");
  expect(storeModule).toContain('data-store.json');
  expect(storeModule).not.toContain('A fictional note');
  const page = await readFile(join(dir, 'dist/index.html'), 'utf8');
  expect(page).toContain('<h1>A fictional note</h1>');
  expect(page).toContain('Its fictional body.');
});
