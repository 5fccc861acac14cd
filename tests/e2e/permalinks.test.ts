/** The permalinks computed from the content (what check:content compares the ledger with) are the ones the build wrote. */
import { expect, test } from 'vitest';
import { producedPermalinks } from '../../scripts/build/permalinks.ts';
import { contentPermalinks } from '../../src/lib/permalinks.ts';
import { checkedContent } from '../../src/lib/validation/checked-content.ts';
import { withoutDrafts } from '../../src/lib/validation/validate.ts';

test('content permalinks equal the built permalink pages', async () => {
  const { content } = await checkedContent(process.cwd());
  expect(contentPermalinks(withoutDrafts(content))).toEqual(await producedPermalinks('dist'));
});
