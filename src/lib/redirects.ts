/**
 * The redirects the content declares: every country alias, every `redirect_from` (actor,
 * article, quote, commitment) and every commitment a correction removed (its URL leads to the
 * correction), each an old or alternative URL and the page it now points to.
 * The one list the site reads them from: the redirect pages (src/pages/[...moved].astro) and
 * the checks after the build, which must not take a redirect page for the page it points to.
 */
import type { Actor } from '../schemas/actor.ts';
import type { ArticleData } from '../schemas/article.ts';
import type { Country } from '../schemas/country.ts';
import { actorUrl, articleUrl, commitmentUrl, correctionAnchor, correctionsUrl, countryUrl, quoteUrl } from './urls.ts';

/** An old or alternative URL and the page it now points to. */
export interface Redirect {
  from: string;
  to: string;
}

/** Content entries as far as redirects go: an id and its data (a collection entry or a validated one). */
interface Declaring<T> {
  id: string;
  data: T;
}

export interface RedirectingContent {
  actors: readonly Declaring<Pick<Actor, 'redirect_from'>>[];
  countries: readonly Declaring<Pick<Country, 'aliases'>>[];
  articles: readonly Declaring<{
    redirect_from: ArticleData['redirect_from'];
    quotes: readonly Pick<ArticleData['quotes'][number], 'id' | 'redirect_from'>[];
    commitments: readonly Pick<ArticleData['commitments'][number], 'id' | 'redirect_from'>[];
    corrections: readonly Pick<ArticleData['corrections'][number], 'removed_commitment'>[];
  }>[];
}

/** Every redirect the content declares, in the order of the content given. */
export function contentRedirects(content: RedirectingContent): Redirect[] {
  const moved = (ids: readonly string[], url: (id: string) => string, to: string) => ids.map((old) => ({ from: url(old), to }));
  return [
    ...content.countries.flatMap(({ id, data }) => moved(data.aliases, countryUrl, countryUrl(id))),
    ...content.actors.flatMap(({ id, data }) => moved(data.redirect_from, actorUrl, actorUrl(id))),
    ...content.articles.flatMap(({ id: slug, data }) => [
      ...moved(data.redirect_from, articleUrl, articleUrl(slug)),
      ...data.quotes.flatMap((quote) => moved(quote.redirect_from, quoteUrl, quoteUrl(quote.id))),
      ...data.commitments.flatMap((commitment) => moved(commitment.redirect_from, commitmentUrl, commitmentUrl(commitment.id))),
      ...data.corrections.flatMap(({ removed_commitment: removed }, index) =>
        removed ? moved([removed], commitmentUrl, correctionsUrl(correctionAnchor(slug, index))) : [],
      ),
    ]),
  ];
}

/** The site paths (`/articles/old-slug/`) of the redirect pages: where no page of its own may be expected. */
export const redirectPaths = (redirects: readonly Redirect[]): Set<string> => new Set(redirects.map(({ from }) => from));
