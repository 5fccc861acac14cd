/**
 * The search index of `npm run build` (scripts/build.ts), in a process of its own so that it is
 * written while the build's own process reads the pages: from the input stage 1 wrote, into the
 * built site.
 */
import { writeSearchIndex } from './search-index.ts';
import { readSearchInput } from './search-input.ts';
import { timed } from './steps.ts';

const [searchInput, siteDir] = process.argv.slice(2);
if (!searchInput || !siteDir) throw new Error('usage: search-stage.ts <search input folder> <site folder>');
console.log(await timed('search index', () => writeSearchIndex(siteDir, readSearchInput(searchInput))));
