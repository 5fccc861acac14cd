import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { actorSchema } from './schemas/actor.ts';
import { articleSchema } from './schemas/article.ts';
import { countrySchema } from './schemas/country.ts';
import { COLLECTIONS, CONTENT_DIR, idFromPath, type CollectionName } from './lib/content-paths.ts';

const loader = (name: CollectionName) =>
  glob({
    base: `./${CONTENT_DIR}/${COLLECTIONS[name].dir}`,
    pattern: COLLECTIONS[name].pattern,
    generateId: ({ entry }) => idFromPath(entry),
    // Bounded memory at scale: render each article when its page is built, keep no raw body.
    deferRender: true,
    retainBody: false,
  });

export const collections = {
  actors: defineCollection({ loader: loader('actors'), schema: actorSchema }),
  countries: defineCollection({ loader: loader('countries'), schema: countrySchema }),
  articles: defineCollection({ loader: loader('articles'), schema: articleSchema }),
};
