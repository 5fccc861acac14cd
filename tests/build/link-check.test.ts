import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { findBrokenLinks } from '../../scripts/build/link-check.ts';
import { findLostPermalinks, producedPermalinks, readLedger, recordPermalinks } from '../../scripts/build/permalinks.ts';

let dir: string;
const site = 'https://summit-tracker.example';
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
    const broken = await findBrokenLinks(join(dir, 'dist'), site);
    expect(broken).toEqual([
      { page: '/', href: '#top', reason: 'no element with id "top" on /' },
      { page: '/', href: '/quotes/missing/', reason: 'no such page or file' },
      { page: '/', href: '/quotes/a/#nowhere', reason: 'no element with id "nowhere" on /quotes/a/' },
      { page: '/', href: '/images/missing.png', reason: 'no such page or file' },
      { page: '/quotes/a/', href: '../b/', reason: 'no such page or file' },
    ]);
  });
});

describe('the permalink ledger', () => {
  test('records new permalinks, keeps old ones and reports lost ones', async () => {
    await write('dist/articles/x/index.html', '<p>x</p>');
    expect(await producedPermalinks(join(dir, 'dist'))).toEqual(['/articles/x/', '/quotes/a/']);
    expect(await recordPermalinks(dir, join(dir, 'dist'))).toEqual(['/articles/x/', '/quotes/a/']);
    expect(await recordPermalinks(dir, join(dir, 'dist'))).toEqual([]);
    await rm(join(dir, 'dist/quotes/a'), { recursive: true });
    expect(await findLostPermalinks(dir, join(dir, 'dist'))).toEqual(['/quotes/a/']);
    expect(await readLedger(dir)).toEqual(['/articles/x/', '/quotes/a/']);
  });
});
