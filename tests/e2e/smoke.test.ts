import { expect, test } from 'vitest';
import { useBrowser } from './browser.ts';

const chromium = useBrowser();
test('home page links to the article', async () => {
  const { page, close } = await chromium.open('/');
  await page.getByRole('link', { name: /Paris summit/ }).first().click();
  await page.waitForURL(/\/articles\//);
  expect(await page.locator('[data-article-body]').textContent()).toContain('Coalition of');
  await close();
});
