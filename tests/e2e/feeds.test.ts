/**
 * The built site's Atom feeds, read by Debian's feedparser as a feed reader would: one beside
 * every commitment, party, speaker and summit page, and `/changes.xml`; each page links its feed in the
 * head and with a visible "Follow" link; each entry links an entry of a change log that exists.
 * Run after `npm run build`.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse as parseHtml, type HTMLElement } from 'node-html-parser';
import { glob } from 'tinyglobby';
import { describe, expect, test } from 'vitest';
import { buildSiteIndex } from '../../src/lib/site-index.ts';
import { readContent } from '../../src/lib/validation/read-content.ts';
import { validateContent } from '../../src/lib/validation/validate.ts';
import { parseFeeds, type ParsedFeed } from '../support/feedparser.ts';

const DIST = 'dist';
const { content, problems } = validateContent(await readContent(process.cwd()));
if (problems.length) throw new Error('content/ is invalid: run npm run check:content');
const site = buildSiteIndex(content);

const read = (path: string) => readFile(join(DIST, path), 'utf8');
const pages = new Map<string, Promise<HTMLElement>>();
/** A built page (a site path, without its fragment), parsed once. */
function page(path: string): Promise<HTMLElement> {
  let parsed = pages.get(path);
  if (!parsed) {
    parsed = read(join(path, 'index.html')).then((html) => parseHtml(html));
    pages.set(path, parsed);
  }
  return parsed;
}
const siteUrl = (await page('/')).querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
const sitePath = (absolute: string) => new URL(absolute).pathname;

/** Every page that has a feed beside it, by the contract's URLs. */
const FOLLOWED_PAGES = [
  ...site.commitments.map(({ commitment }) => `/commitments/${commitment.id}/`),
  ...[...site.countries.keys()].map((id) => `/countries/${id}/`),
  ...[...site.actors.keys()].map((id) => `/actors/${id}/`),
  ...site.summits.map(({ id }) => `/summits/${id}/`),
];
const FEEDS = ['/changes.xml', ...FOLLOWED_PAGES.map((path) => `${path}feed.xml`)];
/** A country alias (an old id kept when a country is renamed) serves its country's feed. */
const ALIAS_FEEDS = [...site.countryAliases].map(([alias, id]) => ({ alias: `/countries/${alias}/feed.xml`, feed: `/countries/${id}/feed.xml` }));

const builtFeeds = (await glob(['changes.xml', '**/feed.xml'], { cwd: DIST })).map((file) => `/${file}`);
const parsed = new Map<string, ParsedFeed>();
const documents = await Promise.all(FEEDS.map(read));
parseFeeds(documents).forEach((feed, index) => parsed.set(FEEDS[index]!, feed));

