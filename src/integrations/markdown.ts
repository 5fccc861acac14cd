/**
 * How article bodies become HTML: Astro's default Markdown processor (Sätteri, parsing in Rust)
 * with two rehype plugins run on its HTML tree, about ten times faster than Astro's unified
 * processor with the same plugins, for identical HTML (bench/README.md). A rehype plugin is a function of its options that returns
 * a function of the tree (unified's plugin contract); neither of these needs unified itself.
 */
import { satteri, type SatteriProcessorOptions } from '@astrojs/markdown-satteri';
import type { Root } from 'hast';
import rehypeExternalLinks, { type Options as ExternalLinksOptions } from 'rehype-external-links';
import rehypeSanitize, { defaultSchema, type Options as SanitizeOptions } from 'rehype-sanitize';

type HastPlugin = NonNullable<SatteriProcessorOptions['hastPlugins']>[number];

/** Raw HTML tags in a body are left out, the rest kept to GitHub's allowlist: nothing an editor writes runs. */
const SANITIZE: SanitizeOptions = { ...defaultSchema, protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto'] } };
/** Links that leave the site get no access to it (window.opener) and send no referrer. */
const EXTERNAL_LINKS: ExternalLinksOptions = { rel: ['noopener', 'noreferrer'], protocols: ['http', 'https'] };

/**
 * rehype-sanitize, then rehype-external-links, over the whole tree before Astro's own steps
 * (heading ids), as the unified processor ran them. Sanitizing builds a new tree, which (unlike
 * the frozen one Sätteri hands over) the link plugin may change in place.
 */
function rehypeSanitizedTree(): HastPlugin {
  const sanitize = rehypeSanitize(SANITIZE) as (tree: Root) => Root;
  const markExternalLinks = rehypeExternalLinks(EXTERNAL_LINKS) as (tree: Root) => void;
  return {
    name: 'summit-tracker:sanitized-tree',
    before(root, ctx) {
      const tree = sanitize(root as Root);
      markExternalLinks(tree);
      ctx.replaceNode(root, tree);
    },
  };
}

/** `markdown.processor` for astro.config.mjs. */
export const markdownProcessor = () => satteri({ hastPlugins: [rehypeSanitizedTree()] });
