/**
 * The edition's whole directory in one file, every service in full: the address the guide
 * published before the paged API (/open-data/services), kept for those who link to it.
 */
import type { APIRoute } from 'astro';
import { orukServices } from '../../site-data.ts';
import { servicesPage } from '../../lib/directory/oruk.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(servicesPage([...(await orukServices())]), null, 2), {
    headers: { 'Content-Type': 'application/json' },
  });
