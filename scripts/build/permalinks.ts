/**
 * The permalink ledger, `content/permalinks.txt`: every published URL of a quote, commitment,
 * actor, country and article, and of the feeds readers subscribe to (`/changes.xml`, and
 * `feed.xml` beside a commitment, party, speaker or summit), one per line. A URL once listed must be
 * produced for ever, as its page or as a redirect (`redirect_from`, which also keeps an old
 * id's feed); `npm run permalinks` records new ones.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { glob } from 'tinyglobby';
import { CONTENT_DIR, LEDGER_FILE } from '../../src/lib/content-paths.ts';
import { sitePathOfPage } from './site-pages.ts';
import { BuildFailure, type BuildStep } from './steps.ts';

export const LEDGER = `${CONTENT_DIR}/${LEDGER_FILE}`;
const PERMALINK_FILES = [
  ...['articles', 'quotes', 'commitments', 'actors', 'countries', 'summits'].map((kind) => `${kind}/*/index.html`),
  'changes.xml',
  ...['commitments', 'actors', 'countries', 'summits'].map((kind) => `${kind}/*/feed.xml`),
];

/** The permalink URLs a built site produces, as site paths, sorted. */
export async function producedPermalinks(outDir: string): Promise<string[]> {
  const files = await glob(PERMALINK_FILES, { cwd: outDir });
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

/** Adds the new ones of `produced` (site paths) to the ledger; never removes one. Returns those added. */
export async function recordPermalinks(root: string, produced: readonly string[]): Promise<string[]> {
  const ledger = await readLedger(root);
  const known = new Set(ledger);
  const added = produced.filter((url) => !known.has(url));
  const header = '# Permalink ledger: every URL here must keep working. Add with `npm run permalinks`; never remove.\n';
  await writeFile(join(root, LEDGER), header + [...ledger, ...added].sort().join('\n') + '\n');
  return added;
}

export const permalinkCheck: BuildStep = {
  name: 'permalinks',
  async run({ root, siteDir }) {
    const lost = await findLostPermalinks(root, siteDir);
    if (!lost.length) return;
    throw new BuildFailure(
      `${lost.length} URL(s) in ${LEDGER} are no longer produced:\n  ${lost.join('\n  ')}\n` +
        "Keep the old id in the entry's `redirect_from` (or a country alias) so the old URL redirects.",
    );
  },
};
