/**
 * The permalink ledger, `content/permalinks.txt`: every published URL of a quote, commitment,
 * actor, country and article, one per line. A URL once listed must be produced for ever, as
 * its page or as a redirect (`redirect_from`); `npm run permalinks` records new ones.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { glob } from 'tinyglobby';
import { sitePathOfPage } from './site-files.ts';

export const LEDGER = 'content/permalinks.txt';
const PERMALINK_PAGES = ['articles', 'quotes', 'commitments', 'actors', 'countries'].map((kind) => `${kind}/*/index.html`);

/** The permalink URLs a built site produces, as site paths, sorted. */
export async function producedPermalinks(outDir: string): Promise<string[]> {
  const files = await glob(PERMALINK_PAGES, { cwd: outDir });
  return files.map(sitePathOfPage).sort();
}

export async function readLedger(root: string): Promise<string[]> {
  const file = join(root, LEDGER);
  if (!existsSync(file)) return [];
  return (await readFile(file, 'utf8')).split('\n').map((line) => line.trim()).filter((line) => line && !line.startsWith('#'));
}

/** Ledger URLs the build no longer produces (neither as a page nor as a redirect). */
export async function findLostPermalinks(root: string, outDir: string): Promise<string[]> {
  const produced = new Set(await producedPermalinks(outDir));
  return (await readLedger(root)).filter((url) => !produced.has(url));
}

/** Adds the built site's new permalinks to the ledger; never removes one. Returns those added. */
export async function recordPermalinks(root: string, outDir: string): Promise<string[]> {
  const ledger = await readLedger(root);
  const known = new Set(ledger);
  const added = (await producedPermalinks(outDir)).filter((url) => !known.has(url));
  const header = '# Permalink ledger: every URL here must keep working. Add with `npm run permalinks`; never remove.\n';
  await writeFile(join(root, LEDGER), header + [...ledger, ...added].sort().join('\n') + '\n');
  return added;
}
