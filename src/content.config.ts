import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import {
  agencySchema,
  bankHolidaysSchema,
  crisisSchema,
  editionSchema,
  guideSchema,
  localSchema,
} from './lib/content/schema.ts';
import { treeSchema } from './lib/tree/tree-schema.ts';
import { glossaryFileSchema } from './lib/content/plain-english.ts';
import { languageHelpSchema, languageSchema } from './lib/content/languages.ts';
import { easyPageFileSchema, easyPicturesFileSchema } from './lib/content/easy-read.ts';
import { selectedEdition } from './lib/edition.ts';
import { londonToday } from './lib/directory/hours.ts';
import { contentRoot } from './build-tools/content-root.ts';
import {
  BANK_HOLIDAYS_FILE,
  CONTENT_DIR,
  CRISIS_FILE,
  EASY_GUIDES_DIR,
  EASY_PICTURES_FILE,
  EASY_READ_DIR,
  EDITION_FILE,
  GLOSSARY_FILE,
  LANGUAGE_HELP_FILE,
  LANGUAGES_DIR,
  LOCAL_FILE,
  TREE_FILE,
  contentGlobs,
  editionDir,
} from './lib/content/content-paths.ts';

// Astro keeps parsed content between builds and throws it away only when this file's text changes,
// not when a schema it imports does: after a schema gains a field with a default, change this line.
// Schemas last changed: services gained feed fields (feed_id, ages, fees, languages, contacts).
// Every rule here is also checked, with file-and-field messages, by the content check (src/build-tools/content-problems.ts)
// before the build starts; these schemas give the pages their types.
const EDITION = selectedEdition(process.env);
const today = londonToday();
// This project's content/, or the copy CONTENT_ROOT names (src/build-tools/content-root.ts).
const base = `${contentRoot()}/${CONTENT_DIR}`;
const fileName = ({ entry }: { entry: string }) =>
  entry
    .split('/')
    .pop()!
    .replace(/\.(ya?ml|mdx?)$/, '');

const agencies = defineCollection({
  loader: glob({ pattern: contentGlobs('agencies', EDITION), base, generateId: fileName }),
  schema: agencySchema(today),
});

const guide = defineCollection({
  loader: glob({ pattern: contentGlobs('guide', EDITION), base, generateId: fileName }),
  schema: guideSchema(today),
});

const editions = defineCollection({
  loader: glob({ pattern: `${editionDir(EDITION)}/${EDITION_FILE}`, base, generateId: () => EDITION }),
  schema: editionSchema,
});

/** The edition's local additions (local.yaml); an edition without one has an empty collection. */
const local = defineCollection({
  loader: glob({ pattern: `${editionDir(EDITION)}/${LOCAL_FILE}`, base, generateId: () => EDITION }),
  schema: localSchema(today),
});

const crisis = defineCollection({
  loader: glob({ pattern: CRISIS_FILE, base, generateId: fileName }),
  schema: crisisSchema,
});

const bankHolidays = defineCollection({
  loader: glob({ pattern: BANK_HOLIDAYS_FILE, base, generateId: fileName }),
  schema: bankHolidaysSchema(today),
});

const tree = defineCollection({
  loader: glob({ pattern: TREE_FILE, base, generateId: fileName }),
  schema: treeSchema,
});

const glossary = defineCollection({
  loader: glob({ pattern: GLOSSARY_FILE, base, generateId: fileName }),
  schema: glossaryFileSchema,
});

/** "Help now in other languages": one page per language, and the sections they share (in English). */
const languages = defineCollection({
  loader: glob({ pattern: `${LANGUAGES_DIR}/*.yaml`, base, generateId: fileName }),
  schema: languageSchema(today),
});

const languageHelp = defineCollection({
  loader: glob({ pattern: LANGUAGE_HELP_FILE, base, generateId: fileName }),
  schema: languageHelpSchema(today),
});

/** The easy read pictures: each one's id and what it shows (its alt text). */
const easyPictures = defineCollection({
  loader: glob({ pattern: EASY_PICTURES_FILE, base, generateId: () => 'pictures' }),
  schema: easyPicturesFileSchema,
});

/** The easy read pages of their own: "start", "crisis", and "guides/<guide id>". */
const easyPages = defineCollection({
  loader: glob({
    pattern: [`${EASY_READ_DIR}/*.yaml`, `!${EASY_PICTURES_FILE}`, `${EASY_GUIDES_DIR}/*.yaml`],
    base,
    generateId: ({ entry }) => entry.replace(`${EASY_READ_DIR}/`, '').replace(/\.yaml$/, ''),
  }),
  schema: easyPageFileSchema,
});

export const collections = {
  agencies,
  guide,
  editions,
  local,
  crisis,
  bankHolidays,
  tree,
  glossary,
  languages,
  languageHelp,
  easyPictures,
  easyPages,
};
