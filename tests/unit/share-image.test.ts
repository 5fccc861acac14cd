/** Share cards: what each shows, the cache key, and a real 1200×630 PNG (from the cache when drawn before). */
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { STATUSES } from '../../src/schemas/commitment.ts';
import { STATUS_LABELS } from '../../src/lib/labels.ts';
import { articlePageMeta } from '../../src/lib/page-meta.ts';
import { SITE_NAME } from '../../src/lib/publisher.ts';
import { articleCard, CARD_HEIGHT, cardAltText, siteCard, speakerCard, statusCard, type ShareCard } from '../../src/lib/share-card.ts';
import { cardHash, cardMarks, measureInCardFonts, renderShareCard, TEXT_LEFT, TEXT_RIGHT, type CardMark } from '../../src/lib/share-image.ts';
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

type TextMark = Extract<CardMark, { kind: 'text' }>;
const textMarks = (card: ShareCard) => cardMarks(card).filter((mark): mark is TextMark => mark.kind === 'text');
/** Every line of text drawn on a card, in order. */
const drawnLines = (card: ShareCard) => textMarks(card).map((mark) => mark.text);

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
    expect(drawnLines(card)).toEqual(drawn);
    expect(cardAltText(card)).toBe(alt);
  });

  test('an article that names no summit shows none; its card still has the headline and date', () => {
    const { summit: _summit, ...withoutSummit } = parisArticle;
    const card = articleCard(withoutSummit, siteWithSummit, SITE_URL);
    expect(drawnLines(card)).toEqual(['SUMMIT TRACKER', '· Coverage', 'Paris summit', 'Published 7 January 2026', 'tracker.test']);
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
    const headline = drawnLines(articleCard({ ...parisArticle, title: longHeadline }, siteWithSummit, SITE_URL)).slice(2, 6);
    const shown = headline.join(' ');
    expect(shown).toMatch(/…$/u);
    expect(shown).not.toMatch(/[,;:]…$/u);
    expect(longHeadline.startsWith(shown.slice(0, -1))).toBe(true);
    expect(longHeadline[shown.length - 1]).toMatch(/[\s,]/);
  });

  test('every status has its own card: seven in all, each with its symbol drawn in its colour', () => {
    const hashes = new Set(STATUSES.map((status) => cardHash(cardMarks(statusCard(status, SITE_URL)))));
    expect(hashes.size).toBe(7);
    for (const status of STATUSES) {
      const marks = cardMarks(statusCard(status, SITE_URL));
      const label = marks.find((mark) => mark.kind === 'text' && mark.text === STATUS_LABELS[status].label);
      expect(marks.filter((mark) => mark.kind === 'path').map((mark) => mark.color)).toContain(label?.color);
    }
  });

  test('the cache key follows what is drawn: same card, same key; a changed actor, another key', () => {
    const card = speakerCard(starmer, site, SITE_URL);
    const hash = cardHash(cardMarks(card));
    expect(cardHash(cardMarks(speakerCard(starmer, smallSite(), SITE_URL)))).toBe(hash);
    expect(cardHash(cardMarks(speakerCard({ ...starmer, role: 'Leader of the Opposition' }, site, SITE_URL)))).not.toBe(hash);
    expect(cardHash(cardMarks(speakerCard(macron, site, SITE_URL)))).not.toBe(hash);
    // What is not drawn (aliases, links) does not redraw the card.
    expect(cardHash(cardMarks(speakerCard({ ...starmer, aliases: ['Sir Keir'] }, site, SITE_URL)))).toBe(hash);
  });
});

/** The frame's own words, around the card's data. */
const FRAME_WORDS = `${SITE_NAME} · Coverage Speaker Commitment STATUS Published`;
/** Words compared without case and without the punctuation a cut or a sentence adds at their end. */
const wordsOf = (text: string) => text.split(/\s+/).filter(Boolean).map((word) => word.toLowerCase().replace(/[.,;:…]+$/u, ''));

describe('drawn on the card, every line fits and ends on a whole word', () => {
  test.each<[string, ShareCard]>([
    ['the site', siteCard(SITE_URL)],
    ...content.articles.map(({ id, data }): [string, ShareCard] => [`article ${id}`, articleCard(data, content, SITE_URL)]),
    ['a long headline', articleCard({ ...parisArticle, title: longHeadline }, siteWithSummit, SITE_URL)],
    ['Ukrainian, Greek, Polish and French', { kind: 'speaker', host: 'tracker.test', name: 'Володимир Зеленський', role: 'Πρωθυπουργός της Ελλάδας, Żółć, Élysée', country: 'Україна' }],
    ...[...content.actors.entries()].map(([id, actor]): [string, ShareCard] => [`speaker ${id}`, speakerCard(actor, content, SITE_URL)]),
    ...STATUSES.map((status): [string, ShareCard] => [`status ${status}`, statusCard(status, SITE_URL)]),
  ])('%s', (_name, card) => {
    const marks = textMarks(card);
    for (const { text, x, y, font } of marks) {
      expect(x).toBeGreaterThanOrEqual(TEXT_LEFT);
      expect(x + measureInCardFonts(text, font)).toBeLessThanOrEqual(TEXT_RIGHT);
      expect(y).toBeGreaterThan(0);
      expect(y).toBeLessThan(CARD_HEIGHT);
    }
    // The card's data that is written out (the symbol is drawn as a shape).
    const written = Object.entries(card).flatMap(([key, value]) => (['kind', 'status', 'symbol'].includes(key) ? [] : [String(value)]));
    const known = new Set(wordsOf([FRAME_WORDS, ...written].join(' ')));
    const drawn = wordsOf(marks.map((mark) => mark.text).join(' '));
    expect(drawn.filter((word) => !known.has(word))).toEqual([]);
    // Nothing cut: every word of the card's data is drawn.
    if (!marks.some((mark) => mark.text.endsWith('…'))) expect(wordsOf(written.join(' ')).filter((word) => !drawn.includes(word))).toEqual([]);
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
    expect(cached).toBe(`${cardHash(cardMarks(card))}.png`);
    // A second render of the same card reads the cached file instead of drawing again.
    await writeFile(join(cacheDir, cached ?? ''), 'cached bytes');
    expect(new TextDecoder().decode(await renderShareCard(card, cacheDir))).toBe('cached bytes');
    for (const other of [siteCard(SITE_URL), statusCard('stalled', SITE_URL), articleCard(parisArticle, siteWithSummit, SITE_URL)]) {
      expect(pngSize(await renderShareCard(other, cacheDir))).toEqual({ width: 1200, height: 630 });
    }
  }, 30_000);
});
