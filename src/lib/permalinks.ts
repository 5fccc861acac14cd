/**
 * The permalinks the content produces, computed from the content itself (not from a build): the
 * page of every article, quote, commitment, actor, country and summit, and every redirect's old URL.
 * `check:content` compares them with the ledger (content/permalinks.txt), and the build checks
 * its pages against the same ledger.
 */
import { contentRedirects, type RedirectingContent } from './redirects.ts';
import { actorUrl, articleUrl, commitmentUrl, countryUrl, quoteUrl, summitUrl } from './urls.ts';

/** Site paths, sorted; `content` is what is published (no drafts). */
export function contentPermalinks(content: RedirectingContent): string[] {
  const urls = [
    ...content.articles.map(({ id }) => articleUrl(id)),
    ...content.articles.flatMap(({ data }) => [...data.quotes.map((quote) => quoteUrl(quote.id)), ...data.commitments.map((commitment) => commitmentUrl(commitment.id))]),
    ...content.actors.map(({ id }) => actorUrl(id)),
    ...content.countries.map(({ id }) => countryUrl(id)),
    ...(content.summits ?? []).map(({ id }) => summitUrl(id)),
    ...contentRedirects(content).map((redirect) => redirect.from),
  ];
  return [...new Set(urls)].sort();
}

/** How the ledger and the content differ: URLs the content no longer produces, and new ones. */
export function compareWithLedger(ledger: readonly string[], produced: readonly string[]): { lost: string[]; unrecorded: string[] } {
  const inLedger = new Set(ledger);
  const producedSet = new Set(produced);
  return { lost: ledger.filter((url) => !producedSet.has(url)), unrecorded: produced.filter((url) => !inLedger.has(url)) };
}
