/**
 * The permalinks the content produces, computed from the content itself (not from a build): the
 * page of every article, quote, commitment, actor, country and summit, every redirect's old URL,
 * and the feeds readers subscribe to.
 * `check:content` compares them with the ledger (content/permalinks.txt), and the build checks
 * its pages against the same ledger.
 */
import { contentRedirects, type RedirectingContent } from './redirects.ts';
import {
  actorFeedUrl,
  actorUrl,
  articleUrl,
  changesFeedUrl,
  commitmentFeedUrl,
  commitmentUrl,
  countryFeedUrl,
  countryUrl,
  quoteUrl,
  summitFeedUrl,
  summitUrl,
} from './urls.ts';

/** Site paths, sorted; `content` is what is published (no drafts). */
export function contentPermalinks(content: RedirectingContent): string[] {
  const summits = content.summits ?? [];
  const urls = [
    ...content.articles.map(({ id }) => articleUrl(id)),
    ...content.articles.flatMap(({ data }) => [...data.quotes.map((quote) => quoteUrl(quote.id)), ...data.commitments.map((commitment) => commitmentUrl(commitment.id))]),
    ...content.actors.map(({ id }) => actorUrl(id)),
    ...content.countries.map(({ id }) => countryUrl(id)),
    ...summits.map(({ id }) => summitUrl(id)),
    ...contentRedirects(content).map((redirect) => redirect.from),
    // The feeds readers subscribe to, each also under the old ids of what it follows.
    changesFeedUrl(),
    ...content.articles.flatMap(({ data }) => data.commitments.flatMap((commitment) => [commitment.id, ...commitment.redirect_from].map(commitmentFeedUrl))),
    ...content.actors.flatMap(({ id, data }) => [id, ...data.redirect_from].map(actorFeedUrl)),
    ...content.countries.flatMap(({ id, data }) => [id, ...data.aliases].map(countryFeedUrl)),
    ...summits.flatMap(({ id, data }) => [id, ...data.redirect_from].map(summitFeedUrl)),
  ];
  return [...new Set(urls)].sort();
}

/** How the ledger and the content differ: URLs the content no longer produces, and new ones. */
export function compareWithLedger(ledger: readonly string[], produced: readonly string[]): { lost: string[]; unrecorded: string[] } {
  const inLedger = new Set(ledger);
  const producedSet = new Set(produced);
  return { lost: ledger.filter((url) => !producedSet.has(url)), unrecorded: produced.filter((url) => !inLedger.has(url)) };
}
