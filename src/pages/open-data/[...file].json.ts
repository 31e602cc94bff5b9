/**
 * The static Open Referral UK API (see lib/directory/oruk-api.ts): the root document, the paged
 * lists of services, taxonomies and taxonomy terms, and one file per item.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { orukServices } from '../../site-data.ts';
import { apiFiles, OPEN_DATA_BASE } from '../../lib/directory/oruk-api.ts';

export const getStaticPaths: GetStaticPaths = async () =>
  [...apiFiles([...(await orukServices())])].map(([address, body]) => ({
    params: { file: address.slice(OPEN_DATA_BASE.length, -'.json'.length) },
    props: { body },
  }));

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(props.body, null, 2), { headers: { 'Content-Type': 'application/json' } });
