/** The loader keeps entries in Astro's content store without the rendered front matter copy. */
import type { Loader, LoaderContext } from 'astro/loaders';
import { expect, test } from 'vitest';
import { withoutFrontmatterCopy } from '../../src/lib/content-loader.ts';

test('an entry is stored with its HTML and headings but without the front matter copy', async () => {
  const stored: unknown[] = [];
  const inner: Loader = {
    name: 'fake',
    load: async ({ store }) => {
      store.set({
        id: 'a',
        data: { title: 'A' },
        digest: '1',
        rendered: { html: '<p>A</p>', metadata: { headings: [], frontmatter: { title: 'A' } } },
      });
      store.set({ id: 'b', data: { name: 'B' } });
    },
  };
  const context = { store: { set: (entry: unknown) => stored.push(entry) > 0 } } as unknown as LoaderContext;
  await withoutFrontmatterCopy(inner).load(context);
  expect(stored).toEqual([
    { id: 'a', data: { title: 'A' }, digest: '1', rendered: { html: '<p>A</p>', metadata: { headings: [], frontmatter: {} } } },
    { id: 'b', data: { name: 'B' } },
  ]);
});
