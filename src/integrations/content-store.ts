/**
 * The content store in a build: Astro bundles its whole store (every entry, rendered bodies
 * included) into the code that renders the pages, as one module holding the store file's text
 * (`export default JSON.parse("…")`, 90 MB of code at 10,000 articles). Rolldown parses and
 * writes that module, and Node compiles it again to render: at 10,000 articles Astro's process
 * went from 0.8 to 2.5 GB while it did, against a 3 GB budget for the whole build. Here that module
 * reads the file Astro has just read when the pages are rendered instead: the same value, never
 * made into code. In the bench the same day (10,000 articles), the cold build took 156.1 s
 * instead of 179.9 s, and the warm one 49.3 s and 2,335 MB at most instead of 62.1 s and 2,764 MB.
 *
 * Build only: the dev server reloads the store module itself when the file changes. If Astro's
 * module no longer looks as expected, or the file is not where Astro keeps it, the module is
 * left as Astro made it.
 */
import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/** Astro's resolved id of its content store module (`astro:data-layer-content`). */
const STORE_MODULE_ID = /^\0astro:data-layer-content$/;
/** The store file in Astro's cache folder, as Astro names it for a build. */
const STORE_FILE = 'data-store.json';
/** How Astro's store module begins when it inlines the file's text. */
const INLINED_STORE = 'export default JSON.parse(';

/** The Vite plugin: replaces the inlined store with a read of `storeFile` (an absolute path). */
export function storeFromFilePlugin(storeFile: string): Plugin {
  return {
    name: 'summit-tracker:content-store-from-file',
    apply: 'build',
    transform: {
      filter: { id: STORE_MODULE_ID },
      handler(code) {
        if (!code.startsWith(INLINED_STORE) || !existsSync(storeFile)) return null;
        return {
          code: `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(storeFile)}, 'utf8'));\n`,
          map: { mappings: '' },
        };
      },
    },
  };
}

export function contentStoreFromFile(): AstroIntegration {
  return {
    name: 'summit-tracker:content-store-from-file',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig }) => {
        if (command !== 'build') return;
        updateConfig({ vite: { plugins: [storeFromFilePlugin(fileURLToPath(new URL(STORE_FILE, config.cacheDir)))] } });
      },
    },
  };
}
