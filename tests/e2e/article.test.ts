import { expect, test } from 'vitest';
import { useBrowser } from './browser.ts';

const ARTICLE = '/articles/paris-summit-security-guarantees/';
const chromium = useBrowser();

test('the article page shows its quotes with speaker and source', async () => {
  const { page, close } = await chromium.open(ARTICLE);
  await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('Paris summit');
  const quotes = page.locator('.quote-card');
  expect(await quotes.count()).toBeGreaterThanOrEqual(15);
  const hardestYards = quotes.filter({ hasText: 'the hardest yards are still ahead.' });
  await expect(hardestYards.locator('a[href="/actors/keir-starmer/"]').textContent()).resolves.toBe('Keir Starmer');
  await expect(hardestYards.textContent()).resolves.toContain('Report on the Paris summit');
  await close();
});
