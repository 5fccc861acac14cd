/** What the content collections' loader keeps in Astro's content store. */
import type { Loader } from 'astro/loaders';

/**
 * Keeps each entry without the copy of its front matter that Markdown rendering puts beside the
 * HTML (`rendered.metadata.frontmatter`, which `render()` hands out as `remarkPluginFrontmatter`;
 * no page reads it). The build loads Astro's content store as one JavaScript module, and Node's
 * compile time grows faster than the module's size: at 10,000 articles, the store shrinks from
 * 98 to 86 MB and its compile from 34 to 23 s, in cold and warm builds alike.
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
