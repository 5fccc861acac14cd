import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type BrokenLink, findBrokenLinks } from '../../scripts/build/link-check.ts';
import { readSitePages } from '../../scripts/build/site-pages.ts';
import { findLostPermalinks, producedPermalinks, readLedger, recordPermalinks } from '../../scripts/build/permalinks.ts';

let dir: string;
const site = 'https://summit-tracker.example';
/** The broken links of the site in `siteDir`, read as the build reads it. */
const brokenLinks = (siteDir: string) => findBrokenLinks(siteDir, site, readSitePages(siteDir));
const write = async (path: string, text: string) => {
  await mkdir(dirname(join(dir, path)), { recursive: true });
  await writeFile(join(dir, path), text);
};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'link-check-'));
  await write('dist/index.html', `
    <a href="/quotes/a/">ok</a> <a href="/quotes/a/#speaker">ok fragment</a>
    <a href="/quotes/a/#:~:text=hello%20world">text fragment</a> <a href="https://example.org/x">external</a>
    <a href="${site}/quotes/a/">absolute on site</a> <a href="mailto:desk@example.org">mail</a>
    <img src="/images/a.png"> <a href="#top">top</a>
    <a href="/quotes/missing/">broken page</a> <a href="/quotes/a/#nowhere">broken fragment</a> <img src="/images/missing.png">`);
  await write('dist/quotes/a/index.html', '<h1 id="speaker">A</h1> <a href="../../">relative home</a> <a href="../b/">relative broken</a>');
  await write('dist/images/a.png', 'png');
  await mkdir(join(dir, 'content'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('findBrokenLinks', () => {
  test('lists exactly the broken pages, files and fragments', async () => {
    const broken = brokenLinks(join(dir, 'dist'));
    expect(broken).toEqual([
      { page: '/', href: '#top', reason: 'no element with id "top" on /' },
      { page: '/', href: '/quotes/missing/', reason: 'no such page or file' },
      { page: '/', href: '/quotes/a/#nowhere', reason: 'no element with id "nowhere" on /quotes/a/' },
      { page: '/', href: '/images/missing.png', reason: 'no such page or file' },
      { page: '/quotes/a/', href: '../b/', reason: 'no such page or file' },
    ]);
  });
});

describe('findBrokenLinks reads attributes as a browser would', () => {
  let broken: BrokenLink[];
  beforeAll(async () => {
    await write('scanner/quotes/a/index.html', `<h1 id="speaker">A</h1><h2 id="x&amp;y">entity id</h2><h2 id="caf\u00e9">accented</h2>
      <h2 id=plain>unquoted id</h2><h3 id='single'>single-quoted id</h3><a name="old-anchor">named anchor</a>`);
    await write('scanner/entities/index.html', `
      <a href="/quotes/a/?x=1&amp;y=2">query with an entity</a> <a href="&#47;quotes&#x2F;a&#47;">numeric references</a>
      <a href="/quotes/a/#x&amp;y">fragment with an entity</a> <a href="/quotes/a/#caf%C3%A9">percent-encoded fragment</a>
      <a href="/quotes/a/#caf\u00e9">non-ASCII fragment</a> <a href="/quotes/a/#caf&#233;">fragment with a numeric reference</a>
      <a href="/missing/?x=1&amp;y=2">broken, reported decoded</a>`);
    await write('scanner/quoting/index.html', `
      <a href='/quotes/a/#single'>single quotes</a> <a href=/quotes/a/#plain>unquoted</a>
      <a href='/missing-single/'>broken</a> <a href=/missing-unquoted/>broken</a>
      <a title="a > b" href="/missing-after-gt/">a quoted &gt; does not end the tag</a>
      <a data-note='see href="/not-a-link/"' href="/quotes/a/">other attributes' values are not attributes</a>
      <a HREF="/missing-upper/">upper-case name</a> <a href = "/missing-spaced/">spaces around =</a>
      <a href=/voil\u00e0/>unquoted, with a character whose UTF-8 holds the byte A0</a>`);
    await write('scanner/hidden/index.html', `
      <!-- <p id="in-comment"></p> <a href="/in-comment/">x</a> -->
      <script>const html = '<p id="in-script"></p><a href="/in-script/">x</a>';</script>
      <style>p::after { content: '<a href="/in-style/">' }</style>
      <noscript><a href="/in-noscript/">x</a></noscript> <script src="/missing.js"></script>
      <p title='id="in-title"' data-id="in-data">Write id="in-text" in text.</p>
      <a href="#in-comment">1</a> <a href="#in-script">2</a> <a href="#in-title">3</a> <a href="#in-data">4</a> <a href="#in-text">5</a>`);
    await write('scanner/targets/index.html', `
      <a href="/quotes/a/index.html#speaker">the file itself</a> <a href="/quotes/a/#speaker">its folder</a>
      <a href="/quotes/a/index.html#nowhere">broken</a> <a href="/quotes/a/#old-anchor">a name is not an id</a>
      <a href="/images/a.png#speaker">a file, not a page</a> <img src="/images/a.png" alt=""> <a href="/images/">no index.html</a>`);
    await write('scanner/images/a.png', 'png');
    // What RedirectPage.astro renders for a moved page whose target no longer exists.
    await write('scanner/old/index.html', `<!DOCTYPE html><html lang="en"><head><title>This page has moved</title>
      <link rel="canonical" href="${site}/quotes/gone/"><meta http-equiv="refresh" content="0; url=/quotes/gone/"></head>
      <body><main><p>This page has moved to <a href="/quotes/gone/">${site}/quotes/gone/</a>.</p></main></body></html>`);
    await write('scanner/moved/index.html', `<link rel="canonical" href="${site}/quotes/a/"><a href="/quotes/a/">moved</a>`);
    broken = brokenLinks(join(dir, 'scanner'));
  });
  const brokenOn = (page: string) => broken.filter((link) => link.page === page).map(({ href, reason }) => [href, reason]);

  test('decodes character references in attribute values', () => {
    expect(brokenOn('/entities/')).toEqual([['/missing/?x=1&y=2', 'no such page or file']]);
  });

  test('reads single-quoted, unquoted and upper-case attributes, and skips over other quoted values', () => {
    expect(brokenOn('/quoting/')).toEqual([
      ['/missing-single/', 'no such page or file'],
      ['/missing-unquoted/', 'no such page or file'],
      ['/missing-after-gt/', 'no such page or file'],
      ['/missing-upper/', 'no such page or file'],
      ['/missing-spaced/', 'no such page or file'],
      ['/voil\u00e0/', 'no such page or file'],
    ]);
  });

  test('ignores ids and links in comments, scripts, styles, attribute values and text, not in noscript (a reader without scripts follows those)', () => {
    expect(brokenOn('/hidden/')).toEqual([
      ['/in-noscript/', 'no such page or file'],
      ['/missing.js', 'no such page or file'],
      ...['in-comment', 'in-script', 'in-title', 'in-data', 'in-text'].map((id) => [`#${id}`, `no element with id "${id}" on /hidden/`]),
    ]);
  });

  test('finds a page by its folder or its index.html, and fragments only among ids', () => {
    expect(brokenOn('/targets/')).toEqual([
      ['/quotes/a/index.html#nowhere', 'no element with id "nowhere" on /quotes/a/index.html'],
      ['/quotes/a/#old-anchor', 'no element with id "old-anchor" on /quotes/a/'],
      ['/images/a.png#speaker', 'no element with id "speaker" on /images/a.png'],
      ['/images/', 'no such page or file'],
    ]);
  });

  test('checks the canonical link and the fallback link of a redirect page', () => {
    expect(brokenOn('/old/')).toEqual([
      [`${site}/quotes/gone/`, 'no such page or file'],
      ['/quotes/gone/', 'no such page or file'],
    ]);
    expect(brokenOn('/moved/')).toEqual([]);
  });

  test('lists pages in path order', () => {
    const pages = broken.map((link) => link.page);
    expect([...new Set(pages)]).toEqual(['/entities/', '/hidden/', '/old/', '/quoting/', '/targets/']);
  });
});

describe('the permalink ledger', () => {
  test('records new permalinks, keeps old ones and reports lost ones', async () => {
    await write('dist/articles/x/index.html', '<p>x</p>');
    expect(await producedPermalinks(join(dir, 'dist'))).toEqual(['/articles/x/', '/quotes/a/']);
    expect(await recordPermalinks(dir, await producedPermalinks(join(dir, 'dist')))).toEqual(['/articles/x/', '/quotes/a/']);
    expect(await recordPermalinks(dir, await producedPermalinks(join(dir, 'dist')))).toEqual([]);
    await rm(join(dir, 'dist/quotes/a'), { recursive: true });
    expect(await findLostPermalinks(dir, join(dir, 'dist'))).toEqual(['/quotes/a/']);
    expect(await readLedger(dir)).toEqual(['/articles/x/', '/quotes/a/']);
  });

  test('feeds readers subscribe to are permalinks too; other files are not', async () => {
    await write('feeds/changes.xml', '<feed/>');
    await write('feeds/commitments/c/feed.xml', '<feed/>');
    await write('feeds/commitments/c/index.html', '<p>c</p>');
    await write('feeds/data/quotes.json', '{}');
    await write('feeds/rss.xml', '<rss/>');
    expect(await producedPermalinks(join(dir, 'feeds'))).toEqual(['/changes.xml', '/commitments/c/', '/commitments/c/feed.xml']);
  });
});
