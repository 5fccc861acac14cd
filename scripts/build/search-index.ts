/**
 * Indexes the built pages with Pagefind's Node API and writes the index into `<site>/pagefind/`.
 *
 * One Pagefind record per article, person and country page; an article's quotes and
 * commitments are sections of its record, not records of their own. Pagefind's metadata file,
 * which every first query downloads whole, lists every record (~9 bytes each, gzipped): with a
 * record per quote and commitment it reached ~800 KB at 10,000 articles. Each result item (the
 * page itself and each quote and commitment in it) starts with an anchor whose
 * `data-pagefind-title` encodes it (src/lib/search-items.ts), so the search page can list each
 * quote and commitment as a result of its own, with its own URL, type and filter values.
 *
 * What a page contributes is what it marks `data-pagefind-body` (detail pages only: listings
 * never duplicate a result), and its SearchMeta block says what the page is: type, filter
 * values, result-card lines, sort date and, for a quote or commitment, the page whose record
 * holds it (`data-search-within`). The record's filters are the union of its items' values; the
 * page narrows to items itself. Pagefind reports problems in `errors` instead of throwing:
 * every one fails the build, as do an empty index, an item whose record does not exist, and a
 * record count that differs from what was composed (a site without working search must never
 * be published).
 *
 * Also writes `/search/counts.json`: every filter value's count of items over the whole site,
 * which the search page shows on a blank search (Pagefind's own filter counts are per record).
 *
 * A large site is indexed in parts of at most RECORDS_PER_PART records, one Pagefind process
 * after another: Pagefind holds a whole index in memory while it writes it (3.7 GB for the
 * ~10,000 records of 10,000 articles, against 1.6 GB for a third of them, and in a fifth of the
 * time). Part 0 is Pagefind's usual `/pagefind/`. Every part is listed in
 * `/search/index-parts.json` with the files its search starts with, which the search page
 * preloads together; it merges the parts into one search (`mergeIndex`).
 * Each part is kept in the build cache by the hash of its records, and a later build that
 * composes the same records takes it from there instead of running Pagefind again.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { CACHE_DIR } from '../../src/lib/cache-dir.ts';
import { encodeSearchItem, NAMES_ANCHOR, totalCounts, type ItemFilterKey, type SearchItem } from '../../src/lib/search-items.ts';
import { FILTER_KEYS, SEARCH_INDEX_LANGUAGE, type SearchIndexPart } from '../../src/lib/search-state.ts';
import { searchCountsUrl, searchIndexEntryUrl, searchIndexMetaUrl, searchIndexPartsUrl, searchIndexPartUrl } from '../../src/lib/urls.ts';
import { htmlFiles, sitePathOfPage } from './site-pages.ts';

export class SearchIndexFailure extends Error {}

/**
 * What shapes a part's files besides its records: English only (quotes in other languages sit
 * inside English pages, and one language keeps the first query to one WebAssembly file and one
 * metadata file per part), and Pagefind's version. What a page leaves out of the index (labels,
 * text every quote or commitment repeats) it marks `data-pagefind-ignore`, and the build cuts
 * it out before composing records, so a record's text is exactly what Pagefind indexes.
 */
const INDEX_OPTIONS = {
  forceLanguage: SEARCH_INDEX_LANGUAGE,
  pagefind: pagefindVersion(),
};

/** Pagefind's version, from its package.json (which the package does not export). */
function pagefindVersion(): string {
  let folder = dirname(fileURLToPath(import.meta.resolve('pagefind')));
  while (!existsSync(join(folder, 'package.json')) && dirname(folder) !== folder) folder = dirname(folder);
  return (JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as { version: string }).version;
}

/** Where the parts of earlier builds are kept, by the hash of what they were made from. */
export const SEARCH_INDEX_CACHE_DIR = join(CACHE_DIR, 'search-index');
/** A kept part not used by a build for this long is removed (builds of other copies of the project may share the cache). */
const CACHE_KEEP_MS = 24 * 60 * 60 * 1000;

/** At most this many records in one part of the index (see the top of this file). */
export const RECORDS_PER_PART = 3500;

