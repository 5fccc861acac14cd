/** The browser tests' Chromium (scripts/lib/chromium.ts) and the served site's addresses. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { pageUrl } from '../../scripts/lib/static-server.ts';

export { launchChromium };

/** The served site's address for a path, e.g. `url('/quotes/')`. */
export const url = (path: string) => pageUrl(inject('baseUrl'), path);

/**
 * One browser per test file. `open` gives a fresh page, records every request made, and fails
 * the test on script errors.
 */
export function useBrowser() {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    get browser() {
      return browser;
    },
    async open(path: string, options: { width?: number; colorScheme?: 'light' | 'dark'; javaScript?: boolean } = {}) {
      const context = await browser.newContext({
        viewport: { width: options.width ?? 1280, height: 900 },
        colorScheme: options.colorScheme ?? 'light',
        javaScriptEnabled: options.javaScript ?? true,
      });
      const page: Page = await context.newPage();
      const errors: Error[] = [];
      page.on('pageerror', (error) => errors.push(error));
      await page.goto(url(path));
      return { page, errors, close: () => context.close() };
    },
  };
}
