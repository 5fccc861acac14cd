/** Where the build keeps what it can reuse next time, relative to the project. */
import { join } from 'node:path';

/** Our own caches, keyed by content: inside `node_modules/.cache`, as tools do, so never committed. */
export const CACHE_DIR = join('node_modules', '.cache', 'summit-tracker');

/**
 * Astro's cache (its content store and the incremental build's copies of the pages). It restores
 * a page by its path, so each copy of the project needs its own: test copies symlink
 * node_modules, where Astro would keep it by default.
 */
export const ASTRO_CACHE_DIR = join('.astro', 'build-cache');
