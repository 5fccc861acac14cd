/** The URL contract of PRODUCT.md: these paths are published and must never change. */
import { describe, expect, test } from 'vitest';
import {
  absoluteUrl,
  actorFeedUrl,
  actorsUrl,
  actorUrl,
  articlesUrl,
  changeLogEntryUrl,
  changesUrl,
  articleUrl,
  changesFeedUrl,
  commitmentFeedUrl,
  commitmentsUrl,
  commitmentUrl,
  countriesUrl,
  countryFeedUrl,
  countryUrl,
  dataFieldsUrl,
  dataFileUrl,
  dataPageUrl,
  dataSchemaUrl,
  dayAnchor,
  homeUrl,
  listPageUrl,
  quotesUrl,
  quoteUrl,
  requireSiteUrl,
  robotsUrl,
  rssUrl,
  searchIndexPartUrl,
  searchUrl,
  siteCardImageUrl,
  articleCardImageUrl,
  speakerCardImageUrl,
  statusCardImageUrl,
  summitFeedUrl,
  summitsUrl,
  summitUrl,
  sitemapIndexUrl,
  textFragmentUrl,
  timelineUrl,
} from '../../src/lib/urls.ts';

describe('page URLs', () => {
  test('one function per page, with a trailing slash', () => {
    expect(homeUrl()).toBe('/');
    expect(articlesUrl()).toBe('/articles/');
    expect(articleUrl('paris-summit-security-guarantees')).toBe('/articles/paris-summit-security-guarantees/');
    expect(quoteUrl('starmer-hardest-yards')).toBe('/quotes/starmer-hardest-yards/');
    expect(actorsUrl()).toBe('/actors/');
    expect(actorUrl('keir-starmer')).toBe('/actors/keir-starmer/');
    expect(countriesUrl()).toBe('/countries/');
    expect(commitmentsUrl()).toBe('/commitments/');
    expect(commitmentUrl('uk-france-military-hubs')).toBe('/commitments/uk-france-military-hubs/');
    expect(dataPageUrl()).toBe('/data/');
    expect(rssUrl()).toBe('/rss.xml');
  });

  test('quotes, optionally at one speaker', () => {
    expect(quotesUrl()).toBe('/quotes/');
    expect(quotesUrl('keir-starmer')).toBe('/quotes/#keir-starmer');
    expect(quotesUrl('keir-starmer', 3)).toBe('/quotes/page/3/#keir-starmer');
    expect(quotesUrl(undefined, 2)).toBe('/quotes/page/2/');
  });

  test('pages of a list: the list itself, then page/<n>/', () => {
    expect(listPageUrl('/quotes/', 1)).toBe('/quotes/');
    expect(listPageUrl('/quotes/')).toBe('/quotes/');
    expect(listPageUrl('/quotes/', 2)).toBe('/quotes/page/2/');
    expect(commitmentsUrl(4)).toBe('/commitments/page/4/');
  });

  test('a country page, optionally at one commitment', () => {
    expect(countryUrl('gb')).toBe('/countries/gb/');
    expect(countryUrl('gb', 'uk-france-military-hubs')).toBe('/countries/gb/#uk-france-military-hubs');
  });

  test('Atom feeds of changes: the site’s, and feed.xml beside each followed page', () => {
    expect(changesFeedUrl()).toBe('/changes.xml');
    expect(commitmentFeedUrl('uk-france-military-hubs')).toBe('/commitments/uk-france-military-hubs/feed.xml');
    expect(countryFeedUrl('gb')).toBe('/countries/gb/feed.xml');
    expect(actorFeedUrl('keir-starmer')).toBe('/actors/keir-starmer/feed.xml');
    expect(summitFeedUrl('paris-2026-01-06')).toBe('/summits/paris-2026-01-06/feed.xml');
  });

  test('the timeline, optionally at one day', () => {
    expect(dayAnchor('2026-01-06')).toBe('day-2026-01-06');
    expect(timelineUrl()).toBe('/timeline/');
    expect(timelineUrl('2026-01-06')).toBe('/timeline/#day-2026-01-06');
    expect(timelineUrl('2026-01-06', 5)).toBe('/timeline/page/5/#day-2026-01-06');
  });

  test('summits, changes and change-log entries', () => {
    expect(summitsUrl()).toBe('/summits/');
    expect(summitUrl('paris-2026-01-06')).toBe('/summits/paris-2026-01-06/');
    expect(changesUrl()).toBe('/changes/');
    expect(changesUrl(3)).toBe('/changes/page/3/');
    expect(changeLogEntryUrl('uk-france-hubs', 'change-2026-01-06-pledged')).toBe('/commitments/uk-france-hubs/#change-2026-01-06-pledged');
  });

  test('open data files', () => {
    expect(dataFileUrl('quotes.json')).toBe('/data/quotes.json');
    expect(dataFileUrl('quotes.csv')).toBe('/data/quotes.csv');
    expect(dataFileUrl('commitments.json')).toBe('/data/commitments.json');
    expect(dataFileUrl('commitments.csv')).toBe('/data/commitments.csv');
    expect(dataSchemaUrl()).toBe('/data/schema.json');
    expect(dataFieldsUrl('quotes')).toBe('/data/#quotes-fields');
    expect(dataFieldsUrl('commitments')).toBe('/data/#commitments-fields');
    expect(dataFieldsUrl('changes')).toBe('/data/#changes-fields');
  });

  test('feeds for crawlers', () => {
    expect(sitemapIndexUrl()).toBe('/sitemap-index.xml');
    expect(robotsUrl()).toBe('/robots.txt');
  });

  test('share card images', () => {
    expect(siteCardImageUrl()).toBe('/og/site.png');
    expect(articleCardImageUrl('paris-summit-security-guarantees')).toBe('/og/articles/paris-summit-security-guarantees.png');
    expect(speakerCardImageUrl('keir-starmer')).toBe('/og/speakers/keir-starmer.png');
    expect(statusCardImageUrl('in-progress')).toBe('/og/status/in-progress.png');
  });
});

