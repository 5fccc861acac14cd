import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { actorSchema } from './schemas/actor.ts';
import { articleSchema } from './schemas/article.ts';
import { countrySchema } from './schemas/country.ts';
import { summitSchema } from './schemas/summit.ts';
import { COLLECTIONS, CONTENT_DIR, idFromPath, type CollectionName } from './lib/content-paths.ts';
import { withoutFrontmatterCopy } from './lib/content-loader.ts';

const loader = (name: CollectionName) =>
  withoutFrontmatterCopy(glob({
    base: `./${CONTENT_DIR}/${COLLECTIONS[name].dir}`,
    pattern: COLLECTIONS[name].pattern,
    generateId: ({ entry }) => idFromPath(entry),
    // No raw body kept: pages use the rendered HTML. Rendering stays in the content layer (no
    // `deferRender`): it is cached between builds, and deferring made Astro bundle one module
    // per article (1,000 articles: +23 s, +0.5 GB; see the issue-7 note).
    retainBody: false,
  }));

export const collections = {
  actors: defineCollection({ loader: loader('actors'), schema: actorSchema }),
  countries: defineCollection({ loader: loader('countries'), schema: countrySchema }),
  articles: defineCollection({ loader: loader('articles'), schema: articleSchema }),
  summits: defineCollection({ loader: loader('summits'), schema: summitSchema }),
};
