/**
 * The step-by-step guide's questions as data (outcomes by name only): an outcome page fetches it
 * only when this tab holds answers, to list the answers that led there (outcome-answers.ts).
 * One file, cached once and saved for offline use, instead of a copy inside every outcome page.
 */
import type { APIRoute } from 'astro';
import { getTreeForBrowser } from '../../site-data.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await getTreeForBrowser()), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
