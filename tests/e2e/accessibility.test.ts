/** axe-core in Chromium on every kind of page, light and dark: WCAG 2.2 A/AA and best practices. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, test } from 'vitest';
import { url, useBrowser } from './browser.ts';
import { PAGE_KINDS } from './page-kinds.ts';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];


interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

const chromium = useBrowser();

test.each(Object.entries(PAGE_KINDS).flatMap(([kind, path]) => (['light', 'dark'] as const).map((scheme) => [kind, path, scheme] as const)))(
  'axe finds no violation on the %s page (%s) in %s theme',
  async (_kind, path, colorScheme) => {
    const context = await chromium.browser.newContext({ colorScheme, bypassCSP: true, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(url(path), { waitUntil: 'networkidle' });
    await page.evaluate(AXE_SOURCE);
    const violations = await page.evaluate(async (tags) => {
      const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> } }).axe;
      const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      return result.violations.map(({ id, help, nodes }) => ({ id, help, nodes: nodes.map((node) => node.target.join(' ')).slice(0, 5) }));
    }, TAGS);
    await context.close();
    expect(violations).toEqual([]);
  },
);
