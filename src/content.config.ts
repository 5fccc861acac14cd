import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { actorSchema } from './schemas/actor.ts';
import { articleSchema } from './schemas/article.ts';
import { countrySchema } from './schemas/country.ts';
import { summitSchema } from './schemas/summit.ts';
import { COLLECTIONS, CONTENT_DIR, idFromPath, type CollectionName } from './lib/content-paths.ts';
import { withoutDraftsInBuild, withoutFrontmatterCopy } from './lib/content-loader.ts';

const loader = (name: CollectionName) =>
  withoutDraftsInBuild(withoutFrontmatterCopy(glob({
    base: `./${CONTENT_DIR}/${COLLECTIONS[name].dir}`,
    pattern: COLLECTIONS[name].pattern,
    generateId: ({ entry }) => idFromPath(entry),
    // No raw body kept: pages use the rendered HTML. Rendering stays in the content layer (no
    // `deferRender`): it is cached between builds, and deferring makes Astro bundle one module
    // per article.
    retainBody: false,
  })));

export const collections = {
  actors: defineCollection({ loader: loader('actors'), schema: actorSchema }),
  countries: defineCollection({ loader: loader('countries'), schema: countrySchema }),
  articles: defineCollection({ loader: loader('articles'), schema: articleSchema }),
  summits: defineCollection({ loader: loader('summits'), schema: summitSchema }),
};
