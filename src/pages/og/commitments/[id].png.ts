/** `/og/commitments/<id>.png`: the share card of a commitment (title, parties, status). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { commitmentCard } from '../../../lib/share-card.ts';
import { shareCardResponse } from '../../../lib/share-image.ts';
import type { CommitmentRecord } from '../../../lib/site-index.ts';
import { getSite } from '../../../lib/site.ts';
import { requireSiteUrl } from '../../../lib/urls.ts';

export const getStaticPaths = (async () => {
  const site = await getSite();
  return site.commitments.map((record) => ({ params: { id: record.commitment.id }, props: { record } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ record: CommitmentRecord }> = async ({ props, site: siteUrl }) =>
  shareCardResponse(commitmentCard(props.record, await getSite(), requireSiteUrl(siteUrl)));
