/** `/og/site.png`: the share card of every page that has no card of its own. */
import type { APIRoute } from 'astro';
import { siteCard } from '../../lib/share-card.ts';
import { shareCardResponse } from '../../lib/share-image.ts';
import { requireSiteUrl } from '../../lib/urls.ts';

export const GET: APIRoute = ({ site: siteUrl }) => shareCardResponse(siteCard(requireSiteUrl(siteUrl)));