/** The file under the site's folder that a site path (`/search/counts.json`) is served from. */
const siteFile = (siteDir: string, path: string) => join(siteDir, ...path.split('/').filter(Boolean));

/** What one page of the built site gives the index. */
export interface SourcePage {
  url: string;
  item: SearchItem;
  /** The record holding this page (its article), for quotes and commitments. */
  within?: string;
  /** `key:value` filter pairs, the type included. */
  filters: string[];
  /** The page's `data-pagefind-meta` spans as written (they become the record's metadata). */
  metaHtml: string;
  /** The `data-pagefind-sort` value as written: `date:20260106`. */
  sort: string;
  /** The marked body without its SearchMeta block, ignored parts and ids. */
  body: string;
}

function failOn(step: string, errors: readonly string[]): void {
  if (errors.length) throw new SearchIndexFailure(`search index: ${step} failed: ${errors.join('; ')}`);
}

/** From a written part's entry file: its pages, and the hash that names its metadata file. */
async function readEntry(outputPath: string): Promise<{ pageCount: number; languageHash: string }> {
  const file = join(outputPath, 'pagefind-entry.json');
  const entry = JSON.parse(await readFile(file, 'utf8')) as { languages?: Record<string, { page_count?: number; hash?: string }> };
  const languageHash = entry.languages?.[SEARCH_INDEX_LANGUAGE]?.hash;
  if (!languageHash) throw new SearchIndexFailure(`search index: ${file} has no "${SEARCH_INDEX_LANGUAGE}" index, which the build forces`);
  return { pageCount: Object.values(entry.languages ?? {}).reduce((sum, language) => sum + (language.page_count ?? 0), 0), languageHash };
}

const BODY_ATTRIBUTE = 'data-pagefind-body';
/** A page's own file (`quotes/x/index.html`), not an error page's (`404.html`). */
const INDEX_PAGE = /(^|\/)index\.html$/;

/**
 * The element whose start tag holds `at` (an index into `html`), as `[start, end)`. Astro writes
 * well-formed HTML, so the element ends at the close tag that balances its name.
 */
function elementAround(html: string, at: number): [number, number] | undefined {
  const start = html.lastIndexOf('<', at);
  const name = /<([a-zA-Z][\w-]*)/y;
  name.lastIndex = start;
  const tag = name.exec(html)?.[1];
  if (start < 0 || !tag) return undefined;
  const tags = new RegExp(`<(/?)${tag}(?=[\\s>/])`, 'gi');
  tags.lastIndex = start;
  let depth = 0;
  for (let match = tags.exec(html); match; match = tags.exec(html)) {
    depth += match[1] ? -1 : 1;
    if (depth === 0) {
      const end = html.indexOf('>', match.index);
      return end < 0 ? undefined : [start, end + 1];
    }
  }
  return undefined;
}

/**
 * The element marked `data-pagefind-body`, cut out of the page's HTML with string scans: parsing
 * pages into a DOM (node-html-parser) cost ~150 s at 93k pages in the link check.
 */
export function bodyElementHtml(html: string): string | undefined {
  const at = html.indexOf(BODY_ATTRIBUTE);
  const range = at < 0 ? undefined : elementAround(html, at);
  return range && html.slice(...range);
}

/** `html` without the elements whose start tag holds `attribute` (and everything inside them). */
function withoutElements(html: string, attribute: string): string {
  let text = html;
  for (let at = text.indexOf(attribute); at >= 0; at = text.indexOf(attribute, at)) {
    const range = elementAround(text, at);
    if (!range) break;
    text = text.slice(0, range[0]) + text.slice(range[1]);
    at = range[0];
  }
  return text;
}

