/**
 * `npm run screenshots -- /path/ /other/`: serves dist/ and saves each page at 390 px and
 * 1280 px, light and dark, in screenshots/ for a person to look at.
 */
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { launchChromium } from './lib/chromium.ts';
import { serveStatic } from './lib/static-server.ts';

const paths = process.argv.slice(2);
const server = await serveStatic(resolve('dist'));
const browser = await launchChromium();
await mkdir('screenshots', { recursive: true });
try {
  for (const path of paths.length ? paths : ['/']) {
    for (const width of [390, 1280]) {
      for (const colorScheme of ['light', 'dark'] as const) {
        const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme });
        const page = await context.newPage();
        await page.goto(server.url(path), { waitUntil: 'networkidle' });
        const name = `${path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}-${width}-${colorScheme}.png`;
        await page.screenshot({ path: `screenshots/${name}`, fullPage: true });
        console.log(`screenshots/${name}`);
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
