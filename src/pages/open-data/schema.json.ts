/** The JSON Schema of the published Open Referral UK fields, beside the data. */
import type { APIRoute } from 'astro';
import { ORUK_PAGE_SCHEMA, ORUK_SERVICE_SCHEMA } from '../../lib/directory/oruk-schema.ts';

export const GET: APIRoute = () =>
  new Response(
    JSON.stringify(
      {
        $schema: 'http://json-schema.org/draft-07/schema#',
        ...ORUK_PAGE_SCHEMA,
        definitions: { service: ORUK_SERVICE_SCHEMA },
      },
      null,
      2,
    ).replaceAll('"oruk-service"', '"#/definitions/service"'),
    { headers: { 'Content-Type': 'application/schema+json' } },
  );