describe('searchUrl', () => {
  test('with no parameters, the bare search page', () => {
    expect(searchUrl()).toBe('/search/');
    expect(searchUrl({})).toBe('/search/');
    expect(searchUrl({ q: '' })).toBe('/search/');
  });

  test('only the parameters given, encoded', () => {
    expect(searchUrl({ speaker: 'keir-starmer' })).toBe('/search/?speaker=keir-starmer');
    expect(searchUrl({ country: 'gb', type: 'commitment' })).toBe('/search/?country=gb&type=commitment');
    expect(searchUrl({ q: 'security guarantees & a "ceasefire"', type: 'quote' })).toBe(
      '/search/?q=security+guarantees+%26+a+%22ceasefire%22&type=quote',
    );
    expect(searchUrl({ q: 'Зеленський?#x=1' })).toBe(
      `/search/?q=${encodeURIComponent('Зеленський')}%3F%23x%3D1`,
    );
  });

  test('round-trips through URLSearchParams', () => {
    const url = new URL(searchUrl({ q: 'a+b c/d', speaker: 'emmanuel-macron', country: 'fr' }), 'https://x.example');
    expect(url.pathname).toBe('/search/');
    expect(Object.fromEntries(url.searchParams)).toEqual({ q: 'a+b c/d', speaker: 'emmanuel-macron', country: 'fr' });
  });
});

describe('textFragmentUrl', () => {
  test('links to the first eight words, encoded', () => {
    expect(textFragmentUrl('/articles/paris/', 'the hardest yards are still ahead.')).toBe(
      '/articles/paris/#:~:text=the%20hardest%20yards%20are%20still%20ahead.',
    );
    expect(
      textFragmentUrl('/articles/paris/', 'one two three four five six seven eight nine ten'),
    ).toBe('/articles/paris/#:~:text=one%20two%20three%20four%20five%20six%20seven%20eight');
  });

  test('encodes the characters that have a meaning in a text directive: - , &', () => {
    const url = textFragmentUrl('/quotes/x/', 'US-led mechanism, monitoring & verification');
    expect(url).toBe('/quotes/x/#:~:text=US%2Dled%20mechanism%2C%20monitoring%20%26%20verification');
    expect(decodeURIComponent(url.split('#:~:text=')[1] ?? '')).toBe('US-led mechanism, monitoring & verification');
  });

  test('folds line breaks and runs of spaces into single spaces', () => {
    expect(textFragmentUrl('/a/', 'Our joint statement\nsends   a clear message.')).toBe(
      '/a/#:~:text=Our%20joint%20statement%20sends%20a%20clear%20message.',
    );
  });
});

describe('absoluteUrl and requireSiteUrl', () => {
  test('search index parts: part 0 is Pagefind’s usual folder', () => {
    expect(searchIndexPartUrl()).toBe('/pagefind/');
    expect(searchIndexPartUrl(2)).toBe('/pagefind/part-2/');
  });

  test('requireSiteUrl returns the site, or says where to set it', () => {
    const site = new URL('https://summit-tracker.example/');
    expect(requireSiteUrl(site)).toBe(site);
    expect(() => requireSiteUrl(undefined)).toThrow(/astro\.config\.mjs must set `site`/);
  });

  test('joins a path to the site address', () => {
    expect(absoluteUrl('/articles/paris/', 'https://summit-tracker.example')).toBe(
      'https://summit-tracker.example/articles/paris/',
    );
    expect(absoluteUrl(commitmentUrl('x'), new URL('https://summit-tracker.example/'))).toBe(
      'https://summit-tracker.example/commitments/x/',
    );
  });
});
