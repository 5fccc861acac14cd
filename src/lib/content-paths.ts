/**
 * Where content lives and how a file name becomes an id. Shared by the Astro collections and
 * by our own validator, so both see the same files under the same ids.
 */
export const CONTENT_DIR = 'content';

export const COLLECTIONS = {
  actors: { dir: 'actors', pattern: '*.yaml' },
  countries: { dir: 'countries', pattern: '*.yaml' },
  articles: { dir: 'articles', pattern: '**/*.md' },
  summits: { dir: 'summits', pattern: '*.yaml' },
} as const;

export type CollectionName = keyof typeof COLLECTIONS;

/** `articles/2026/paris-summit.md` → `paris-summit`: the file name is the id, folders only sort. */
export function idFromPath(path: string): string {
  const name = path.split('/').pop() ?? path;
  return name.replace(/\.(md|yaml)$/, '');
}
