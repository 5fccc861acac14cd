/**
 * The search index of `npm run build` (scripts/build.ts), in a process of its own so that it is
 * written while the build's own process reads the pages: from the records stage 1 wrote, into the
 * built site.
 */
import { readFileSync } from 'node:fs';
import { writeSearchIndex } from './search-index.ts';
import { timed } from './steps.ts';
import type { SearchRecords } from '../../src/lib/search-records.ts';

const [recordsFile, siteDir] = process.argv.slice(2);
if (!recordsFile || !siteDir) throw new Error('usage: search-stage.ts <records file> <site folder>');
const records = JSON.parse(readFileSync(recordsFile, 'utf8')) as SearchRecords;
console.log((await timed('search index', () => writeSearchIndex(siteDir, records))).summary);
