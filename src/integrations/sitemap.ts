/**
 * `/sitemap-index.xml` (@astrojs/sitemap) of the canonical pages: the redirect pages (country
 * aliases, old ids), which one route writes, are left out. Their paths are taken from what that
 * route wrote, when the build is done and just before the sitemap is written, so nothing reads
 * the content again for them.
 */
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { canonicalPagesOnly, sitePathOfFile } from '../lib/sitemap-filter.ts';

/** The route that writes every redirect page: src/pages/[...moved].astro. */
const REDIRECT_ROUTE = '/[...moved]';

export function canonicalSitemap(): AstroIntegration[] {
  const redirects = new Set<string>();
  return [
    {
      name: 'summit-tracker:redirect-pages',
      hooks: {
        // Runs before the sitemap's own hook: integrations' hooks run in the order listed.
        'astro:build:done': ({ dir, assets }) => {
          for (const file of assets.get(REDIRECT_ROUTE) ?? []) redirects.add(sitePathOfFile(dir, file));
        },
      },
    },
    sitemap({ filter: canonicalPagesOnly(redirects) }),
  ];
}
