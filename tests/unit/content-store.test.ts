/**
 * A build's pages read Astro's content store from its file instead of from a module holding its
 * text: the same value, and Astro's module is left alone whenever the swap could be wrong.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { contentStoreFromFile, storeFromFilePlugin } from '../../src/integrations/content-store.ts';

const STORE_ID = '\0astro:data-layer-content';
/** A store as Astro writes it (devalue's flat form), with text that needs escaping in code. */
const STORE_TEXT = JSON.stringify([
  { articles: 1 },
  ['Map', 2],
  'fictional-article',
  { body: '<p>“Quotes”, \\ backslashes, </script> and a line\nbreak</p>', n: 3.5 },
]);
/** What Astro's own module holds for that file. */
const astroModule = (text: string) => `export default JSON.parse(${JSON.stringify(text)})`;

let folder: string;
let storeFile: string;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'content-store-'));
  storeFile = join(folder, 'data-store.json');
  await writeFile(storeFile, STORE_TEXT);
});
afterAll(() => rm(folder, { recursive: true, force: true }));

type Transformed = { code: string } | null | undefined;
function transform(plugin: Plugin, code: string, id = STORE_ID): Transformed {
  const hook = plugin.transform;
  if (!hook || typeof hook === 'function' || !(hook.filter?.id instanceof RegExp)) throw new Error('expected a transform hook filtered by id');
  if (!hook.filter.id.test(id)) return undefined;
  return hook.handler.call(undefined as never, code, id) as Transformed;
}

let moduleCount = 0;
/** The default export of a module's code, as Node runs it. */
async function run(code: string): Promise<unknown> {
  const file = join(folder, `module-${moduleCount++}.mjs`);
  await writeFile(file, code);
  return ((await import(pathToFileURL(file).href)) as { default: unknown }).default;
}

test('the store module reads the file, and gives what Astro\'s module gives', async () => {
  const result = transform(storeFromFilePlugin(storeFile), astroModule(STORE_TEXT));
  expect(result?.code).toContain('readFileSync');
  expect(result?.code).not.toContain('fictional-article');
  await expect(run(result?.code ?? '')).resolves.toEqual(await run(astroModule(STORE_TEXT)));
});

test('it applies to builds only, and to the store module only', () => {
  const plugin = storeFromFilePlugin(storeFile);
  expect(plugin.apply).toBe('build');
  expect(transform(plugin, astroModule(STORE_TEXT), '\0astro:content')).toBeUndefined();
  expect(transform(plugin, astroModule(STORE_TEXT), '/src/pages/index.astro')).toBeUndefined();
});

test('Astro\'s module is left as it is when it is shaped otherwise or the file is missing', () => {
  // Astro's chunked store, or an empty one, is not the file's text.
  expect(transform(storeFromFilePlugin(storeFile), 'export default new Map()')).toBeNull();
  expect(transform(storeFromFilePlugin(join(folder, 'missing.json')), astroModule(STORE_TEXT))).toBeNull();
});

test('the integration adds the plugin for the store in Astro\'s cache folder, for builds only', () => {
  const setup = (command: 'build' | 'dev') => {
    const updates: unknown[] = [];
    const hook = contentStoreFromFile().hooks['astro:config:setup'] as NonNullable<AstroIntegration['hooks']['astro:config:setup']>;
    void hook({ config: { cacheDir: pathToFileURL(`${folder}/`) }, command, updateConfig: (update: unknown) => updates.push(update) } as never);
    return updates as { vite: { plugins: Plugin[] } }[];
  };
  expect(setup('dev')).toEqual([]);
  const [update] = setup('build');
  const plugin = update?.vite.plugins[0];
  expect(plugin?.name).toBe('summit-tracker:content-store-from-file');
  expect(transform(plugin as Plugin, astroModule(STORE_TEXT))?.code).toContain(JSON.stringify(storeFile));
});
