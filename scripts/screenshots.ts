/**
 * `npm run screenshots -- /path/ /other/`: serves dist/ and saves each page at 390 px and
 * 1280 px, light and dark, in screenshots/ for a person to look at.
 */
import { preview } from 'astro';
import { mkdir } from 'node:fs/promises';
import { chromium } from 'playwright-core';

const paths = process.argv.slice(2);
const server = await preview({ root: process.cwd(), logLevel: 'error', server: { host: '127.0.0.1', port: 0 } });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
await mkdir('screenshots', { recursive: true });
try {
  for (const path of paths.length ? paths : ['/']) {
    for (const width of [390, 1280]) {
      for (const colorScheme of ['light', 'dark'] as const) {
        const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme });
        const page = await context.newPage();
        await page.goto(`http://127.0.0.1:${server.port}${path}`, { waitUntil: 'networkidle' });
        const name = `${path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}-${width}-${colorScheme}.png`;
        await page.screenshot({ path: `screenshots/${name}`, fullPage: true });
        console.log(`screenshots/${name}`);
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
  await server.stop();
}
