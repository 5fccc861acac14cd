/**
 * Every change this project makes to how Astro itself builds, in one integration; each has a
 * test that builds with the installed Astro and fails if the change no longer takes effect
 * (tests/build/astro-tweaks.test.ts).
 *
 * The content store from its file: Astro bundles its whole content store (every entry, rendered
 * bodies included) into the code that renders the pages, as one module holding the store file's
 * text (`export default JSON.parse("…")`), which Rolldown parses and Node compiles again. Here that module reads the file Astro has just written instead: the
 * same value, never made into code (bench/README.md has what it saves). Build only: the dev server
 * reloads the store module itself. If Astro's module no longer looks as expected, or the file is
 * not where Astro keeps it, the module is left as Astro made it.
 */
import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/** Astro's resolved id of its content store module (`astro:data-layer-content`). */
export const STORE_MODULE_ID = /^\0astro:data-layer-content$/;
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

export function astroTweaks(): AstroIntegration {
  return {
    name: 'summit-tracker:astro-tweaks',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig }) => {
        if (command !== 'build') return;
        updateConfig({ vite: { plugins: [storeFromFilePlugin(fileURLToPath(new URL(STORE_FILE, config.cacheDir)))] } });
      },
    },
  };
}
