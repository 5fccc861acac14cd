/** Share cards: what each shows, the cache key, and a real 1200×630 PNG (from the cache when drawn before). */
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { STATUSES } from '../../src/schemas/commitment.ts';
import { articlePageMeta } from '../../src/lib/page-meta.ts';
import { articleCard, cardAltText, siteCard, speakerCard, statusCard, type ShareCard } from '../../src/lib/share-card.ts';
import { cardHash, cardSvg, cardTree, renderShareCard } from '../../src/lib/share-image.ts';
import { buildSiteIndex } from '../../src/lib/site-index.ts';
import { readContent } from '../../src/lib/validation/read-content.ts';
import { validateContent } from '../../src/lib/validation/validate.ts';
import { SITE_URL, smallContent, smallSite } from './fixtures/small-site.ts';

const site = smallSite();
const starmer = site.actors.get('keir-starmer');
const macron = site.actors.get('emmanuel-macron');
if (!starmer || !macron) throw new Error('fixture is complete');
/** The fixture with its summit, and its article placed at that summit. */
const siteWithSummit = buildSiteIndex(smallContent());
const parisArticle = { ...siteWithSummit.articleBySlug.get('paris-summit')!, summit: 'paris-2026-01-06' };
const longHeadline =
  'Allies agree on a framework for monitoring the ceasefire line, with a coordination cell in Paris and hubs across Ukraine, and the United States backing guarantees for the first time';
/** The site's own content, for cards as they are published. */
const content = buildSiteIndex(validateContent(await readContent(process.cwd())).content);

/** Width and height from a PNG's IHDR chunk (bytes 16–23). */
function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(new TextDecoder().decode(png.subarray(12, 16))).toBe('IHDR');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** Every text drawn on a card, in order. */
function drawnText(tree: unknown): string[] {
  if (typeof tree === 'string') return [tree];
  if (Array.isArray(tree)) return tree.flatMap(drawnText);
  if (tree && typeof tree === 'object' && 'props' in tree) return drawnText((tree as { props: { children?: unknown } }).props.children);
  return [];
}

describe('card contents', () => {
  test.each<{ name: string; card: ShareCard; data: ShareCard; drawn: string[]; alt: string }>([
    {
      name: 'an article card shows the headline, the summit with its day, and the publication day',
      card: articleCard(parisArticle, siteWithSummit, SITE_URL),
      data: { kind: 'article', host: 'tracker.test', headline: 'Paris summit', summit: 'Paris summit, 6 January 2026', date: '7 January 2026' },
      drawn: ['SUMMIT TRACKER', '· Coverage', 'Paris summit', 'Paris summit, 6 January 2026', 'Published 7 January 2026', 'tracker.test'],
      alt: 'Summit Tracker article card: Paris summit; Paris summit, 6 January 2026; published 7 January 2026.',
    },
    {
      name: 'a speaker card shows the name, role and country name, and no quote',
      card: speakerCard(starmer, site, SITE_URL),
      data: { kind: 'speaker', host: 'tracker.test', name: 'Keir Starmer', role: 'Prime Minister of the United Kingdom', country: 'United Kingdom' },
      drawn: ['SUMMIT TRACKER', '· Speaker', 'Keir Starmer', 'Prime Minister of the United Kingdom', 'United Kingdom', 'tracker.test'],
      alt: 'Summit Tracker speaker card: Keir Starmer, Prime Minister of the United Kingdom, United Kingdom.',
    },
    {
      name: 'a status card shows the status as the site labels it, under "Commitment"',
      card: statusCard('conditional', SITE_URL),
      data: { kind: 'status', host: 'tracker.test', status: 'conditional', symbol: '◐', label: 'Conditional', description: 'promised once a condition is met' },
      drawn: ['SUMMIT TRACKER', '· Commitment', 'STATUS', 'Conditional', 'Promised once a condition is met.', 'tracker.test'],
      alt: 'Summit Tracker commitment card: status Conditional, promised once a condition is met.',
    },
  ])('$name', ({ card, data, drawn, alt }) => {
    expect(card).toEqual(data);
    expect(drawnText(cardTree(card))).toEqual(drawn);
    expect(cardAltText(card)).toBe(alt);
  });

  test('an article that names no summit shows none; its card still has the headline and date', () => {
    const { summit: _summit, ...withoutSummit } = parisArticle;
    const card = articleCard(withoutSummit, siteWithSummit, SITE_URL);
    expect(drawnText(cardTree(card))).toEqual(['SUMMIT TRACKER', '· Coverage', 'Paris summit', 'Published 7 January 2026', 'tracker.test']);
    expect(cardAltText(card)).toBe('Summit Tracker article card: Paris summit; published 7 January 2026.');
  });

  test('an article page shows its own card; a draft shows the site card', () => {
    const published = articlePageMeta('paris-summit', parisArticle, siteWithSummit, new URL(SITE_URL));
    expect(published).toMatchObject({ image: '/og/articles/paris-summit.png', imageAlt: cardAltText(articleCard(parisArticle, siteWithSummit, SITE_URL)) });
    const draft = articlePageMeta('paris-summit', { ...parisArticle, draft: true }, siteWithSummit, new URL(SITE_URL));
    expect(draft).toMatchObject({ image: '/og/site.png', imageAlt: cardAltText(siteCard(SITE_URL)) });
  });

  test('the page description is the summary, with no dangling punctuation', () => {
    const meta = articlePageMeta('paris-summit', { ...parisArticle, summary: 'Allies set out guarantees, and —' }, siteWithSummit, new URL(SITE_URL));
    expect(meta.description).toBe('Allies set out guarantees, and');
  });

  test('a headline too long for four lines is cut after a whole word, with no dangling comma', () => {
    const [, , shown] = drawnText(cardTree(articleCard({ ...parisArticle, title: longHeadline }, siteWithSummit, SITE_URL)));
    expect(shown).toMatch(/…$/u);
    expect(shown).not.toMatch(/[,;:]…$/u);
    expect(longHeadline.startsWith(shown!.slice(0, -1))).toBe(true);
    expect(longHeadline[shown!.length - 1]).toMatch(/[\s,]/);
  });

  test('every status has its own card: seven in all, each with its symbol drawn', () => {
    const hashes = new Set(STATUSES.map((status) => cardHash(cardTree(statusCard(status, SITE_URL)))));
    expect(hashes.size).toBe(7);
    for (const status of STATUSES) expect(JSON.stringify(cardTree(statusCard(status, SITE_URL)))).toContain('"type":"svg"');
  });

  test('the cache key follows what is drawn: same card, same key; a changed actor, another key', () => {
    const card = speakerCard(starmer, site, SITE_URL);
    expect(cardHash(cardTree(card))).toBe(cardHash(cardTree(speakerCard(starmer, smallSite(), SITE_URL))));
    expect(cardHash(cardTree(speakerCard({ ...starmer, role: 'Leader of the Opposition' }, site, SITE_URL)))).not.toBe(cardHash(cardTree(card)));
    expect(cardHash(cardTree(speakerCard(macron, site, SITE_URL)))).not.toBe(cardHash(cardTree(card)));
    // What is not drawn (aliases, links) does not redraw the card.
    expect(cardHash(cardTree(speakerCard({ ...starmer, aliases: ['Sir Keir'] }, site, SITE_URL)))).toBe(cardHash(cardTree(card)));
  });
});

