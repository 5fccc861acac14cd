/**
 * The search index's records, composed from the validated content. One record per article,
 * person, country and summit: an article's quotes and commitments are items inside its record,
 * since every first query downloads Pagefind's list of all records. Each item's words start at an
 * anchor whose title is the item itself, so Pagefind's sub-results name the item that matched;
 * then each group of names that finds items without being their words (a speaker's spellings, a
 * commitment's parties) has an anchor whose title lists those items.
 */
import escapeHtml from 'escape-html';
import type { ArticleData } from '../schemas/article.ts';
import { commitmentLog } from './change-log.ts';
import { formatDate } from './dates.ts';
import { DOMAIN_LABELS, STATUS_LABELS } from './labels.ts';
import { totalCounts, type AnchorTitle, type ItemCounts, type SearchItem } from './search-items.ts';
import { buildSiteIndex } from './site-index.ts';
import { actorUrl, articleUrl, commitmentUrl, countryUrl, quoteUrl, summitUrl } from './urls.ts';
import type { ContentSet } from './validation/cross-check.ts';

/** One Pagefind record: its items (the page itself first) with their words, and names with the indexes of the items they find. */
export interface SearchRecord {
  url: string;
  /** `YYYYMMDD` of its first item, all zeros when undated (Pagefind leaves unsorted records out of sorted results). */
  sort: string;
  items: { item: SearchItem; words: string[] }[];
  names: { words: string[]; items: number[] }[];
}

/** The records, and every filter value's count of items over the site (`/search/counts.json`). */
export type SearchRecords = { records: SearchRecord[]; counts: ItemCounts };

export const sortKey = (date: string | undefined) => (date ? date.slice(0, 10).replaceAll('-', '') : '00000000');

