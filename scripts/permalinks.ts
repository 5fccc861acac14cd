/** `npm run permalinks`: records the permalinks the content produces (drafts left out) in the ledger. */
import { LEDGER, recordPermalinks } from './build/permalinks.ts';
import { contentPermalinks } from '../src/lib/permalinks.ts';
import { checkedContent } from '../src/lib/validation/checked-content.ts';
import { withoutDrafts } from '../src/lib/validation/validate.ts';

const { content, problems } = await checkedContent(process.cwd());
if (problems.length) {
  console.error(`The content has ${problems.length} problem(s); run \`npm run check:content\` and fix them first. Nothing was recorded.`);
  process.exit(1);
}
const added = await recordPermalinks(process.cwd(), contentPermalinks(withoutDrafts(content)));
console.log(added.length ? `Added ${added.length} URL(s) to ${LEDGER}:\n${added.join('\n')}` : `${LEDGER} already lists every permalink.`);