const ENTITY = /&(?:#(\d+)|#[xX]([\da-fA-F]+)|(amp|lt|gt|quot|apos|nbsp));/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
/** Decodes the character references Astro writes in text and attribute values. */
const decodeEntities = (value: string) =>
  value.includes('&')
    ? value.replace(ENTITY, (reference, decimal?: string, hex?: string, name?: string) =>
        name ? (NAMED[name] ?? reference) : String.fromCodePoint(decimal ? Number(decimal) : Number.parseInt(hex ?? '', 16)),
      )
    : value;

/** A start tag with its attributes (a quoted value may hold `>`). */
const START_TAG = /<([a-zA-Z][^\s/>]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const ATTRIBUTE = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;

/** `html` with no `id` attribute left on any element. */
const withoutIds = (html: string) =>
  html.replace(START_TAG, (tag, name: string, attributes: string) => {
    if (!/\sid\s*=/i.test(attributes)) return tag;
    const kept = [...attributes.matchAll(ATTRIBUTE)].filter(([, key]) => key?.toLowerCase() !== 'id').map(([token]) => ` ${token}`);
    return `<${name}${kept.join('')}>`;
  });

/** The start tags of `html` with their attributes, entity-decoded. */
function* startTags(html: string): Generator<{ name: string; attributes: Map<string, string> }> {
  for (const [, name, attributes] of html.matchAll(START_TAG)) {
    const map = new Map<string, string>();
    for (const [, key, double, single, bare] of (attributes ?? '').matchAll(ATTRIBUTE)) {
      if (key) map.set(key.toLowerCase(), decodeEntities(double ?? single ?? bare ?? ''));
    }
    yield { name: (name ?? '').toLowerCase(), attributes: map };
  }
}

/** Reads one page: undefined when it marks nothing for search (listings, redirects). */
export function readSourcePage(file: string, html: string): SourcePage | undefined {
  const marked = bodyElementHtml(html);
  if (!marked) return undefined;
  const url = sitePathOfPage(file);
  const metaAt = marked.indexOf('data-search-meta');
  const metaRange = metaAt < 0 ? undefined : elementAround(marked, metaAt);
  if (!metaRange) throw new SearchIndexFailure(`search index: ${url} has no SearchMeta block in its data-pagefind-body`);
  const searchMeta = marked.slice(...metaRange);

  const filters: string[] = [];
  const meta: Record<string, string> = {};
  const metaSpans: string[] = [];
  let sort = '';
  let within: string | undefined;
  for (const { attributes } of startTags(searchMeta)) {
    if (attributes.has('data-search-meta')) within = attributes.get('data-search-within') || undefined;
    const filter = attributes.get('data-pagefind-filter');
    if (filter !== undefined) filters.push(filter);
    const field = attributes.get('data-pagefind-meta');
    if (field !== undefined) {
      const value = attributes.get('data-value') ?? '';
      meta[field.replace(/\[.*$/, '')] = value;
      metaSpans.push(`<span data-pagefind-meta="${escapeAttribute(field)}" data-value="${escapeAttribute(value)}"></span>`);
    }
    sort = attributes.get('data-pagefind-sort') ?? sort;
  }

  const types = filters.filter((pair) => pair.startsWith('type:')).map((pair) => pair.slice('type:'.length));
  if (types.length !== 1) throw new SearchIndexFailure(`search index: ${url} must have exactly one type filter, has ${types.length}`);
  const itemFilters: SearchItem['filters'] = {};
  for (const pair of filters) {
    const colon = pair.indexOf(':');
    const key = pair.slice(0, colon) as ItemFilterKey;
    if (key === ('type' as string)) continue;
    if (!(FILTER_KEYS as readonly string[]).includes(key)) throw new SearchIndexFailure(`search index: ${url} has an unknown filter key "${key}"`);
    (itemFilters[key] ??= []).push(pair.slice(colon + 1));
  }

  // Without the SearchMeta block, what Pagefind would drop anyway, and ids (each would become an
  // anchor in the fragment, and a heading's would split its item's section).
  const body = withoutIds(withoutElements(marked.slice(0, metaRange[0]) + marked.slice(metaRange[1]), 'data-pagefind-ignore'));
  const heading = /<h1\b[^>]*>([\s\S]*?)<\/h1>/i.exec(body)?.[1];
  const title = meta['title'] || (heading ? decodeEntities(heading.replace(/<[^>]*>/g, '')).replace(/\s+/g, ' ').trim() : undefined);
  // SearchMeta joins the other spellings with ", " (no spelling holds one).
  const aliases = meta['aliases']?.split(', ').filter(Boolean) ?? [];
  const item: SearchItem = {
    url,
    type: types[0] as string,
    filters: itemFilters,
    ...(title ? { title } : {}),
    ...(meta['who'] ? { who: meta['who'] } : {}),
    ...(meta['date'] ? { date: meta['date'] } : {}),
    ...(meta['when'] ? { when: meta['when'] } : {}),
    ...(aliases.length ? { aliases } : {}),
  };
  return {
    url,
    item,
    ...(within ? { within } : {}),
    filters,
    metaHtml: metaSpans.join(''),
    sort,
    // Inside the marked element's own tags.
    body: body.slice(body.indexOf('>') + 1, body.lastIndexOf('<')),
  };
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const escapeText = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** An item's anchor: where its words start in the record. */
const anchor = (tag: string, index: number, item: SearchItem) =>
  `<${tag} id="s${index}" data-pagefind-title="${escapeAttribute(encodeSearchItem(item))}">`;

/**
 * The HTML Pagefind indexes for one record: the page's own metadata, sort date and the union of
 * its items' filter values, then the page itself and each of its items as a section, then once
 * each name its items are found by (a quote's speaker and their other spellings were searchable
 * metadata of the quote's page) that the record's text does not already hold.
 */
export function composeRecord(page: SourcePage, items: readonly SourcePage[]): string {
  const filters = [...new Set([page, ...items].flatMap((source) => source.filters))];
  const sections = items.map((source, index) => `${anchor('section', index + 1, source.item)}${source.body}</section>`);
  const text = [page.body, ...items.map((source) => source.body)].join('');
  // A commitment's `who` is its parties joined with ", ": each is looked for on its own.
  const names = [...new Set(items.flatMap(({ item }) => [...(item.who?.split(', ') ?? []), ...(item.aliases ?? [])]))].filter(
    (name) => !text.includes(escapeText(name)),
  );
  return (
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title></title></head><body><main data-pagefind-body>' +
    `<div hidden>${filters.map((pair) => `<span data-pagefind-filter="${escapeAttribute(pair)}"></span>`).join('')}${page.metaHtml}${page.sort ? `<span data-pagefind-sort="${escapeAttribute(page.sort)}"></span>` : ''}</div>` +
    `${anchor('div', 0, page.item)}</div>${page.body}${sections.join('')}` +
    (names.length ? `<div id="names" data-pagefind-title="${NAMES_ANCHOR}"></div><p>${names.map(escapeText).join(', ')}</p>` : '') +
    '</main></body></html>'
  );
}

/** Runs `work` over `inputs` with at most `limit` at a time, in order of the inputs. */
async function mapLimit<T, R>(inputs: readonly T[], limit: number, work: (input: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(inputs.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, inputs.length) }, async () => {
      while (next < inputs.length) {
        const index = next++;
        results[index] = await work(inputs[index] as T);
      }
    }),
  );
  return results;
}

/** One record of the index: a page and the quotes and commitments it holds. */
export interface IndexRecord {
  page: SourcePage;
  items: SourcePage[];
}

/**
 * Reads every page of `siteDir` but the `redirects` (site paths of the redirect pages the content
 * declares) and groups quotes and commitments under their article.
 */
function collectRecords(siteDir: string, redirects: ReadonlySet<string>): IndexRecord[] {
  const pages: SourcePage[] = [];
  // Synchronous reads, one after another: for 9,000 small files they take a sixth of the time
  // of promise-based reads, however many run at once (0.5 s against 3.1 s).
  for (const file of htmlFiles(siteDir)) {
    if (!INDEX_PAGE.test(file) || redirects.has(sitePathOfPage(file))) continue;
    const html = readFileSync(join(siteDir, file), 'utf8');
    const page = html.includes(BODY_ATTRIBUTE) ? readSourcePage(file, html) : undefined;
    // A copy: V8 keeps a whole string alive while any slice of it is, so the slices a page
    // keeps (its body, title…) would hold every page's HTML, 2.8 GB at 10,000 articles.
    if (page) pages.push(structuredClone(page));
  }

  const records = new Map(pages.filter((page) => !page.within).map((page) => [page.url, { page, items: [] as SourcePage[] }]));
  const orphans: string[] = [];
  for (const page of pages) {
    if (!page.within) continue;
    const record = records.get(page.within);
    if (record) record.items.push(page);
    else orphans.push(`${page.url} (in ${page.within})`);
  }
  if (orphans.length) {
    throw new SearchIndexFailure(`search index: ${orphans.length} page(s) belong to a page that is not indexed: ${orphans.slice(0, 10).join(', ')}`);
  }
  return [...records.values()];
}

/** Orders two `data-pagefind-sort` values as Pagefind does: as numbers when both are. */
function compareSortValues(a: string, b: string): number {
  const [left, right] = [a.slice(a.indexOf(':') + 1), b.slice(b.indexOf(':') + 1)];
  const numeric = left !== '' && right !== '' && Number.isFinite(Number(left)) && Number.isFinite(Number(right));
  if (numeric) return Number(left) - Number(right);
  return left < right ? -1 : left > right ? 1 : 0;
}

/**
 * Splits the records into the fewest parts of at most `perPart`, dealt out like cards in sort
 * order: the k-th record by date goes to part k mod n. Pagefind scores a sorted result by its
 * rank among its own part's records, and merges parts by score, so a rank then stands for the
 * same stretch of dates in every part and the merged search keeps the date order (the search
 * page orders records of equal rank by part: src/scripts/search/pagefind.ts).
 */
export function splitIntoParts(records: readonly IndexRecord[], perPart = RECORDS_PER_PART): IndexRecord[][] {
  const parts = Array.from({ length: Math.max(1, Math.ceil(records.length / perPart)) }, (): IndexRecord[] => []);
  const ordered = [...records].sort((a, b) => compareSortValues(a.page.sort, b.page.sort) || (a.page.url < b.page.url ? -1 : 1));
  ordered.forEach((record, index) => parts[index % parts.length]?.push(record));
  return parts;
}

/** Indexes one part into `outputPath` with a Pagefind process of its own, which ends with it. */
async function writeIndexPart(records: readonly IndexRecord[], outputPath: string): Promise<void> {
  try {
    const { errors: createErrors, index } = await pagefind.createIndex({ forceLanguage: INDEX_OPTIONS.forceLanguage });
    failOn('createIndex', createErrors);
    if (!index) throw new SearchIndexFailure('search index: createIndex returned no index');

    await mapLimit(records, 8, async ({ page, items }) => {
      const { errors } = await index.addHTMLFile({ url: page.url, content: composeRecord(page, items) });
      failOn(`addHTMLFile(${page.url})`, errors);
    });

    const { errors: writeErrors } = await index.writeFiles({ outputPath });
    failOn('writeFiles', writeErrors);
  } finally {
    // Ends the Pagefind process, and with it the memory that held this part.
    await pagefind.close();
  }
}

/**
 * `from`'s files under `to`, as hard links (no bytes copied: a part is ~3,700 files), or copies
 * where links cannot be made (another file system). Synchronous: each promise call is a round
 * trip through libuv's thread pool, and thousands of them cost more than the links.
 */
function linkTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const [source, target] = [join(from, entry.name), join(to, entry.name)];
    if (entry.isDirectory()) linkTree(source, target);
    else {
      try {
        linkSync(source, target);
      } catch {
        copyFileSync(source, target);
      }
    }
  }
}

