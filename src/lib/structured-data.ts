/**
 * schema.org JSON-LD for search engines and link previews: pure builders, one per kind of page,
 * and a serialiser that is safe inside an HTML <script> element.
 */
import type { Actor } from '../schemas/actor.ts';
import type { ArticleData } from '../schemas/article.ts';
import type { Country } from '../schemas/country.ts';
import type { Source } from '../schemas/source.ts';
import { SITE_NAME, SITE_TAGLINE } from './publisher.ts';
import type { QuoteRecord } from './site-index.ts';
import { absoluteUrl, actorUrl, articleUrl, homeUrl, quoteUrl, siteCardImageUrl } from './urls.ts';

export interface JsonLd {
  '@context'?: 'https://schema.org';
  '@type': string;
  [property: string]: unknown;
}

const CONTEXT = 'https://schema.org' as const;

/** Drops undefined values and empty lists, so optional data leaves no empty properties. */
function compact<T extends Record<string, unknown>>(object: T): T {
  return Object.fromEntries(
    Object.entries(object).filter(([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0)),
  ) as T;
}

/** The site as publisher (and author: articles are written by the newsroom, not signed). */
export function publisherJsonLd(siteUrl: URL | string): JsonLd {
  return {
    '@type': 'Organization',
    name: SITE_NAME,
    url: absoluteUrl(homeUrl(), siteUrl),
    logo: { '@type': 'ImageObject', url: absoluteUrl(siteCardImageUrl(), siteUrl), width: 1200, height: 630 },
  };
}

/** The site itself, on the home page: its name is what search engines show for it. */
export function websiteJsonLd(siteUrl: URL | string): JsonLd {
  const url = absoluteUrl(homeUrl(), siteUrl);
  return {
    '@context': CONTEXT,
    '@type': 'WebSite',
    '@id': `${url}#website`,
    url,
    name: SITE_NAME,
    description: SITE_TAGLINE,
    inLanguage: 'en',
    publisher: publisherJsonLd(siteUrl),
  };
}

/** A source the article cites, as a schema.org CreativeWork. */
function citationJsonLd(source: Source): JsonLd {
  return compact({
    '@type': 'CreativeWork',
    name: source.title,
    url: source.url,
    datePublished: source.published,
    publisher: source.publisher ? { '@type': 'Organization', name: source.publisher } : undefined,
    description: source.note,
  });
}

export function newsArticleJsonLd(input: {
  slug: string;
  data: ArticleData;
  /** Absolute or site path of the share image. */
  image: string;
  siteUrl: URL | string;
}): JsonLd {
  const { slug, data, image, siteUrl } = input;
  const url = absoluteUrl(articleUrl(slug), siteUrl);
  const publisher = publisherJsonLd(siteUrl);
  return compact({
    '@context': CONTEXT,
    '@type': 'NewsArticle',
    '@id': url,
    url,
    mainEntityOfPage: url,
    headline: data.title,
    description: data.summary,
    datePublished: data.published,
    dateModified: data.updated ?? data.published,
    inLanguage: 'en',
    image: [absoluteUrl(image, siteUrl)],
    author: publisher,
    publisher,
    isAccessibleForFree: true,
    about: data.event
      ? {
          '@type': 'Event',
          name: data.event.name,
          startDate: data.event.date,
          location: { '@type': 'Place', name: data.event.location },
        }
      : undefined,
    citation: data.sources.map(citationJsonLd),
  });
}

export function quotationJsonLd(input: {
  record: QuoteRecord;
  speaker: Actor | undefined;
  article: ArticleData | undefined;
  siteUrl: URL | string;
}): JsonLd {
  const { record, speaker, article, siteUrl } = input;
  const { quote, source } = record;
  const url = absoluteUrl(quoteUrl(quote.id), siteUrl);
  const sourceUrl = quote.source ?? source?.url;
  return compact({
    '@context': CONTEXT,
    '@type': 'Quotation',
    '@id': url,
    url,
    text: quote.text,
    inLanguage: quote.lang,
    spokenByCharacter: compact({
      '@type': 'Person',
      name: speaker?.name ?? quote.speaker,
      url: absoluteUrl(actorUrl(quote.speaker), siteUrl),
    }),
    // A date the source only reported is not the day the words were said.
    dateCreated: quote.dated_by === 'statement' ? quote.said : undefined,
    description: quote.context,
    workTranslation: quote.translation
      ? { '@type': 'Quotation', text: quote.translation, inLanguage: 'en' }
      : undefined,
    citation: source || sourceUrl ? compact({ '@type': 'CreativeWork', name: source?.title, url: sourceUrl }) : undefined,
    isPartOf: article
      ? { '@type': 'NewsArticle', headline: article.title, url: absoluteUrl(articleUrl(record.article), siteUrl) }
      : undefined,
  });
}

export function personJsonLd(input: {
  id: string;
  actor: Actor;
  country: Country | undefined;
  siteUrl: URL | string;
}): JsonLd {
  const { id, actor, country, siteUrl } = input;
  const url = absoluteUrl(actorUrl(id), siteUrl);
  const countryNode = country
    ? { '@type': country.kind === 'country' ? 'Country' : 'Organization', name: country.name }
    : undefined;
  return compact({
    '@context': CONTEXT,
    '@type': 'Person',
    '@id': url,
    url,
    name: actor.name,
    jobTitle: actor.role,
    alternateName: actor.aliases,
    // A state is a nationality; an organisation (EU, NATO) is an affiliation.
    nationality: country?.kind === 'country' ? countryNode : undefined,
    affiliation: country?.kind === 'organization' ? countryNode : undefined,
    sameAs: [
      ...(actor.wikidata ? [`https://www.wikidata.org/wiki/${actor.wikidata}`] : []),
      ...actor.links.map((link) => link.url),
    ],
  });
}

export interface BreadcrumbStep {
  label: string;
  /** Site path or absolute URL. */
  href: string;
}

/** The trail from the home page to the current page, which closes the list. */
export function breadcrumbListJsonLd(trail: readonly BreadcrumbStep[], current: BreadcrumbStep, siteUrl: URL | string): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'BreadcrumbList',
    itemListElement: [...trail, current].map((step, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: step.label,
      item: absoluteUrl(step.href, siteUrl),
    })),
  };
}

/**
 * JSON for an inline `<script type="application/ld+json">`: `<`, `>` and `&` are escaped as
 * \u003c, \u003e, \u0026 so text such as "</script>" or "<!--" can never end or bend the
 * element, and U+2028/U+2029 so that no parser sees a line break. JSON parsers read the
 * escapes back as the same characters.
 */
export function serializeJsonLd(data: JsonLd | readonly JsonLd[]): string {
  return JSON.stringify(data).replace(
    /[<>&\u2028\u2029]/g,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
