/**
 * Reading on a phone (issue 25): on every kind of page at 390 px the header stays within
 * 120 px and nothing scrolls the page sideways; the search page holds still while its
 * filters and results arrive (cumulative layout shift at most 0.1, at 390 and 1280 px).
 */
import { expect, test } from 'vitest';
import { url, useBrowser } from './browser.ts';
import { PAGE_KINDS } from './page-kinds.ts';

const PHONE_WIDTH = 390;
const MAX_HEADER_HEIGHT = 120;
const MAX_LAYOUT_SHIFT = 0.1;

const chromium = useBrowser();

test.each(Object.entries(PAGE_KINDS))('at 390 px the %s page (%s) has a compact header and never scrolls sideways', async (_kind, path) => {
  const { page, close } = await chromium.open(path, { width: PHONE_WIDTH });
  await page.waitForLoadState('networkidle');
  const { headerHeight, pageWidth } = await page.evaluate(() => ({
    headerHeight: document.querySelector('.site-header')!.getBoundingClientRect().height,
    pageWidth: document.documentElement.scrollWidth,
  }));
  await close();
  expect(headerHeight).toBeLessThanOrEqual(MAX_HEADER_HEIGHT);
  expect(pageWidth).toBeLessThanOrEqual(PHONE_WIDTH);
});

test('at 390 px every main navigation link is reachable without JavaScript', async () => {
  const { page, close } = await chromium.open('/', { width: PHONE_WIDTH, javaScript: false });
  const links = page.getByRole('navigation', { name: 'Main' }).getByRole('link');
  expect(await links.count()).toBeGreaterThanOrEqual(5);
  for (const link of await links.all()) {
    await link.scrollIntoViewIfNeeded();
    await expect(link.isVisible()).resolves.toBe(true);
  }
  await close();
});

/** The layout shift a reader sees while the page loads, searches and shows its results. */
async function layoutShiftWhileLoading(path: string, width: number): Promise<number> {
  const context = await chromium.browser.newContext({ viewport: { width, height: 900 } });
  await context.addInitScript(() => {
    const state = window as unknown as { layoutShift: number };
    state.layoutShift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) state.layoutShift += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const page = await context.newPage();
  await page.goto(url(path));
  if (new URL(path, 'http://x').search) await expect.poll(() => page.locator('[data-search-status]').textContent(), { timeout: 10_000 }).toMatch(/\S/);
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  const shift = await page.evaluate(() => (window as unknown as { layoutShift: number }).layoutShift);
  await context.close();
  return shift;
}

test.each([
  ['/search/?q=troops', 390],
  ['/search/?q=troops', 1280],
  ['/search/?type=commitment&status=pledged', 390],
  ['/search/?type=commitment&status=pledged', 1280],
  ['/search/', 390],
  ['/search/', 1280],
])('the search page %s at %i px shifts by at most 0.1 while it loads', async (path, width) => {
  const shift = await layoutShiftWhileLoading(path, width);
  console.log(`layout shift ${path} @${width}: ${shift.toFixed(3)}`);
  expect(shift).toBeLessThanOrEqual(MAX_LAYOUT_SHIFT);
});
