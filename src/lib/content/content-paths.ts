/**
 * Where the content files live, in one place: the Astro collections (src/content.config.ts) load
 * them from here and the content reader (src/build-tools/content-reader.ts) reads the same files.
 * Paths are relative to the content folder.
 */

export const CONTENT_DIR = 'content';
export const EDITIONS_DIR = 'editions';
export const EDITION_FILE = 'edition.yaml';
/** An edition's local additions to outcomes and guide pages, and its council's own routes (beside edition.yaml). */
export const LOCAL_FILE = 'local.yaml';
export const CRISIS_FILE = 'crisis.yaml';
export const BANK_HOLIDAYS_FILE = 'bank-holidays.yaml';
export const TREE_FILE = 'tree.yaml';
/** The national emergency and crisis numbers, with their sources (see src/lib/directory/pinned-numbers.ts). */
export const PINNED_NUMBERS_FILE = 'pinned-numbers.yaml';
export const GLOSSARY_FILE = 'glossary.yaml';
export const LEGAL_WORDS_FILE = 'legal-words.yaml';
/** "Help now in other languages": the sections in English, and one file per language in languages/. */
export const LANGUAGE_HELP_FILE = 'language-help.yaml';
export const LANGUAGES_DIR = 'languages';
/** The easy read pictures: their ids and what each shows (the files are in EASY_PICTURES_DIR). */
export const EASY_PICTURES_FILE = 'easy-read/pictures.yaml';
/** The easy read pages of their own (start, crisis) and the easy read guide pages (named by the guide's id). */
export const EASY_READ_DIR = 'easy-read';
export const EASY_GUIDES_DIR = 'easy-read/guides';
/** Where the easy read picture files are, relative to the project (served at /easy-read/pictures/). */
export const EASY_PICTURES_DIR = 'content/easy-read/pictures';

/** Folders of one file per item, found both at the top of content/ and in each edition's folder. */
export const CONTENT_FOLDERS = {
  agencies: { dir: 'agencies', extensions: ['.yaml', '.yml'] },
  guide: { dir: 'guide', extensions: ['.mdx', '.md'] },
} as const;
export type ContentFolder = keyof typeof CONTENT_FOLDERS;

/** An edition's own folder. */
export const editionDir = (edition: string) => `${EDITIONS_DIR}/${edition}`;

/** Glob patterns for a folder's files: the national ones and the edition's own. */
export function contentGlobs(folder: ContentFolder, edition: string): string[] {
  const { dir, extensions } = CONTENT_FOLDERS[folder];
  const names = `*.{${extensions.map((e) => e.slice(1)).join(',')}}`;
  return [`${dir}/${names}`, `${editionDir(edition)}/${dir}/${names}`];
}
