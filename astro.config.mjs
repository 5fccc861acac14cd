// @ts-check
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import rehypeExternalLinks from 'rehype-external-links';
import rehypeSanitize from 'rehype-sanitize';
import { contentGuard } from './src/integrations/content-guard.ts';

export default defineConfig({
  // The public address, used for canonical links, feeds and share cards.
  site: process.env.SITE_URL ?? 'https://summit-tracker.example',
  trailingSlash: 'always',
  integrations: [contentGuard()],
  markdown: {
    // Astro 7's default processor takes no remark/rehype plugins; unified() does.
    processor: unified({
      rehypePlugins: [
        // Raw HTML in an article body is reduced to an allowlist (GitHub's), never run.
        rehypeSanitize,
        [rehypeExternalLinks, { rel: ['noopener', 'noreferrer'], protocols: ['http', 'https'] }],
      ],
    }),
  },
});
