/** The files that tell Netlify and Cloudflare Pages the redirects and headers (src/lib/host-files.ts). */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { headersFile, redirectsFile } from '../../src/lib/host-files.ts';
import type { BuildStep } from './steps.ts';

export const hostFiles: BuildStep = {
  name: 'host files',
  async run({ siteDir, redirects, searchIndexParts }) {
    await writeFile(join(siteDir, '_redirects'), redirectsFile(redirects));
    await writeFile(join(siteDir, '_headers'), headersFile(searchIndexParts));
  },
};
