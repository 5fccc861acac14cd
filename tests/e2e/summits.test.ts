/** The Paris summit page on the real content: every commitment made there, each status dated 6 January 2026. */
import { expect, test } from 'vitest';
import { url, useBrowser } from './browser.ts';

const chromium = useBrowser();

test('the Paris summit page lists every commitment of the Paris coverage, each with its status as of 6 January 2026', async () => {
  // Every commitment the Paris article reports (12 when the issue was written; corrections may remove one).
  const data = (await (await fetch(url('/data/commitments.json'))).json()) as { records: { article_id: string }[] };
  const PARIS_COMMITMENTS = data.records.filter((record) => record.article_id === 'paris-summit-security-guarantees').length;
  expect(PARIS_COMMITMENTS).toBeGreaterThanOrEqual(11);
  const { page, errors, close } = await chromium.open('/summits/paris-2026-01-06/');
  await expect(page.locator('h1').innerText()).resolves.toContain('Paris');
  await expect(page.locator('#commitments-heading').innerText()).resolves.toBe(`Commitments made there (${PARIS_COMMITMENTS})`);
  const statuses = await page.locator('.commitment-card .dated-status').allInnerTexts();
  expect(statuses).toHaveLength(PARIS_COMMITMENTS);
  for (const status of statuses) expect(status).toMatch(/ as of 6 January 2026$/);
  const dates = await page.locator('.commitment-card .dated-status time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime')));
  expect(dates).toEqual(Array(PARIS_COMMITMENTS).fill('2026-01-06'));
  // The tally adds up to every commitment.
  const counts = await page.locator('.status-counts li').allInnerTexts();
  expect(counts.reduce((sum, line) => sum + Number(/(\d+)$/.exec(line.trim())?.[1]), 0)).toBe(PARIS_COMMITMENTS);
  // No host: the source does not say who hosted.
  await expect(page.locator('dl.meta dt', { hasText: 'Host' }).count()).resolves.toBe(0);
  expect(errors).toEqual([]);
  await close();
});

test('the article and the summits list lead to the summit', async () => {
  const { page, close } = await chromium.open('/summits/');
  await expect(page.locator('a[href="/summits/paris-2026-01-06/"]').count()).resolves.toBe(1);
  await page.goto(new URL('/commitments/uk-france-military-hubs/', page.url()).href);
  await expect(page.locator('a[href="/summits/paris-2026-01-06/"]').count()).resolves.toBe(1);
  await page.goto(new URL('/', page.url()).href);
  await expect(page.locator('header a[href="/summits/"]').count()).resolves.toBe(1);
  await expect(page.locator('main a[href="/summits/paris-2026-01-06/"]').count()).resolves.toBe(1);
  await close();
});