/**
 * A part's key in the cache: the hash of the options and of every record as Pagefind is given it.
 * Each record is composed here and again if it must be indexed: holding a part's composed records
 * for both took the build's process from 1.1 to 1.5 GB at 10,000 articles.
 */
function partKey(records: readonly IndexRecord[]): string {
  const hash = createHash('sha256').update(JSON.stringify(INDEX_OPTIONS));
  for (const { page, items } of records) hash.update(`\0${page.url}\0${composeRecord(page, items)}`);
  return hash.digest('hex').slice(0, 32);
}

/** A part as written (or taken from the cache): its cache key, and the hash naming its metadata file. */
interface WrittenPart {
  key: string;
  reused: boolean;
  languageHash: string;
}

/**
 * Writes one part, or takes it from the cache when a build already indexed exactly these records
 * with the same options: a part takes Pagefind ~20 s at 3,500 records, and an edit changes only
 * the parts holding the records it touches (its article's, its people's and countries').
 */
async function writeIndexPartCached(
  records: readonly IndexRecord[],
  outputPath: string,
  cacheDir: string,
  runPagefindAfter: Promise<unknown>,
): Promise<WrittenPart> {
  const key = partKey(records);
  const cached = join(cacheDir, key);

  let reused = false;
  if (existsSync(join(cached, 'pagefind-entry.json'))) {
    // Another build sharing the cache may remove an entry meanwhile: then index as if it were not there.
    try {
      linkTree(cached, outputPath);
      await utimes(cached, new Date(), new Date());
      reused = true;
    } catch {
      await rm(outputPath, { recursive: true, force: true });
    }
  }
  if (!reused) {
    await runPagefindAfter.catch(() => undefined);
    await writeIndexPart(records, outputPath);
    // Kept under a name of its own first, so that no build ever sees half an entry.
    const writing = `${cached}.${process.pid}.tmp`;
    linkTree(outputPath, writing);
    await rename(writing, cached).catch(() => rm(writing, { recursive: true, force: true }));
  }
  const { pageCount, languageHash } = await readEntry(outputPath);
  if (pageCount !== records.length) {
    throw new SearchIndexFailure(`search index: ${records.length} records were composed but ${outputPath} holds ${pageCount}`);
  }
  return { key, reused, languageHash };
}

