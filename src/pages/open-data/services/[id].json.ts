/** One service as Open Referral UK JSON, in the shape of GET /services/{id} (id is its UUID). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getAgencies, getEdition } from '../../../site-data.ts';
import { toOrukService } from '../../../lib/directory/oruk.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const edition = await getEdition();
  return (await getAgencies()).map((a) => {
    const service = toOrukService(a.id, a.data, edition.id);
    return { params: { id: service.id }, props: { service } };
  });
};

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(props.service, null, 2), { headers: { 'Content-Type': 'application/json' } });
