/**
 * Page weight of a built site, read from the files: for every reading page (everything but
 * /search/ and the Pagefind bundle), the script and CSS it loads, inline or linked.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Weight {
  raw: number;
  gzip: number;
}

export interface StaticWeight {
  pagesScanned: number;
  /** The reading page with the most script (linked files + inline), and how much. */
  maxScript: Weight & { page: string };
  /** Every distinct script file linked from a reading page, all together. */
  scriptFilesTotal: Weight & { files: string[] };
  /** The reading page with the most CSS (linked files + inline `<style>`). */
  maxCss: Weight & { page: string };
  /** Pages that hydrate components (`<astro-island>`): they ship a framework runtime. */
  pagesWithIslands: number;
  /** The biggest HTML files, the likeliest to blow the first-load budget. */
  largestHtml: { page: string; raw: number; gzip: number }[];
}

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const STYLE = /<style\b[^>]*>([\s\S]*?)<\/style>/gi;
const LINK = /<link\b[^>]*>/gi;
const attribute = (tag: string, name: string) => new RegExp(`\\b${name}=["']?([^"' >]+)`, 'i').exec(tag)?.[1];
/** JSON data blocks are not script. */
const DATA_TYPES = /type=["']?application\/(ld\+)?json/i;

const gzipSize = (text: string | Buffer) => gzipSync(text).length;

/** Pages of `dist` that readers read: not the search page, not Pagefind's files. */
export async function readingPages(dist: string): Promise<string[]> {
  const pages: string[] = [];
  for (const entry of await readdir(dist, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const page = join(entry.parentPath, entry.name).slice(dist.length + 1);
    if (page.startsWith('search/') || page.startsWith('pagefind/')) continue;
    pages.push(page);
  }
  return pages.sort();
}

export async function measureStaticWeight(dist: string): Promise<StaticWeight> {
  const files = new Map<string, Weight>();
  const fileWeight = async (url: string): Promise<Weight> => {
    const path = new URL(url, 'http://site/').pathname;
    let weight = files.get(path);
    if (!weight) {
      const body = await readFile(join(dist, path)).catch(() => Buffer.alloc(0));
      weight = { raw: body.length, gzip: body.length ? gzipSize(body) : 0 };
      files.set(path, weight);
    }
    return weight;
  };
  const scriptFiles = new Set<string>();
  const result: StaticWeight = {
    pagesScanned: 0,
    maxScript: { page: '', raw: 0, gzip: 0 },
    scriptFilesTotal: { raw: 0, gzip: 0, files: [] },
    maxCss: { page: '', raw: 0, gzip: 0 },
    pagesWithIslands: 0,
    largestHtml: [],
  };
  const sizes: { page: string; raw: number }[] = [];

  for (const page of await readingPages(dist)) {
    const html = await readFile(join(dist, page), 'utf8');
    result.pagesScanned += 1;
    sizes.push({ page, raw: Buffer.byteLength(html) });
    if (html.includes('<astro-island')) result.pagesWithIslands += 1;

    const script: Weight = { raw: 0, gzip: 0 };
    for (const [, attributes = '', body = ''] of html.matchAll(SCRIPT)) {
      if (DATA_TYPES.test(attributes)) continue;
      const src = attribute(attributes, 'src');
      const weight = src ? await fileWeight(src) : { raw: Buffer.byteLength(body), gzip: body.trim() ? gzipSize(body) : 0 };
      if (src) scriptFiles.add(new URL(src, 'http://site/').pathname);
      script.raw += weight.raw;
      script.gzip += weight.gzip;
    }
    if (script.raw > result.maxScript.raw) result.maxScript = { page, ...script };

    const css: Weight = { raw: 0, gzip: 0 };
    for (const [tag] of html.matchAll(LINK)) {
      const href = attribute(tag, 'href');
      if (!href || !/rel=["']?stylesheet/i.test(tag)) continue;
      const weight = await fileWeight(href);
      css.raw += weight.raw;
      css.gzip += weight.gzip;
    }
    for (const [, body = ''] of html.matchAll(STYLE)) {
      css.raw += Buffer.byteLength(body);
      css.gzip += gzipSize(body);
    }
    if (css.raw > result.maxCss.raw) result.maxCss = { page, ...css };
  }

  for (const file of scriptFiles) {
    const weight = await fileWeight(file);
    result.scriptFilesTotal.raw += weight.raw;
    result.scriptFilesTotal.gzip += weight.gzip;
  }
  result.scriptFilesTotal.files = [...scriptFiles].sort();
  sizes.sort((a, b) => b.raw - a.raw);
  for (const { page, raw } of sizes.slice(0, 5)) {
    result.largestHtml.push({ page, raw, gzip: gzipSize(await readFile(join(dist, page))) });
  }
  return result;
}
