// @ts-check
import { defineConfig } from 'astro/config';
import { contentGuard } from './src/integrations/content-guard.ts';
import { astroTweaks } from './src/integrations/astro-tweaks.ts';
import { markdownProcessor } from './src/integrations/markdown.ts';
import { canonicalSitemap } from './src/integrations/sitemap.ts';
import { ASTRO_CACHE_DIR } from './src/lib/cache-dir.ts';
import { siteUrl } from './src/lib/publisher.ts';

export default defineConfig({
  // The public address, used for canonical links, feeds and share cards.
  site: siteUrl(),
  trailingSlash: 'always',
  // Many pages at a time: while some wait for their files to be written or a share card to be
  // rasterised (on libuv's thread pool), the next ones are rendered.
  build: { concurrency: 16 },
  cacheDir: ASTRO_CACHE_DIR,
  // A page whose `cacheKey` (see contentKey in src/lib/site-index.ts) and code are unchanged since
  // the last build is copied from Astro's cache instead of rendered again.
  experimental: { incrementalBuild: true },
  integrations: [
    contentGuard(),
    // How Astro itself builds: src/integrations/astro-tweaks.ts.
    astroTweaks(),
    // /sitemap-index.xml; redirect pages (aliases, old ids) are not canonical and stay out.
    canonicalSitemap(),
  ],
  security: {
    // A per-page policy with hashes of Astro's own scripts and styles: no inline script runs.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        // Pagefind searches in a worker and WebAssembly.
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  markdown: {
    // Articles carry no code; Shiki's inline styles would also break the CSP.
    syntaxHighlight: false,
    // Sätteri (Astro's default) with rehype-sanitize and rehype-external-links: see src/integrations/markdown.ts.
    processor: markdownProcessor(),
  },
});
