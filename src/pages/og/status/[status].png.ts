/**
 * `/og/status/<status>.png`: the share card of a commitment status (symbol, label, meaning),
 * used by every commitment with that status: seven images, however many commitments.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { STATUSES, type Status } from '../../../schemas/commitment.ts';
import { statusCard } from '../../../lib/share-card.ts';
import { shareCardResponse } from '../../../lib/share-image.ts';
import { requireSiteUrl } from '../../../lib/urls.ts';

export const getStaticPaths = (() => STATUSES.map((status) => ({ params: { status }, props: { status }, cacheKey: status }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ status: Status }> = ({ props, site: siteUrl }) =>
  shareCardResponse(statusCard(props.status, requireSiteUrl(siteUrl)));
