/**
 * The edition's whole directory in one file, every service in full: the address the guide
 * published before the paged API (/open-data/services), kept for those who link to it. Written a
 * service at a time and without spaces, so that a national directory (hundreds of megabytes) is
 * never one string in the build's memory.
 */
import type { APIRoute } from 'astro';
import { orukServices } from '../../site-data.ts';
import { pageInPieces, servicesPage } from '../../lib/directory/oruk.ts';

export const GET: APIRoute = async () => {
  const pieces = pageInPieces(servicesPage([...(await orukServices())]));
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = pieces.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
  });
  return new Response(body, { headers: { 'Content-Type': 'application/json' } });
};
