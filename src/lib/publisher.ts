/** Who publishes the site and under which terms: shared by pages, feeds, data files and cards. */

export const SITE_NAME = 'Summit Tracker';

export const SITE_TAGLINE = 'What leaders said and promised at diplomatic summits, checked against the sources.';

/** Our licence for our own text and data. */
export const LICENSE = {
  id: 'CC-BY-4.0',
  name: 'Creative Commons Attribution 4.0 International',
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

/** Quotes are not ours to license: said in every place that states the licence. */
export const QUOTES_NOTICE =
  'Quotes remain the words of their speakers, reproduced to report on them: the licence covers our own text and data (summaries, commitments, ids and classifications), not the quoted words.';

/** The address a build uses when `SITE_URL` is not set: fine for trying the site, wrong to publish. */
export const EXAMPLE_SITE_URL = 'https://summit-tracker.example';

/** The public address of the site: `SITE_URL`, else the example address. */
export const siteUrl = (env: NodeJS.ProcessEnv = process.env): string => env.SITE_URL || EXAMPLE_SITE_URL;