describe('feeds', () => {
  test('one feed beside every commitment, party, speaker and summit page, and the site’s changes: no more, no fewer', () => {
    expect(FOLLOWED_PAGES.length).toBeGreaterThan(30);
    expect(ALIAS_FEEDS.length).toBeGreaterThan(0);
    expect([...builtFeeds].sort()).toEqual([...FEEDS, ...ALIAS_FEEDS.map(({ alias }) => alias)].sort());
  });

  test.each(ALIAS_FEEDS)('$alias serves the feed of $feed', async ({ alias, feed }) => {
    expect(await read(alias)).toBe(await read(feed));
  });

  test.each(FEEDS)('%s is Atom 1.0 that feedparser reads without a fault, with id, title, updated, self and alternate links', (feed) => {
    const result = parsed.get(feed);
    expect(result?.bozo, `${feed}: ${result?.bozoException}`).toBe(0);
    expect(result?.version).toBe('atom10');
    const self = new URL(feed, siteUrl).href;
    expect(result?.feed.id).toBe(self);
    expect(result?.feed.title).toBeTruthy();
    expect(Number.isNaN(Date.parse(result?.feed.updated ?? ''))).toBe(false);
    expect(result?.feed.links).toContainEqual({ rel: 'self', href: self });
    const alternate = result?.feed.links.find((link) => link.rel === 'alternate')?.href ?? '';
    expect(existsSync(join(DIST, sitePath(alternate), 'index.html')), alternate).toBe(true);
    // The feed is as new as its newest entry.
    const newest = Math.max(...(result?.entries ?? []).map((entry) => Date.parse(entry.updated ?? '')));
    if (result?.entries.length) expect(Date.parse(result.feed.updated ?? '')).toBe(newest);
  });

  test('every entry has an id, an updated date and a link to its change-log entry on the commitment page', async () => {
    let entries = 0;
    for (const [feed, result] of parsed) {
      for (const entry of result.entries) {
        entries += 1;
        expect(entry.id, feed).toBeTruthy();
        expect(Number.isNaN(Date.parse(entry.updated ?? '')), `${feed} ${entry.id}`).toBe(false);
        const link = new URL(entry.link ?? '', siteUrl);
        expect(link.pathname, `${feed} ${entry.id}`).toMatch(/^\/commitments\/[^/]+\/$/);
        const target = (await page(link.pathname)).getElementById(decodeURIComponent(link.hash.slice(1)));
        expect(target, `${feed}: ${entry.link} has its anchor`).not.toBeNull();
      }
    }
    expect(entries).toBeGreaterThan(0);
  });

  test('the site’s feed holds every entry of every commitment’s feed, newest first, and nothing else', () => {
    const all = parsed.get('/changes.xml')?.entries ?? [];
    const perCommitment = [...parsed].filter(([feed]) => feed.startsWith('/commitments/')).flatMap(([, result]) => result.entries);
    expect(all.map((entry) => entry.id).sort()).toEqual(perCommitment.map((entry) => entry.id).sort());
    expect(new Set(all.map((entry) => entry.id)).size).toBe(all.length);
    const dates = all.map((entry) => Date.parse(entry.updated ?? ''));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
  });

  test('a party’s feed holds exactly its commitments’ entries', () => {
    for (const [id] of site.countries) {
      const expected = (site.commitmentsByParty.get(id) ?? []).flatMap(
        ({ commitment }) => parsed.get(`/commitments/${commitment.id}/feed.xml`)?.entries.map((entry) => entry.id) ?? [],
      );
      const actual = parsed.get(`/countries/${id}/feed.xml`)?.entries.map((entry) => entry.id) ?? [];
      expect([...actual].sort(), id).toEqual(expected.sort());
    }
  });

  test.each(FOLLOWED_PAGES)('%s links its feed in the head and with a visible Follow link', async (path) => {
    const root = await page(path);
    const feed = `${path}feed.xml`;
    const alternates = root.querySelectorAll('head link[rel="alternate"][type="application/atom+xml"]');
    const own = alternates.find((link) => link.getAttribute('href') === feed);
    expect(own?.getAttribute('title'), `${path} head links ${feed}`).toBe(parsed.get(feed)?.feed.title);
    expect(alternates.map((link) => link.getAttribute('href'))).toContain('/changes.xml');
    const follow = root.querySelector(`main a[href="${feed}"]`);
    expect(follow?.text).toMatch(/^Follow /);
    expect(root.querySelector('.follow-feed')?.text).toContain('A feed is an address');
  });

  test('/changes/ has a visible Follow link to /changes.xml', async () => {
    expect((await page('/changes/')).querySelector('main a[href="/changes.xml"]')?.text).toMatch(/^Follow /);
  });

  test('the sitemap lists pages, not feeds', async () => {
    const sitemaps = await glob('sitemap-*.xml', { cwd: DIST });
    expect(sitemaps.length).toBeGreaterThan(0);
    for (const file of sitemaps) expect(await read(file)).not.toMatch(/feed\.xml|changes\.xml/);
  });
});