/** The words satori drew, in order: with the font not embedded, each is a `<text>` element. */
async function wordsDrawn(card: ShareCard): Promise<string> {
  const svg = await cardSvg(cardTree(card), { embedFont: false });
  const entities: Record<string, string> = { '&#39;': "'", '&quot;': '"', '&amp;': '&', '&lt;': '<', '&gt;': '>' };
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map(([, text]) => text!.replace(/&#39;|&quot;|&amp;|&lt;|&gt;/g, (entity) => entities[entity]!)).join('');
}

describe('drawn on the card, every line ends on a whole word', () => {
  // satori cuts into a word only when it clamps text itself: it must draw exactly the text given.
  test.each<[string, ShareCard]>([
    ['the site', siteCard(SITE_URL)],
    ...content.articles.map(({ id, data }): [string, ShareCard] => [`article ${id}`, articleCard(data, content, SITE_URL)]),
    ['a long headline', articleCard({ ...parisArticle, title: longHeadline }, siteWithSummit, SITE_URL)],
    ...[...content.actors.entries()].map(([id, actor]): [string, ShareCard] => [`speaker ${id}`, speakerCard(actor, content, SITE_URL)]),
    ...STATUSES.map((status): [string, ShareCard] => [`status ${status}`, statusCard(status, SITE_URL)]),
  ])('%s', async (_name, card) => {
    const given = drawnText(cardTree(card)).join('');
    expect((await wordsDrawn(card)).replace(/\s+/g, '')).toBe(given.replace(/\s+/g, ''));
  });
});

describe('rendering', () => {
  let cacheDir: string | undefined;
  afterAll(async () => {
    if (cacheDir) await rm(cacheDir, { recursive: true, force: true });
  });

  test('draws a 1200×630 PNG with the self-hosted font, then serves it from the cache', async () => {
    cacheDir = await mkdtemp(join(tmpdir(), 'og-cache-'));
    const card = speakerCard(macron, site, SITE_URL);
    const png = await renderShareCard(card, cacheDir);
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    const [cached] = await readdir(cacheDir);
    expect(cached).toBe(`${cardHash(cardTree(card))}.png`);
    // A second render of the same card reads the cached file instead of drawing again.
    await writeFile(join(cacheDir, cached ?? ''), 'cached bytes');
    expect(new TextDecoder().decode(await renderShareCard(card, cacheDir))).toBe('cached bytes');
    for (const other of [siteCard(SITE_URL), statusCard('stalled', SITE_URL), articleCard(parisArticle, siteWithSummit, SITE_URL)]) {
      expect(pngSize(await renderShareCard(other, cacheDir))).toEqual({ width: 1200, height: 630 });
    }
  }, 30_000);
});
