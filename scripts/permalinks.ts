/** `npm run permalinks`: records the permalinks of the built `dist/` in the ledger. */
import { LEDGER, recordPermalinks } from './build/permalinks.ts';

const added = await recordPermalinks(process.cwd(), 'dist');
console.log(added.length ? `Added ${added.length} URL(s) to ${LEDGER}:\n${added.join('\n')}` : `${LEDGER} already lists every permalink.`);
