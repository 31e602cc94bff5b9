/** The edition's whole directory as Open Referral UK JSON, in the shape of GET /services. */
import type { APIRoute } from 'astro';
import { getAgencies, getEdition } from '../../site-data.ts';
import { servicesPage, toOrukService } from '../../lib/directory/oruk.ts';

export const GET: APIRoute = async () => {
  const edition = await getEdition();
  const services = (await getAgencies()).map((a) => toOrukService(a.id, a.data, edition.id));
  return new Response(JSON.stringify(servicesPage(services), null, 2), {
    headers: { 'Content-Type': 'application/json' },
  });
};
