/**
 * Every redirect the content declares: country aliases and every `redirect_from` (actors,
 * articles, quotes, commitments), each from the old URL to the page it names now. The redirect
 * pages, `_redirects` and the URLs the content produces are all made from this one list.
 */
import type { Actor } from '../schemas/actor.ts';
import type { ArticleData } from '../schemas/article.ts';
import type { Country } from '../schemas/country.ts';
import { actorUrl, articleUrl, commitmentUrl, countryUrl, quoteUrl } from './urls.ts';

/** An old or alternative URL and the page it now points to. */
export interface Redirect {
  from: string;
  to: string;
}

interface Entry<T> {
  id: string;
  data: T;
}

/** The entries of each collection, as validated (src/lib/validation) or read by Astro. */
export interface ContentEntries {
  actors: readonly Entry<Actor>[];
  countries: readonly Entry<Country>[];
  articles: readonly Entry<ArticleData>[];
}

export function listRedirects(content: ContentEntries): Redirect[] {
  return [
    ...content.countries.flatMap(({ id, data }) => data.aliases.map((alias) => ({ from: countryUrl(alias), to: countryUrl(id) }))),
    ...content.actors.flatMap(({ id, data }) => data.redirect_from.map((old) => ({ from: actorUrl(old), to: actorUrl(id) }))),
    ...content.articles.flatMap(({ id: slug, data }) => [
      ...data.redirect_from.map((old) => ({ from: articleUrl(old), to: articleUrl(slug) })),
      ...data.quotes.flatMap((quote) => quote.redirect_from.map((old) => ({ from: quoteUrl(old), to: quoteUrl(quote.id) }))),
      ...data.commitments.flatMap((commitment) =>
        commitment.redirect_from.map((old) => ({ from: commitmentUrl(old), to: commitmentUrl(commitment.id) })),
      ),
    ]),
  ];
}
