/**
 * `/commitments/<id>/feed.xml`: the commitment's first report and each change of its status
 * (Atom). Also written under each old id (`redirect_from`), so a subscription never breaks.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { commitmentFeedSubject } from '../../../lib/feeds.ts';
import { feedResponse } from '../../../lib/site-feeds.ts';
import type { CommitmentRecord } from '../../../lib/site-index.ts';
import { getSite } from '../../../lib/site.ts';

export const getStaticPaths = (async () => {
  const site = await getSite();
  return site.commitments.flatMap((record) =>
    [record.commitment.id, ...record.commitment.redirect_from].map((id) => ({ params: { id }, props: { record }, cacheKey: site.contentKey })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ record: CommitmentRecord }> = ({ props: { record }, site }) =>
  feedResponse(commitmentFeedSubject(record), (changes) => changes.byCommitment.get(record.commitment.id), site);
