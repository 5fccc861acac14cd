/**
 * Every URL of the site is built here, one function per kind of page (see PRODUCT.md's URL
 * contract). Pages and components never write a path by hand.
 */
import type { Domain, Status } from '../schemas/commitment.ts';

export const homeUrl = () => '/';
export const articleUrl = (slug: string) => `/articles/${slug}/`;
/** Every article, newest first, over `page/<n>/`. */
export const articlesUrl = (page = 1) => listPageUrl('/articles/', page);
/** The page a host shows for an unknown URL. */
export const notFoundUrl = () => '/404.html';
/** A page of a paginated list: the list's own URL for page 1, then `<list>page/2/`. */
export const listPageUrl = (listUrl: string, page = 1) => (page <= 1 ? listUrl : `${listUrl}page/${page}/`);
/** With a day: its heading on the timeline page that holds it (see pagination.ts). */
export const timelineUrl = (day?: string, page = 1) => `${listPageUrl('/timeline/', page)}${day ? `#${dayAnchor(day)}` : ''}`;
/** With a speaker: their heading on the quotes page where their quotes start. */
export const quotesUrl = (speakerId?: string, page = 1) => `${listPageUrl('/quotes/', page)}${speakerId ? `#${speakerId}` : ''}`;
export const quoteUrl = (quoteId: string) => `/quotes/${quoteId}/`;
export const actorsUrl = () => '/actors/';
/** A speaker's page; their quotes run on over `page/<n>/`. */
export const actorUrl = (actorId: string, page = 1) => listPageUrl(`/actors/${actorId}/`, page);
export const countriesUrl = () => '/countries/';
/** With a commitment id: the commitment's anchor on that party's page. */
export const countryUrl = (countryId: string, commitmentId?: string) =>
  `/countries/${countryId}/${commitmentId ? `#${commitmentId}` : ''}`;
export const commitmentsUrl = (page = 1) => listPageUrl('/commitments/', page);
export const commitmentUrl = (commitmentId: string) => `/commitments/${commitmentId}/`;
/** One entry of a commitment's change log: its anchor on the commitment's page (see change-log.ts). */
export const changeLogEntryUrl = (commitmentId: string, anchor: string) => `${commitmentUrl(commitmentId)}#${anchor}`;
/** Every new commitment and status change, newest first, over `page/<n>/`. */
export const changesUrl = (page = 1) => listPageUrl('/changes/', page);
export const summitsUrl = () => '/summits/';
export const summitUrl = (summitId: string) => `/summits/${summitId}/`;
export const dataPageUrl = () => '/data/';
export const dataFileUrl = (file: `${string}.${'json' | 'csv'}`) => `/data/${file}`;
export const rssUrl = () => '/rss.xml';
/** Atom feed of every new commitment and status change on the site. */
export const changesFeedUrl = () => '/changes.xml';
/** Atom feeds beside the pages a reader follows (`feed.xml` in the page's folder). */
export const commitmentFeedUrl = (commitmentId: string) => `${commitmentUrl(commitmentId)}feed.xml`;
export const countryFeedUrl = (countryId: string) => `${countryUrl(countryId)}feed.xml`;
export const actorFeedUrl = (actorId: string) => `${actorUrl(actorId)}feed.xml`;
export const summitFeedUrl = (summitId: string) => `${summitUrl(summitId)}feed.xml`;
/** With a status: its definition on the methodology page. */
export const methodologyUrl = (status?: Status) => `/methodology/${status ? `#${statusAnchor(status)}` : ''}`;
export const statusAnchor = (status: Status) => `status-${status}`;
/** With an anchor (`correctionAnchor`): that correction on the corrections page. */
export const correctionsUrl = (anchor?: string) => `/corrections/${anchor ? `#${anchor}` : ''}`;
/** One correction's anchor: its article's slug and its place in that article's list, from 1. */
export const correctionAnchor = (articleSlug: string, index: number) => `${articleSlug}-${index + 1}`;

export interface SearchParams {
  q?: string;
  speaker?: string;
  country?: string;
  type?: 'quote' | 'commitment' | 'article' | 'actor' | 'country';
  domain?: Domain;
  status?: Status;
}

/** `/search/?q=…&speaker=…`, with only the parameters given. */
export function searchUrl(params: SearchParams = {}): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) query.set(key, value);
  const text = query.toString();
  return text ? `/search/?${text}` : '/search/';
}

/** Every filter value's count over the whole site, written by the build for the search page. */
export const searchCountsUrl = () => '/search/counts.json';
/** The listing of the search index (`SearchIndexListing`), written by the build. */
export const searchIndexPartsUrl = () => '/search/index-parts.json';
/**
 * Where Pagefind's index (part 0, with its browser API) or one more part of it is written. A
 * large site is indexed in parts, one after another, to bound the build's memory.
 */
export const searchIndexPartUrl = (part = 0) => (part === 0 ? '/pagefind/' : `/pagefind/part-${part}/`);

/** The anchor of one day on the timeline: `day-2026-01-06`. */
export const dayAnchor = (day: string) => `day-${day}`;

/** A text-fragment link (`#:~:text=`) that scrolls to and highlights words on a page. */
export function textFragmentUrl(url: string, words: string): string {
  const snippet = words.trim().split(/\s+/).slice(0, 8).join(' ');
  return `${url}#:~:text=${encodeURIComponent(snippet).replace(/-/g, '%2D')}`;
}

/** Absolute URL for canonical links, feeds and share cards. */
export const absoluteUrl = (path: string, site: URL | string) => new URL(path, site).href;

/** The open data page's documentation of one file's fields: `/data/#quotes-fields`. */
export const dataFieldsUrl = (kind: 'quotes' | 'commitments' | 'changes') => `/data/#${kind}-fields`;
/** JSON Schema of the open data files. */
export const dataSchemaUrl = () => '/data/schema.json';
export const sitemapIndexUrl = () => '/sitemap-index.xml';
export const robotsUrl = () => '/robots.txt';
/**
 * Share cards (Open Graph images), 1200×630 PNG, rendered at build time: one for the site, one
 * per published article, one per actor (used by their quotes and their page), one per commitment
 * status (used by every commitment with that status). Never one per quote or commitment: see
 * share-card.ts.
 */
export const siteCardImageUrl = () => '/og/site.png';
export const articleCardImageUrl = (slug: string) => `/og/articles/${slug}.png`;
export const speakerCardImageUrl = (actorId: string) => `/og/speakers/${actorId}.png`;
export const statusCardImageUrl = (status: Status) => `/og/status/${status}.png`;

/** The configured `site` (astro.config.mjs); feeds, data files and share cards need absolute URLs. */
export function requireSiteUrl(site: URL | undefined): URL {
  if (!site) throw new Error('astro.config.mjs must set `site` (env SITE_URL): feeds and data files need absolute URLs');
  return site;
}
