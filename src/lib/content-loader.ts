/** What the content collections' loader keeps in Astro's content store. */
import type { Loader } from 'astro/loaders';

/**
 * Keeps each entry without the copy of its front matter that Markdown rendering puts beside the
 * HTML (`rendered.metadata.frontmatter`, which `render()` hands out as `remarkPluginFrontmatter`;
 * no page reads it): a smaller content store for every page to load (bench/README.md).
 */
export function withoutFrontmatterCopy(loader: Loader): Loader {
  return {
    ...loader,
    load: (context) =>
      loader.load({
        ...context,
        store: {
          ...context.store,
          set: (entry) =>
            context.store.set(
              entry.rendered?.metadata ? { ...entry, rendered: { ...entry.rendered, metadata: { ...entry.rendered.metadata, frontmatter: {} } } } : entry,
            ),
        },
      }),
  };
}

/**
 * Leaves drafts (`draft: true`) out of the collection in a build, so that no page, feed, data
 * file, search record or sitemap entry has them; `astro dev` (the only loader run with a file
 * watcher) keeps them, shown under a "Draft" banner. Dropped after loading: a loader keeps an
 * unchanged entry from the store it shares with the dev server without setting it again.
 */
export function withoutDraftsInBuild(loader: Loader): Loader {
  return {
    ...loader,
    load: async (context) => {
      await loader.load(context);
      if (context.watcher) return;
      for (const [id, entry] of context.store.entries()) if (entry.data.draft === true) context.store.delete(id);
    },
  };
}
