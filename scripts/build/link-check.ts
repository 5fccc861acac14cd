/**
 * Post-build link check: every internal `href`/`src` must point at a file of the built site,
 * and every `#fragment` at an element id on the target page.
 *
 * Pages are scanned with regexes rather than parsed: Astro writes well-formed HTML, and building
 * a DOM for every page (node-html-parser) took 158 s for 93k pages. The scan keeps that parser's
 * rules: comments, CDATA and the contents of <script>, <style>, <pre> and <noscript> are not markup;
 * an element with both `href` and `src` is checked by its `href`. Attribute values, ids included,
 * are entity-decoded. Pages are read one at a time, and only their ids and the links still to check
 * are kept. (Splitting the pages between worker threads did not pay: on two cores it was no
 * faster. One process for the whole check does pay beside the search index: findBrokenLinksAside.)
 */
import { fork } from 'node:child_process';
import { closeSync, existsSync, fstatSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { htmlFiles, sitePathOfPage } from './site-files.ts';

export interface BrokenLink {
  /** The page holding the link, as a site path. */
  page: string;
  href: string;
  reason: string;
}

/** Where a link leads on this site. */
interface Target {
  href: string;
  pathname: string;
  /** The file serving it, or undefined when there is none. */
  file: string | undefined;
  /** The `#fragment` to find as an id there, or '' when there is nothing to check. */
  fragment: string;
}

// Whitespace is HTML's, [\t\n\f\r ]: `\s` would also match a byte of UTF-8 read as latin1 (U+00A0).
/** A comment, a CDATA section, or a start tag with its attributes (a quoted value may hold `>`). */
const MARKUP = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<([a-zA-Z][^\t\n\f\r />]*)([^>"']*(?:(?:"[^"]*"|'[^']*')[^>"']*)*)>/g;
/** A quick test that lets most tags skip the attribute loop. */
const MAY_HOLD_LINK_OR_ID = /[\t\n\f\r ](?:href|src|id)[\t\n\f\r ]*=/i;
/** An `href`, `src` or `id` attribute with its value; other quoted values are matched only to be skipped. */
const ATTRIBUTE = /[\t\n\f\r ](href|src|id)[\t\n\f\r ]*=[\t\n\f\r ]*(?:"([^"]*)"|'([^']*)'|([^\t\n\f\r "'>]+))|"[^"]*"|'[^']*'/gi;
/** Elements whose content node-html-parser kept as text: links and ids in there were never seen. */
const RAW_TEXT = new Set(['script', 'style', 'pre', 'noscript']);
const ENTITY = /&(?:#(\d+)|#[xX]([\da-fA-F]+)|(amp|lt|gt|quot|apos|nbsp));/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
/** Hrefs that resolve the same on every page, so are resolved once. */
const PAGE_INDEPENDENT = /^(?:\/|[a-zA-Z][a-zA-Z\d+.-]*:\/\/)/;

/** Decodes the character references Astro and Markdown write in attribute values; others stay as written. */
function decodeEntities(value: string): string {
  if (!value.includes('&')) return value;
  return value.replace(ENTITY, (reference, decimal?: string, hex?: string, name?: string) => {
    if (name) return NAMED[name] ?? reference;
    const code = decimal ? Number(decimal) : Number.parseInt(hex ?? '', 16);
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
  });
}

let buffer = Buffer.alloc(1 << 20);

/**
 * A page as latin1 text, one character per byte: reading it so into a reused buffer is three times
 * cheaper than decoding UTF-8, and leaves every character of the markup where it was.
 */
function readPage(path: string): string {
  const file = openSync(path, 'r');
  try {
    const size = fstatSync(file).size;
    if (size > buffer.length) buffer = Buffer.alloc(size);
    let length = 0;
    while (length < size) {
      const read = readSync(file, buffer, length, size - length, length);
      if (read === 0) break;
      length += read;
    }
    return buffer.toString('latin1', 0, length);
  } finally {
    closeSync(file);
  }
}

/**
 * The text of an attribute value read as latin1, UTF-8 and character references decoded. It is a
 * copy, never a slice of the page, so no page stays in memory once scanned.
 */
const attributeText = (value: string) => decodeEntities(Buffer.from(value, 'latin1').toString());

/** The element ids of a page and its links (each element's `href`, else its `src`), in page order. */
function scanPage(html: string): { ids: string[]; links: string[] } {
  const ids: string[] = [];
  const links: string[] = [];
  MARKUP.lastIndex = 0;
  for (let tag = MARKUP.exec(html); tag; tag = MARKUP.exec(html)) {
    const [, name, attributes = ''] = tag;
    if (name === undefined) continue;
    if (MAY_HOLD_LINK_OR_ID.test(attributes)) {
      const found: Record<string, string> = {};
      ATTRIBUTE.lastIndex = 0;
      for (let match = ATTRIBUTE.exec(attributes); match; match = ATTRIBUTE.exec(attributes)) {
        const [, key, double, single, unquoted = ''] = match;
        if (key) found[key.toLowerCase()] ??= double ?? single ?? unquoted;
      }
      if (found['id'] !== undefined) ids.push(attributeText(found['id']));
      const link = found['href'] ?? found['src'];
      if (link !== undefined) links.push(attributeText(link));
    }
    if (RAW_TEXT.has(name.toLowerCase())) {
      const end = html.indexOf(`</${name}>`, MARKUP.lastIndex);
      MARKUP.lastIndex = end === -1 ? html.length : end;
    }
  }
  return { ids, links };
}

/** The file a site path is served from, or undefined when the site has none. */
function fileFor(outDir: string, path: string): string | undefined {
  const decoded = decodeURIComponent(path);
  const candidates = decoded.endsWith('/') ? [`${decoded}index.html`] : [decoded, `${decoded}/index.html`];
  return candidates.map((candidate) => join(outDir, candidate)).find((file) => existsSync(file));
}

const NO_SUCH_FILE = 'no such page or file';

export async function findBrokenLinks(outDir: string, site: string): Promise<BrokenLink[]> {
  const siteOrigin = new URL(site).origin;
  const files = htmlFiles(outDir);
  const idsByFile = new Map<string, Set<string>>();
  /** Per page, the links that lead nowhere or whose fragment waits until every page's ids are known. */
  const toCheck: Target[][] = [];
  const fileByPath = new Map<string, string | undefined>();
  const targetByHref = new Map<string, Target | null>();

  /** The target of a link on this site, or null for another origin or scheme (not checked). */
  function resolve(href: string, pageUrl: URL): Target | null {
    const url = new URL(href, pageUrl);
    if (url.origin !== siteOrigin || !['http:', 'https:'].includes(url.protocol)) return null;
    if (!fileByPath.has(url.pathname)) fileByPath.set(url.pathname, fileFor(outDir, url.pathname));
    const file = fileByPath.get(url.pathname);
    // `#:~:text=` is a text fragment, matched against words rather than ids.
    const fragment = file ? decodeURIComponent(url.hash.slice(1)) : '';
    return { href, pathname: url.pathname, file, fragment: fragment.startsWith(':~:') ? '' : fragment };
  }

  for (const file of files) {
    const pageUrl = new URL(sitePathOfPage(file), siteOrigin);
    const { ids, links } = scanPage(readPage(join(outDir, file)));
    idsByFile.set(join(outDir, file), new Set(ids));
    const pageToCheck: Target[] = [];
    for (const href of links) {
      const independent = PAGE_INDEPENDENT.test(href);
      let target = independent ? targetByHref.get(href) : undefined;
      if (target === undefined) {
        target = resolve(href, pageUrl);
        if (independent) targetByHref.set(href, target);
      }
      if (target && (!target.file || target.fragment)) pageToCheck.push(target);
    }
    toCheck.push(pageToCheck);
  }

  const broken: BrokenLink[] = [];
  files.forEach((file, index) => {
    const page = sitePathOfPage(file);
    for (const { href, pathname, file: target, fragment } of toCheck[index]!) {
      if (!target) broken.push({ page, href, reason: NO_SUCH_FILE });
      else if (!idsByFile.get(target)?.has(fragment)) {
        broken.push({ page, href, reason: `no element with id "${fragment}" on ${pathname}` });
      }
    }
  });
  return broken;
}

/**
 * Of the links `broken` found, those still broken now: the check ran while another step was still
 * writing files (the search index, which the search page preloads), so a link to a missing file
 * is judged again. Such a file is no HTML page: it has no ids to check.
 */
export function stillBroken(outDir: string, site: string, broken: readonly BrokenLink[]): BrokenLink[] {
  const siteOrigin = new URL(site).origin;
  return broken.filter(
    ({ page, href, reason }) => reason !== NO_SUCH_FILE || !fileFor(outDir, new URL(href, new URL(page, siteOrigin)).pathname),
  );
}

/**
 * findBrokenLinks in a child process, so that the build can compose the search index's records
 * meanwhile (then call stillBroken): the check and the reading of the pages each keep one core
 * busy. A process, not a worker thread: what the check held (~0.4 GB at 10,000 articles) goes
 * back to the system when it ends, before Pagefind starts (scripts/build.ts); a worker's stayed
 * in the build's process.
 */
export function findBrokenLinksAside(outDir: string, site: string, signal: AbortSignal): Promise<BrokenLink[]> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(new URL('./link-check-child.ts', import.meta.url)), [outDir, site], {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    // A build that failed meanwhile stops the check rather than wait for it.
    const stop = () => void child.kill();
    signal.addEventListener('abort', stop, { once: true });
    child.once('message', (broken) => resolve(broken as BrokenLink[]));
    child.once('error', reject);
    child.once('exit', (code, exitSignal) => {
      signal.removeEventListener('abort', stop);
      reject(new Error(`the link check stopped (${exitSignal ?? `exit code ${code}`}) before it finished`));
    });
  });
}
