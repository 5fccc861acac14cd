/** `/changes.xml`: every new commitment and status change on the site, newest first (Atom). */
import type { APIRoute } from 'astro';
import { changesFeedSubject } from '../lib/feeds.ts';
import { feedResponse } from '../lib/site-feeds.ts';

export const GET: APIRoute = ({ site }) => feedResponse(changesFeedSubject(), (changes) => changes.all, site);
