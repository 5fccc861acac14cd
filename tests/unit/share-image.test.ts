/** Share cards: what each shows, the cache key, and a real 1200×630 PNG (from the cache when drawn before). */
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { cardAltText, commitmentCard, quoteCard, siteCard } from '../../src/lib/share-card.ts';
import { cardHash, cardTree, renderShareCard } from '../../src/lib/share-image.ts';
import { SITE_URL, smallSite } from './fixtures/small-site.ts';

const site = smallSite();
const starmer = site.quoteById.get('starmer-hubs');
const macron = site.quoteById.get('macron-unity');
const hubs = site.commitmentById.get('uk-france-hubs');
if (!starmer || !macron || !hubs) throw new Error('fixture is complete');

/** Width and height from a PNG's IHDR chunk (bytes 16–23). */
function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(new TextDecoder().decode(png.subarray(12, 16))).toBe('IHDR');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe('card contents', () => {
  test('a quote card shows the words and the speaker, and a translation for another language', () => {
    expect(quoteCard(starmer, site, SITE_URL)).toMatchObject({
      kind: 'quote',
      host: 'tracker.test',
      label: 'Quote',
      text: starmer.quote.text,
      speaker: 'Keir Starmer',
      byline: 'Prime Minister of the United Kingdom · 6 January 2026, 18:30 UTC+01:00',
    });
    expect(quoteCard(macron, site, SITE_URL)).toMatchObject({ translation: 'An unprecedented unity', speaker: 'Emmanuel Macron' });
    expect(quoteCard(starmer, site, SITE_URL)).not.toHaveProperty('translation');
  });

  test('a commitment card shows the title, the parties and the status with its condition', () => {
    const card = commitmentCard(hubs, site, SITE_URL);
    expect(card).toMatchObject({ title: 'Military hubs', parties: ['United Kingdom', 'France'], status: 'conditional', statusLabel: 'Conditional', condition: 'a ceasefire' });
    expect(cardAltText(card)).toBe('Commitment by United Kingdom and France: Military hubs. Status: Conditional, on a ceasefire.');
  });

  test('the cache key follows what is drawn: same card, same key; other words, other key', () => {
    const card = quoteCard(starmer, site, SITE_URL);
    if (card.kind !== 'quote') throw new Error('a quote card');
    expect(cardHash(cardTree(card))).toBe(cardHash(cardTree(quoteCard(starmer, smallSite(), SITE_URL))));
    expect(cardHash(cardTree({ ...card, text: 'other words' }))).not.toBe(cardHash(cardTree(card)));
  });
});

describe('rendering', () => {
  let cacheDir: string | undefined;
  afterAll(async () => {
    if (cacheDir) await rm(cacheDir, { recursive: true, force: true });
  });

  test('draws a 1200×630 PNG with the self-hosted font, then serves it from the cache', async () => {
    cacheDir = await mkdtemp(join(tmpdir(), 'og-cache-'));
    const card = quoteCard(macron, site, SITE_URL);
    const png = await renderShareCard(card, cacheDir);
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    const [cached] = await readdir(cacheDir);
    expect(cached).toBe(`${cardHash(cardTree(card))}.png`);
    // A second render of the same card reads the cached file instead of drawing again.
    await writeFile(join(cacheDir, cached ?? ''), 'cached bytes');
    expect(new TextDecoder().decode(await renderShareCard(card, cacheDir))).toBe('cached bytes');
    const sitePng = await renderShareCard(siteCard(SITE_URL), cacheDir);
    expect(pngSize(sitePng)).toEqual({ width: 1200, height: 630 });
  }, 30_000);
});
