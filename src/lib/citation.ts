/** "Cite this" text for a quote or a commitment: who, what, when, where, and the permanent link. */
import { formatDate } from './dates.ts';
import { STATUS_LABELS } from './labels.ts';
import { SITE_NAME } from './publisher.ts';
import type { CommitmentRecord, QuoteRecord, SiteIndex } from './site-index.ts';
import { absoluteUrl, changeLogEntryUrl, quoteUrl } from './urls.ts';

/** "A", "A and B", "A, B and C". */
// One formatter for the build: constructing an Intl object costs more than using it.
const LIST_FORMAT = new Intl.ListFormat('en-GB', { type: 'conjunction' });
const listOf = (items: readonly string[]) => LIST_FORMAT.format(items);

/** "Summit Tracker, published 28 November 2026" (or updated) for the article that carries it. */
function publication(site: SiteIndex, article: string): string {
  const data = site.articleBySlug.get(article);
  if (!data) return SITE_NAME;
  return data.updated
    ? `${SITE_NAME}, updated ${formatDate(data.updated)}`
    : `${SITE_NAME}, published ${formatDate(data.published)}`;
}

export function quoteCitation(record: QuoteRecord, site: SiteIndex, siteUrl: URL | string): string {
  const { quote } = record;
  const speaker = site.actors.get(quote.speaker)?.name ?? quote.speaker;
  const words = quote.kind === 'direct' ? `“${quote.text}”` : `(reported) ${quote.text}`;
  const translation = quote.translation ? ` (English: “${quote.translation}”)` : '';
  const when = `${quote.dated_by === 'report' ? 'Reported' : 'Said'} ${formatDate(quote.said)}`;
  const statement = `${speaker}, ${words}${translation}`;
  // Reported speech is a sentence of our own that may end with its full stop already.
  const stop = /[.!?…]$/.test(statement) ? '' : '.';
  return `${statement}${stop} ${when}. ${publication(site, record.article)}. ${absoluteUrl(quoteUrl(quote.id), siteUrl)}`;
}

/**
 * The status is the current one with its date, and the link goes to the change-log entry that
 * set it: the citation stays true after the commitment moves on.
 */
export function commitmentCitation(record: CommitmentRecord, site: SiteIndex, siteUrl: URL | string): string {
  const { commitment, current } = record;
  const parties = listOf(commitment.parties.map((party) => site.countries.get(party)?.name ?? party));
  const condition = commitment.condition ? `, on ${commitment.condition}` : '';
  const status = `status: ${STATUS_LABELS[current.status].label} as of ${formatDate(current.at)}${condition}`;
  const link = absoluteUrl(changeLogEntryUrl(commitment.id, current.anchor), siteUrl);
  return `${parties}, “${commitment.title}” (commitment; ${status}). ${publication(site, current.article)}. ${link}`;
}