/** An article body's words without Markdown's marks and link targets. */
const markdownWords = (body: string) =>
  body
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]*>|[*_`#>|~[\]]+/g, ' ')
    .split(/\n\s*\n/);

type Card = { [line in 'title' | 'who' | 'date' | 'when']?: string | undefined };
const item = (url: string, type: string, filters: SearchItem['filters'], card: Card): SearchItem =>
  ({ url, type, filters, ...Object.fromEntries(Object.entries(card).filter(([, value]) => value !== undefined)) });

/** A record of one page (its first item), found also by `names` when given. */
const pageRecord = (first: SearchItem, words: string[], names: readonly string[] = []): SearchRecord => ({
  url: first.url,
  sort: sortKey(first.date),
  items: [{ item: first, words }],
  names: names.length ? [{ words: [...names], items: [0] }] : [],
});

/** Adds an item to an article's record, found also by each list of `names` (one group per distinct list). */
function addItem(record: SearchRecord, found: SearchItem, words: string[], names: readonly (readonly string[])[]): void {
  const index = record.items.push({ item: found, words }) - 1;
  for (const list of names.filter((each) => each.length)) {
    const group = record.names.find(({ words: known }) => known.join('\n') === list.join('\n'));
    if (group) group.items.push(index);
    else record.names.push({ words: [...list], items: [index] });
  }
}

export function searchRecords(content: ContentSet): SearchRecords {
  const site = buildSiteIndex(content);
  const bodies = new Map(content.articles.map(({ id, body }) => [id, body ?? '']));
  const countryName = (id: string) => site.countries.get(id)?.name ?? id;
  const when = (date: string) => ({ date, when: formatDate(date) });

  const articles = new Map(
    site.articles.map(({ id, data }) => {
      const parties = [...new Set(data.commitments.flatMap((commitment) => commitment.parties))];
      const who = data.event ? `${data.event.name}, ${data.event.location}` : undefined;
      return [id, pageRecord(item(articleUrl(id), 'article', { country: parties }, { title: data.title, who, ...when(data.published) }), articleWords(data, bodies.get(id) ?? ''))];
    }),
  );
  for (const { quote, article } of site.quotes) {
    const speaker = site.actors.get(quote.speaker);
    const words = quote.translation ?? quote.text;
    const filters = { speaker: [quote.speaker], country: speaker ? [speaker.country] : [], lang: [quote.lang] };
    const who = speaker?.name ?? quote.speaker;
    const card = { title: quote.kind === 'direct' ? `“${words}”` : words, who, ...when(quote.said) };
    const record = articles.get(article);
    if (record) addItem(record, item(quoteUrl(quote.id), 'quote', filters, card), [quote.text, quote.translation ?? '', quote.context ?? ''].filter(Boolean), [[who, ...(speaker?.aliases ?? []), ...(speaker?.misspellings ?? [])]]);
  }
  for (const { commitment, article, current } of site.commitments) {
    const parties = commitment.parties.map(countryName);
    const status = STATUS_LABELS[current.status].label;
    const filters = { country: commitment.parties, domain: commitment.domains, status: [current.status] };
    const card = { title: commitment.title, who: parties.join(', '), date: current.at, when: `${status}, as of ${formatDate(current.at)}` };
    const notes = commitmentLog(site.changeLog, commitment.id).flatMap((event) => (event.note ? [event.note] : []));
    const words = [commitment.title, commitment.summary, status, commitment.condition ?? '', commitment.domains.map((domain) => DOMAIN_LABELS[domain]).join(', '), ...notes];
    const record = articles.get(article);
    if (record) addItem(record, item(commitmentUrl(commitment.id), 'commitment', filters, card), words.filter(Boolean), parties.map((party) => [party]));
  }

  const records = [...articles.values()];
  for (const [id, actor] of site.actors) {
    const first = item(actorUrl(id), 'actor', { country: [actor.country] }, { title: actor.name, who: actor.role });
    records.push(pageRecord(first, [actor.name, actor.role, countryName(actor.country)], [...actor.aliases, ...actor.misspellings]));
  }
  for (const [id, country] of site.countries) {
    const kind = country.kind === 'organization' ? 'Organisation' : 'Country';
    records.push(pageRecord(item(countryUrl(id), 'country', { country: [id] }, { title: country.name, who: kind }), [country.name, kind, ...country.members.map(countryName)], country.aliases));
  }
  for (const { id, data } of site.summits) {
    const first = item(summitUrl(id), 'summit', { country: data.participants }, { title: data.name, who: data.location, ...when(data.starts) });
    records.push(pageRecord(first, [data.name, data.location, data.summary, data.participants.map(countryName).join(', ')]));
  }
  return { records, counts: totalCounts(records.flatMap((record) => record.items.map(({ item: found }) => found))) };
}

const articleWords = (data: ArticleData, body: string) => [
  data.title,
  data.summary,
  ...(data.event ? [`${data.event.name}, ${data.event.location}`] : []),
  ...markdownWords(body),
  ...data.sources.map((source) => [source.title, source.publisher].filter(Boolean).join(', ')),
];

const paragraphs = (words: readonly string[]) => words.map((text) => `<p>${escapeHtml(text)}</p>`).join('');
const anchor = (id: string, title: AnchorTitle) => `<div id="${id}" data-pagefind-title="${escapeHtml(JSON.stringify(title))}"></div>`;

/** The HTML Pagefind indexes for a record: its filters, sort and title, then each item and group of names behind its anchor. */
export function recordHtml(record: SearchRecord): string {
  const filters = [...new Set(record.items.flatMap(({ item: { type, filters: values } }) => [`type:${type}`, ...Object.entries(values).flatMap(([key, list]) => list.map((value) => `${key}:${value}`))]))];
  return (
    `<html lang="en"><body><main data-pagefind-body><div hidden>` +
    filters.map((pair) => `<span data-pagefind-filter="${escapeHtml(pair)}"></span>`).join('') +
    `<span data-pagefind-sort="date:${record.sort}"></span>` +
    // The `[data-value]` form takes the title verbatim, commas and colons included.
    `<span data-pagefind-meta="title[data-value]" data-value="${escapeHtml(record.items[0]?.item.title ?? '')}"></span></div>` +
    record.items.map(({ item: found, words }, index) => anchor(`i${index}`, found) + paragraphs(words)).join('') +
    record.names.map(({ words, items }, index) => anchor(`n${index}`, items) + paragraphs(words)).join('') +
    '</main></body></html>'
  );
}
