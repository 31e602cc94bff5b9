import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { agencySchema, bankHolidaysSchema, crisisSchema, editionSchema, guideSchema } from './lib/schema.ts';
import { treeSchema } from './lib/tree-schema.ts';
import { selectedEdition } from './lib/edition.ts';
import { londonMoment } from './lib/hours.ts';

// Every rule here is also checked, with file-and-field messages, by src/integrations/content-check.ts
// before the build starts; these schemas give the pages their types.
const EDITION = selectedEdition(process.env);
const today = londonMoment(new Date()).date;
const fileName = ({ entry }: { entry: string }) => entry.split('/').pop()!.replace(/\.(ya?ml|mdx?)$/, '');

const agencies = defineCollection({
  loader: glob({ pattern: ['agencies/*.{yaml,yml}', `editions/${EDITION}/agencies/*.{yaml,yml}`], base: './content', generateId: fileName }),
  schema: agencySchema(today),
});

const guide = defineCollection({
  loader: glob({ pattern: ['guide/*.{md,mdx}', `editions/${EDITION}/guide/*.{md,mdx}`], base: './content', generateId: fileName }),
  schema: guideSchema(today),
});

const editions = defineCollection({
  loader: glob({ pattern: `editions/${EDITION}/edition.yaml`, base: './content', generateId: () => EDITION }),
  schema: editionSchema,
});

const crisis = defineCollection({
  loader: glob({ pattern: 'crisis.yaml', base: './content', generateId: fileName }),
  schema: crisisSchema,
});

const bankHolidays = defineCollection({
  loader: glob({ pattern: 'bank-holidays.yaml', base: './content', generateId: fileName }),
  schema: bankHolidaysSchema(today),
});

const tree = defineCollection({
  loader: glob({ pattern: 'tree.yaml', base: './content', generateId: fileName }),
  schema: treeSchema,
});

export const collections = { agencies, guide, editions, crisis, bankHolidays, tree };
