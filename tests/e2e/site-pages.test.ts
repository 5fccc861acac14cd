/** The pages every site needs: the list of all articles and the page a host shows for an unknown URL. */
import { expect, test } from 'vitest';
import { url, useBrowser } from './browser.ts';

const chromium = useBrowser();

test('/articles/ lists every article, newest first, each linked to its page', async () => {
  const { page, close } = await chromium.open('/articles/');
  await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(/All articles/);
  const links = page.locator('main .article-list h2 a');
  expect(await links.count()).toBeGreaterThan(0);
  const dates = await page.locator('main .article-list time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));
  expect(dates).toEqual([...dates].sort().reverse());
  await links.first().click();
  await page.waitForURL(/\/articles\/[a-z0-9-]+\/$/);
  await close();
});

test('an unknown URL answers 404 with the site header, a search form and the main links', async () => {
  const response = await fetch(url('/articles/no-such-article/'));
  expect(response.status).toBe(404);
  const { page, close } = await chromium.open('/404.html');
  await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Page not found');
  await expect(page.getByRole('navigation', { name: 'Main' }).isVisible()).resolves.toBe(true);
  await page.getByLabel(/Words to search for in quotes/).fill('troops');
  await page.getByLabel(/Words to search for in quotes/).press('Enter');
  await page.waitForURL(/\/search\/\?q=troops/);
  await page.goBack();
  for (const name of ['All articles', 'Timeline', 'Quotes by speaker', 'Commitments']) {
    await expect(page.getByRole('main').getByRole('link', { name, exact: true }).count()).resolves.toBe(1);
  }
  await close();
});