/** Removes the kept parts this build did not use that no build used for CACHE_KEEP_MS. */
async function pruneCache(cacheDir: string, used: readonly string[]): Promise<void> {
  for (const name of await readdir(cacheDir).catch(() => [])) {
    if (used.includes(name)) continue;
    const path = join(cacheDir, name);
    const { mtimeMs } = await stat(path).catch(() => ({ mtimeMs: Date.now() }));
    if (Date.now() - mtimeMs > CACHE_KEEP_MS) await rm(path, { recursive: true, force: true });
  }
}

/**
 * Builds the index of `siteDir`, less the `redirects` the content declares (they point to pages
 * indexed already), into `<siteDir>/pagefind/` (and its other parts, if any), the
 * list of those parts and the counts file; returns how many records the index holds, in how
 * many parts (and how many of those came from the cache), and how many result items they hold.
 * Pagefind starts on a part only once `runPagefindAfter` has settled, so that what other work
 * holds meanwhile (the build's link check) is not added to Pagefind's memory.
 */
export async function buildSearchIndex(
  siteDir: string,
  {
    recordsPerPart = RECORDS_PER_PART,
    cacheDir = join(process.cwd(), SEARCH_INDEX_CACHE_DIR),
    runPagefindAfter = Promise.resolve() as Promise<unknown>,
    redirects = new Set<string>() as ReadonlySet<string>,
  } = {},
): Promise<{ pageCount: number; itemCount: number; partCount: number; reusedParts: number }> {
  const records = collectRecords(siteDir, redirects);
  if (records.length === 0) {
    throw new SearchIndexFailure(`search index: no page of ${siteDir} was indexed (is data-pagefind-body on the detail pages?)`);
  }
  const parts = splitIntoParts(records, recordsPerPart);
  const written: WrittenPart[] = [];
  for (const [part, partRecords] of parts.entries()) {
    written.push(await writeIndexPartCached(partRecords, siteFile(siteDir, searchIndexPartUrl(part)), cacheDir, runPagefindAfter));
  }
  await pruneCache(cacheDir, written.map(({ key }) => key));

  const items = records.flatMap(({ page, items: inside }) => [page.item, ...inside.map((source) => source.item)]);
  await mkdir(siteFile(siteDir, dirname(searchCountsUrl())), { recursive: true });
  await writeFile(siteFile(siteDir, searchCountsUrl()), JSON.stringify(totalCounts(items)));
  // A part's key is the hash of what it was made from, so its entry file's URL changes with it.
  const listing: SearchIndexPart[] = written.map(({ key, languageHash }, part) => ({
    path: searchIndexPartUrl(part),
    tag: key,
    startup: [searchIndexEntryUrl(part, key), searchIndexMetaUrl(part, languageHash)],
  }));
  await writeFile(siteFile(siteDir, searchIndexPartsUrl()), JSON.stringify(listing));
  return { pageCount: records.length, itemCount: items.length, partCount: parts.length, reusedParts: written.filter(({ reused }) => reused).length };
}
