/** robots.txt: names the sitemap when the edition has a public address; a draft asks not to be crawled at all. */
import type { APIRoute } from 'astro';
import { getSiteUrl } from '../site-data.ts';
import { robotsTxt } from '../lib/site/indexing.ts';

export const GET: APIRoute = async () =>
  new Response(robotsTxt(await getSiteUrl()), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
