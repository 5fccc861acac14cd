/**
 * `npm run dev` keeps checking: in a throwaway project, a draft renders under its "Draft" banner,
 * a content mistake made while the server runs is printed in the terminal and stops every page
 * with the problem (Astro's error overlay) until it is fixed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { createTempProject, type TempProject } from '../support/temp-project.ts';

const ARTICLE = 'content/articles/2026/paris-summit-security-guarantees.md';
const PROBLEM = `${ARTICLE}: quotes[0].speaker: is not a known actor id ("keir-starmr"); did you mean "keir-starmer"?`;

let project: TempProject;
let browser: Browser;
let dev: ChildProcess;
let output = '';
let base = '';
let original = '';

/** Resolves once the server's output (since `from`) matches `pattern`. */
async function waitForOutput(pattern: RegExp, from = 0, timeout = 60_000): Promise<string> {
  const started = Date.now();
  while (Date.now() - started < timeout) {
    const match = pattern.exec(output.slice(from));
    if (match) return match[0];
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`dev server never printed ${pattern}:\n${output}`);
}

/** The page's status and text, once it answers with `status` (pages are re-rendered after a change settles). */
async function pageWhen(path: string, status: number, timeout = 30_000): Promise<string> {
  const started = Date.now();
  let last = '';
  while (Date.now() - started < timeout) {
    const response = await fetch(new URL(path, base));
    last = `${response.status}`;
    const text = await response.text();
    if (response.status === status) return text;
    await new Promise((done) => setTimeout(done, 250));
  }
  throw new Error(`${path} never answered ${status} (last ${last})`);
}

beforeAll(async () => {
  project = await createTempProject({ content: 'copy' });
  const created = await project.run('new', ['article', 'Fictional draft for the dev server']);
  if (created.code !== 0) throw new Error(created.output);
  original = await readFile(join(project.dir, ARTICLE), 'utf8');
  const port = 43_000 + Math.floor(Math.random() * 2_000);
  dev = spawn('npm', ['run', '--silent', 'dev', '--', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
    cwd: project.dir,
    // Without the test runner's NODE_ENV=test and VITEST, as an editor runs it.
    env: { ...Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'NODE_ENV' && !name.startsWith('VITEST'))), ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' },
    detached: true,
  });
  dev.stdout?.on('data', (chunk) => (output += chunk));
  dev.stderr?.on('data', (chunk) => (output += chunk));
  await waitForOutput(/http:\/\/127\.0\.0\.1:\d+\//);
  base = `http://127.0.0.1:${port}/`;
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  if (dev?.pid) process.kill(-dev.pid, 'SIGTERM');
  await project?.cleanup();
});

/** The text a reader sees at `path`, Astro's error overlay (in its shadow root) included. */
async function visibleText(path: string): Promise<string> {
  const page = await browser.newPage();
  try {
    await page.goto(new URL(path, base).href);
    await page.waitForLoadState('networkidle');
    const overlay = page.locator('vite-error-overlay');
    await overlay.waitFor({ state: 'attached', timeout: 10_000 }).catch(() => undefined);
    if (!(await overlay.count())) return await page.locator('body').innerText();
    return await overlay.evaluate((element) => element.shadowRoot?.textContent ?? '');
  } finally {
    await page.close();
  }
}

test('a draft renders with its Draft banner', async () => {
  await pageWhen('/articles/fictional-draft-for-the-dev-server/', 200, 60_000);
  const page = await browser.newPage();
  await page.goto(new URL('/articles/fictional-draft-for-the-dev-server/', base).href);
  const banner = page.getByRole('note');
  await expect(banner.innerText()).resolves.toMatch(/^Draft: only npm run dev shows this article/i);
  await expect(banner.isVisible()).resolves.toBe(true);
  await page.close();
}, 90_000);

test('a mistake made while the server runs is printed and shown on the pages until it is fixed', async () => {
  await pageWhen('/', 200, 60_000);
  const before = output.length;
  await project.write(ARTICLE, original.replace('    speaker: keir-starmer\n', '    speaker: keir-starmr\n'));
  await waitForOutput(new RegExp(PROBLEM.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')), before);
  for (const path of ['/', '/quotes/']) {
    await pageWhen(path, 500);
    expect(await visibleText(path)).toContain(PROBLEM);
  }
  const fixedAt = output.length;
  await project.write(ARTICLE, original);
  await waitForOutput(/Content OK again/, fixedAt);
  expect(await pageWhen('/quotes/', 200)).toContain('Keir Starmer');
}, 150_000);
