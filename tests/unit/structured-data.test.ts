/** JSON-LD builders and the serialiser that must never let text out of its <script>. */
import { describe, expect, test } from 'vitest';
import {
  breadcrumbListJsonLd,
  newsArticleJsonLd,
  personJsonLd,
  quotationJsonLd,
  serializeJsonLd,
  websiteJsonLd,
  type JsonLd,
} from '../../src/lib/structured-data.ts';
import { SITE_URL, smallSite } from './fixtures/small-site.ts';

const site = smallSite();
const article = site.articleBySlug.get('paris-summit');
if (!article) throw new Error('fixture has the article');

describe('serializeJsonLd', () => {
  const hostile: JsonLd = { '@type': 'Thing', name: '</script><script>alert(1)</script><!-- & \u2028\u2029 >' };

  test('leaves no <, > or & and no U+2028/2029 in the text, so the element cannot be closed', () => {
    const text = serializeJsonLd(hostile);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(text).toContain('\\u003c/script\\u003e');
  });

  test('parses back to exactly the same data', () => {
    expect(JSON.parse(serializeJsonLd(hostile))).toEqual(hostile);
    expect(JSON.parse(serializeJsonLd([hostile, hostile]))).toEqual([hostile, hostile]);
  });
});

test('NewsArticle: headline, dates, publisher, image, the event, and sources as citations', () => {
  const data = newsArticleJsonLd({ slug: 'paris-summit', data: article, image: '/og/site.png', siteUrl: SITE_URL });
  expect(data).toMatchObject({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    url: 'https://tracker.test/articles/paris-summit/',
    headline: 'Paris summit',
    datePublished: '2026-01-07',
    dateModified: '2026-01-07',
    image: ['https://tracker.test/og/site.png'],
    publisher: { '@type': 'Organization', name: 'Summit Tracker', url: 'https://tracker.test/' },
    about: { '@type': 'Event', startDate: '2026-01-06', location: { '@type': 'Place', name: 'Paris, France' } },
    citation: [
      { '@type': 'CreativeWork', name: 'Report on the Paris summit', url: 'https://news.test/report', publisher: { name: 'A newspaper' } },
      { '@type': 'CreativeWork', name: 'Post by Emmanuel Macron', datePublished: '2026-01-06' },
    ],
  });
  // A source without a link gets none: never an empty or invented one.
  expect((data.citation as JsonLd[])[1]).not.toHaveProperty('url');
});

describe('Quotation', () => {
  test('text, language, speaker, date said, source and article', () => {
    const record = site.quoteById.get('starmer-hubs');
    if (!record) throw new Error('fixture has the quote');
    expect(quotationJsonLd({ record, speaker: site.actors.get('keir-starmer'), article, siteUrl: SITE_URL })).toMatchObject({
      '@type': 'Quotation',
      url: 'https://tracker.test/quotes/starmer-hubs/',
      text: record.quote.text,
      inLanguage: 'en',
      spokenByCharacter: { '@type': 'Person', name: 'Keir Starmer', url: 'https://tracker.test/actors/keir-starmer/' },
      dateCreated: '2026-01-06T18:30:00+01:00',
      citation: { '@type': 'CreativeWork', name: 'Report on the Paris summit', url: 'https://news.test/report' },
      isPartOf: { '@type': 'NewsArticle', url: 'https://tracker.test/articles/paris-summit/' },
    });
  });

  test('a translation, and no dateCreated when the date is only when the source reported it', () => {
    const record = site.quoteById.get('macron-unity');
    if (!record) throw new Error('fixture has the quote');
    const data = quotationJsonLd({ record, speaker: site.actors.get('emmanuel-macron'), article, siteUrl: SITE_URL });
    expect(data).toMatchObject({ inLanguage: 'fr', workTranslation: { '@type': 'Quotation', text: 'An unprecedented unity', inLanguage: 'en' } });
    expect(data).not.toHaveProperty('dateCreated');
  });
});

test('Person: role, other spellings, nationality, Wikidata', () => {
  const actor = site.actors.get('keir-starmer');
  if (!actor) throw new Error('fixture has the actor');
  expect(personJsonLd({ id: 'keir-starmer', actor, country: site.countries.get('gb'), siteUrl: SITE_URL })).toEqual({
    '@context': 'https://schema.org',
    '@type': 'Person',
    '@id': 'https://tracker.test/actors/keir-starmer/',
    url: 'https://tracker.test/actors/keir-starmer/',
    name: 'Keir Starmer',
    jobTitle: 'Prime Minister of the United Kingdom',
    alternateName: ['Kier Starmer'],
    nationality: { '@type': 'Country', name: 'United Kingdom' },
    sameAs: ['https://www.wikidata.org/wiki/Q6279'],
  });
});

test('BreadcrumbList: numbered from 1, absolute URLs, the current page last', () => {
  expect(
    breadcrumbListJsonLd([{ label: 'Coverage', href: '/' }, { label: 'Quotes', href: '/quotes/' }], { label: 'A quote', href: 'https://tracker.test/quotes/a/' }, SITE_URL),
  ).toEqual({
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: [
      { '@type': 'ListItem', position: 1, name: 'Coverage', item: 'https://tracker.test/' },
      { '@type': 'ListItem', position: 2, name: 'Quotes', item: 'https://tracker.test/quotes/' },
      { '@type': 'ListItem', position: 3, name: 'A quote', item: 'https://tracker.test/quotes/a/' },
    ],
  });
});

test('WebSite: the site’s name and address, for the home page', () => {
  expect(websiteJsonLd(SITE_URL)).toMatchObject({
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: 'Summit Tracker',
    url: 'https://tracker.test/',
    publisher: { '@type': 'Organization', name: 'Summit Tracker' },
  });
});
