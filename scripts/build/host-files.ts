/** The files that tell Netlify and Cloudflare Pages the redirects and headers (src/lib/host-files.ts). */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { headersFile, redirectsFile } from '../../src/lib/host-files.ts';
import type { SearchIndexListing } from '../../src/lib/search-state.ts';
import { searchIndexPartsUrl } from '../../src/lib/urls.ts';
import type { BuildStep } from './steps.ts';

export const hostFiles: BuildStep = {
  name: 'host files',
  async run({ siteDir, redirects }) {
    const { parts } = JSON.parse(await readFile(join(siteDir, searchIndexPartsUrl()), 'utf8')) as SearchIndexListing;
    await writeFile(join(siteDir, '_redirects'), redirectsFile(redirects));
    await writeFile(join(siteDir, '_headers'), headersFile(parts.length));
  },
};
