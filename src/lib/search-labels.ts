/** Human names for the search filters' values (the index and the URL hold ids), embedded in the search page. */
import { DOMAIN_LABELS, languageName, STATUS_LABELS } from './labels.ts';
import { EMPTY_SEARCH, searchPageUrl, type SearchLabels, type SearchState } from './search-state.ts';
import { countByStatus, type SiteIndex } from './site-index.ts';

export const TYPE_LABELS: SearchLabels['types'] = {
  quote: { one: 'Quote', many: 'Quotes' },
  commitment: { one: 'Commitment', many: 'Commitments' },
  article: { one: 'Article', many: 'Articles' },
  actor: { one: 'Person', many: 'People' },
  country: { one: 'Country or organisation', many: 'Countries and organisations' },
  summit: { one: 'Summit', many: 'Summits' },
};

const byName = (entries: Iterable<[string, string]>) =>
  Object.fromEntries([...entries].sort(([, a], [, b]) => a.localeCompare(b, 'en')));

/** Only values that occur in the index: speakers with quotes, every party, the quotes' languages. */
export function buildSearchLabels(site: Pick<SiteIndex, 'actors' | 'countries' | 'quotes'>): SearchLabels {
  const speakers = new Set(site.quotes.map(({ quote }) => quote.speaker));
  const languages = new Set(site.quotes.map(({ quote }) => quote.lang));
  return {
    types: TYPE_LABELS,
    speaker: byName([...speakers].map((id) => [id, site.actors.get(id)?.name ?? id])),
    country: byName([...site.countries].map(([id, country]) => [id, country.name])),
    domain: Object.fromEntries(Object.entries(DOMAIN_LABELS)),
    status: Object.fromEntries(Object.entries(STATUS_LABELS).map(([status, { label }]) => [status, label])),
    lang: byName([...languages].map((lang) => [lang, languageName(lang)])),
  };
}

export type SearchExample = { label: string; url: string };

const top = <K>(counts: Iterable<[K, number]>) => [...counts].sort(([, a], [, b]) => b - a)[0]?.[0];

/** Filter-only searches to offer on a blank search page, chosen from the content so each lists something. */
export function buildSearchExamples(
  site: Pick<SiteIndex, 'quotesBySpeaker' | 'commitmentsByParty' | 'commitments'>,
  labels: SearchLabels,
): SearchExample[] {
  const example = (label: string, filters: SearchState['filters']) => ({ label, url: searchPageUrl({ ...EMPTY_SEARCH, filters }) });
  const speaker = top([...site.quotesBySpeaker].map(([id, quotes]): [string, number] => [id, quotes.length]));
  const status = top(countByStatus(site.commitments));
  const country = top([...site.commitmentsByParty].map(([id, commitments]): [string, number] => [id, commitments.length]));
  return [
    ...(speaker ? [example(`every quote by ${labels.speaker[speaker] ?? speaker}`, { speaker })] : []),
    ...(status ? [example(`${(labels.status[status] ?? status).toLowerCase()} commitments`, { type: 'commitment', status })] : []),
    ...(country ? [example(`everything involving ${labels.country[country] ?? country}`, { country })] : []),
  ];
}

/** JSON for a `<script type="application/json">`: `<` is escaped so no text can close the element. */
export const labelsJson = (labels: SearchLabels) => JSON.stringify(labels).replace(/</g, '\\u003c');
