/** The steps after `astro build` (scripts/build/steps.ts), each on a small site written here. */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { articleBodies } from '../../scripts/build/article-bodies.ts';
import { hostFiles } from '../../scripts/build/host-files.ts';
import { linkCheck } from '../../scripts/build/link-check.ts';
import { permalinkCheck } from '../../scripts/build/permalinks.ts';
import { readSitePages } from '../../scripts/build/site-pages.ts';
import { BuildFailure, buildContext, runSteps, type BuildContext, type BuildStep } from '../../scripts/build/steps.ts';
import type { Redirect } from '../../src/lib/redirects.ts';

const site = 'https://summit-tracker.example';
let root: string;
const write = async (path: string, text: string) => {
  await mkdir(dirname(join(root, path)), { recursive: true });
  await writeFile(join(root, path), text);
};

/** A fresh site folder under the project `root`, with `files`, and a context over it. */
async function siteWith(name: string, files: Record<string, string>, redirects: Redirect[] = []): Promise<BuildContext> {
  for (const [path, text] of Object.entries(files)) await write(`${name}/${path}`, text);
  return buildContext({ root, siteDir: join(root, name), site, redirects });
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'build-steps-'));
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe('readSitePages', () => {
  test('keeps each page\'s ids, links and whether its article body holds text', async () => {
    await write('read/index.html', '<h1 id="top">Home</h1><a href="/articles/a/">A</a><a href="/articles/a/">again</a><img src="/x.png" alt="">');
    await write('read/articles/a/index.html', '<div data-article-body><p>Some <em>text</em></p></div>');
    await write('read/articles/b/index.html', '<div data-article-body>\n  <p> </p>\n</div><p>Text outside the body</p>');
    await write('read/404.html', '<p id="lost">Not found</p>');
    const pages = readSitePages(join(root, 'read'));
    expect([...pages.keys()]).toEqual(['/404.html', '/articles/a/', '/articles/b/', '/']);
    expect(pages.get('/')).toEqual({ file: 'index.html', ids: new Set(['top']), links: ['/articles/a/', '/x.png'] });
    expect(pages.get('/articles/a/')?.articleBodyHasText).toBe(true);
    expect(pages.get('/articles/b/')?.articleBodyHasText).toBe(false);
    expect(pages.get('/404.html')?.articleBodyHasText).toBeUndefined();
  });
});

describe('articleBodies', () => {
  test('fails on an article page whose body is empty or missing, but not on a redirect page', async () => {
    const context = await siteWith(
      'bodies',
      {
        'articles/full/index.html': '<div data-article-body><p>Text</p></div>',
        'articles/empty/index.html': '<div data-article-body></div>',
        'articles/none/index.html': '<h1>No body</h1>',
        'articles/old/index.html': '<p>This page has moved</p>',
      },
      [{ from: '/articles/old/', to: '/articles/full/' }],
    );
    expect(() => articleBodies.run(context)).toThrow(
      new BuildFailure('article pages without a body: articles/empty/index.html, articles/none/index.html'),
    );
  });
});

describe('linkCheck', () => {
  test('passes a site whose links all lead somewhere, and lists every broken one otherwise', async () => {
    const good = await siteWith('links-good', { 'index.html': '<a href="/a/#x">a</a>', 'a/index.html': '<p id="x">x</p>' });
    expect(linkCheck.run(good)).toBeUndefined();
    const bad = await siteWith('links-bad', { 'index.html': '<a href="/a/#y">a</a> <a href="/b/">b</a>', 'a/index.html': '<p id="x">x</p>' });
    expect(() => linkCheck.run(bad)).toThrow(
      new BuildFailure('2 broken internal link(s):\n  /: /a/#y (no element with id "y" on /a/)\n  /: /b/ (no such page or file)'),
    );
  });
});

describe('permalinkCheck', () => {
  test('fails when a URL of the ledger is no longer produced', async () => {
    await write('content/permalinks.txt', '/quotes/kept/\n/quotes/gone/\n');
    const context = await siteWith('permalinks', { 'quotes/kept/index.html': '<p>kept</p>' });
    await expect(permalinkCheck.run(context)).rejects.toThrow(/1 URL\(s\) in content\/permalinks\.txt are no longer produced:\n {2}\/quotes\/gone\//);
    await write('permalinks/quotes/gone/index.html', '<p>back</p>');
    await expect(permalinkCheck.run(context)).resolves.toBeUndefined();
  });
});

describe('hostFiles', () => {
  test('writes the redirects, and the headers for every part of the search index the build listed', async () => {
    const listing = { script: '/pagefind/pagefind.js', parts: [{ path: '/pagefind/' }, { path: '/pagefind/part-1/' }] };
    const context = await siteWith('host', { 'index.html': '<p>home</p>', 'search/index-parts.json': JSON.stringify(listing) }, [{ from: '/quotes/old/', to: '/quotes/new/' }]);
    await hostFiles.run(context);
    expect(await readFile(join(root, 'host/_redirects'), 'utf8')).toContain('/quotes/old/ /quotes/new/ 301');
    const headers = await readFile(join(root, 'host/_headers'), 'utf8');
    expect(headers).toContain('X-Content-Type-Options: nosniff');
    expect(headers).toContain('/pagefind/part-1/fragment/*');
    expect(headers).not.toContain('/pagefind/part-2/');
  });
});

describe('runSteps', () => {
  test('runs the steps in order, prints their lines and phases, and reads the pages once', async () => {
    const context = await siteWith('run', { 'index.html': '<p id="a">a</p>' });
    const ran: string[] = [];
    const step = (name: string): BuildStep => ({
      name,
      run: (ctx) => {
        ran.push(`${name}:${ctx.pages.size}`);
        return `${name} done`;
      },
    });
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      await runSteps([step('one'), step('two')], context);
      expect(ran).toEqual(['one:1', 'two:1']);
      expect(context.pages).toBe(context.pages);
      const lines = log.mock.calls.map(([line]) => String(line));
      expect(lines[0]).toBe('one done');
      expect(lines[1]).toMatch(/^\[phase\] one: \d+\.\d\d s$/);
      expect(lines[3]).toMatch(/^\[phase\] two: /);
    } finally {
      log.mockRestore();
    }
  });

  test('stops at the first step that fails', async () => {
    const context = await siteWith('stop', { 'index.html': '<p>a</p>' });
    const after = vi.fn();
    const failing: BuildStep = { name: 'failing', run: () => { throw new BuildFailure('stop here'); } };
    await expect(runSteps([failing, { name: 'after', run: after }], context)).rejects.toThrow('stop here');
    expect(after).not.toHaveBeenCalled();
  });
});
