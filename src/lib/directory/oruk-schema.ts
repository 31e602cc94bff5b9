/**
 * JSON Schema (draft-07) for the Open Referral UK fields this guide publishes. Field names,
 * types and the fields each record must have follow HSDS 3.0 and the UK profile's compiled
 * service schema; the guide always fills some fields the standard leaves optional
 * (description, assured_date, organization). Published at /open-data/schema.json and used by
 * the tests to validate every file the build writes.
 */
const uuid = { type: 'string', format: 'uuid' } as const;
const text = { type: 'string', minLength: 1 } as const;
const time = { type: 'string', pattern: '^([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?$' } as const;

/** A phone, in the service (HSDS 3.0) and in its contact (the UK profile links it by contact_id). */
const phone = {
  type: 'object',
  required: ['id', 'service_id', 'contact_id', 'number'],
  properties: {
    id: uuid,
    service_id: uuid,
    contact_id: uuid,
    number: { type: 'string', pattern: '^[0-9 ]{3,}$' },
    type: { enum: ['voice', 'text'] },
    description: text,
  },
} as const;

export const ORUK_SERVICE_SCHEMA = {
  $id: 'oruk-service',
  type: 'object',
  required: [
    'id',
    'name',
    'description',
    'status',
    'assured_date',
    'organization_id',
    'organization',
    'phones',
    'contacts',
    'schedules',
    'service_areas',
    'service_at_locations',
    'attributes',
  ],
  properties: {
    id: uuid,
    name: text,
    description: text,
    url: { type: 'string', format: 'uri', pattern: '^https://' },
    email: { type: 'string', format: 'email' },
    status: { enum: ['active', 'inactive', 'defunct', 'temporarily closed'] },
    eligibility_description: text,
    application_process: text,
    fees: text,
    fees_description: text,
    minimum_age: { type: 'integer', minimum: 0 },
    maximum_age: { type: 'integer', minimum: 0 },
    languages: {
      type: 'array',
      items: { type: 'object', required: ['id', 'name'], properties: { id: uuid, service_id: uuid, name: text } },
    },
    assured_date: { type: 'string', format: 'date' },
    organization_id: uuid,
    // The content gives only the organisation's name: its description is empty, never made up.
    organization: {
      type: 'object',
      required: ['id', 'name', 'description'],
      properties: {
        id: uuid,
        name: text,
        description: { const: '' },
        website: { type: 'string', format: 'uri', pattern: '^https://' },
      },
    },
    phones: { type: 'array', items: phone },
    contacts: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'service_id', 'phones'],
        properties: {
          id: uuid,
          service_id: uuid,
          name: text,
          title: text,
          department: text,
          email: { type: 'string', format: 'email' },
          phones: { type: 'array', items: phone },
        },
      },
    },
    schedules: {
      type: 'array',
      items: {
        type: 'object',
        // Either weekly times, or (hours known only in words) a description with no times.
        required: ['id'],
        anyOf: [
          {
            properties: { freq: {}, byday: {}, opens_at: {}, closes_at: {} },
            required: ['freq', 'byday', 'opens_at', 'closes_at'],
          },
          { properties: { description: {} }, required: ['description'] },
        ],
        properties: {
          id: uuid,
          freq: { enum: ['WEEKLY', 'MONTHLY'] },
          interval: { type: 'number', minimum: 1 },
          // A weekday, with the week of the month before it in a monthly rule (2TH is the 2nd Thursday, -1FR the last Friday).
          byday: {
            type: 'string',
            pattern: '^(-?[1-5]?(MO|TU|WE|TH|FR|SA|SU))(,-?[1-5]?(MO|TU|WE|TH|FR|SA|SU))*$',
          },
          bymonthday: { type: 'string', pattern: '^([1-9]|[12][0-9]|3[01])(,([1-9]|[12][0-9]|3[01]))*$' },
          valid_from: { type: 'string', format: 'date' },
          valid_to: { type: 'string', format: 'date' },
          opens_at: time,
          closes_at: time,
          description: text,
          notes: text,
        },
      },
    },
    service_areas: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'name', 'service_area'],
        properties: { id: uuid, service_id: uuid, name: text, service_area: text },
      },
    },
    service_at_locations: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'location'],
        properties: {
          id: uuid,
          location: {
            type: 'object',
            required: ['id', 'location_type', 'addresses'],
            properties: {
              id: uuid,
              location_type: { enum: ['physical', 'postal', 'virtual'] },
              name: text,
              latitude: { type: 'number', minimum: 49, maximum: 61 },
              longitude: { type: 'number', minimum: -9, maximum: 2 },
              accessibility: {
                type: 'array',
                items: { type: 'object', required: ['id', 'description'], properties: { id: uuid, description: text } },
              },
              addresses: {
                type: 'array',
                items: {
                  type: 'object',
                  required: ['id', 'address_1', 'city', 'state_province', 'postal_code', 'country', 'address_type'],
                  properties: {
                    id: uuid,
                    address_1: text,
                    address_2: text,
                    city: text,
                    state_province: text,
                    // Empty when the content gives no postcode: the standard requires the field.
                    postal_code: { type: 'string', pattern: '^([A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2})?$' },
                    country: { const: 'GB' },
                    address_type: { enum: ['physical', 'postal', 'virtual'] },
                  },
                },
              },
            },
          },
        },
      },
    },
    attributes: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'link_id', 'link_entity', 'taxonomy_term_id', 'taxonomy_term'],
        properties: {
          id: uuid,
          link_id: uuid,
          link_entity: { const: 'service' },
          taxonomy_term_id: uuid,
          value: text,
          link_type: text,
          taxonomy_term: {
            type: 'object',
            required: ['id', 'name', 'description', 'taxonomy', 'taxonomy_id', 'term'],
            properties: { id: uuid, name: text, description: text, taxonomy: text, taxonomy_id: uuid, term: text },
          },
        },
      },
    },
    required_documents: {
      type: 'array',
      items: { type: 'object', required: ['id', 'document'], properties: { id: uuid, document: text } },
    },
  },
} as const;

/** The list at /open-data/services.json: the standard's paginated page of services. */
export const ORUK_PAGE_SCHEMA = {
  $id: 'oruk-page',
  type: 'object',
  required: ['total_items', 'total_pages', 'page_number', 'size', 'first_page', 'last_page', 'empty', 'contents'],
  properties: {
    total_items: { type: 'integer', minimum: 0 },
    total_pages: { type: 'integer', minimum: 0 },
    page_number: { type: 'integer', minimum: 1 },
    size: { type: 'integer', minimum: 0 },
    first_page: { type: 'boolean' },
    last_page: { type: 'boolean' },
    empty: { type: 'boolean' },
    contents: { type: 'array', items: { $ref: 'oruk-service' } },
  },
} as const;
