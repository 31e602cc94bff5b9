/**
 * The one reader of the content files outside Astro: the content check, the service worker, the
 * site address, the review, the import and the tests all read content/ through it. Astro's own
 * collections (src/content.config.ts) read the same files from the same paths (src/lib/content/content-paths.ts).
 *
 * Two ways in:
 * - `readContent`: every file as raw data (`ContentInput`), with each file that cannot be read
 *   (not UTF-8, empty, not YAML, too many aliases, no frontmatter) as a message naming the file
 *   and the fix. The content check then checks the data against the schemas.
 * - `readContentFile` and the typed readers below: one file's data checked against its zod
 *   schema, for build steps that run once the content check has passed.
 */
import { existsSync, globSync, readFileSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import { parseDocument } from 'yaml';
import { z } from 'zod';
import type { ContentInput, RawFile } from '../lib/content/content-input.ts';
import { splitFrontmatter } from '../lib/content/frontmatter.ts';
import {
  crisisSchema,
  editionSchema,
  localSchema,
  type Crisis,
  type Edition,
  type Local,
} from '../lib/content/schema.ts';
import { treeSchema, type Tree } from '../lib/tree/tree-schema.ts';
import {
  BANK_HOLIDAYS_FILE,
  CONTENT_DIR,
  CONTENT_FOLDERS,
  CRISIS_FILE,
  EASY_GUIDES_DIR,
  EASY_PICTURES_DIR,
  EASY_READ_DIR,
  EASY_PICTURES_FILE,
  EDITION_FILE,
  EDITIONS_DIR,
  GLOSSARY_FILE,
  LOCAL_FILE,
  LANGUAGE_HELP_FILE,
  LANGUAGES_DIR,
  LEGAL_WORDS_FILE,
  PINNED_NUMBERS_FILE,
  TREE_FILE,
  editionDir,
  type ContentFolder,
} from '../lib/content/content-paths.ts';

/** The most alias expansions a content file may make (yaml's own default): the guide's files use none. */
const MAX_YAML_ALIASES = 100;

export interface ReadResult {
  data: unknown;
  body?: string;
  bodyLine?: number;
  error?: string;
}

/**
 * A YAML text's data, or its first problem as "line L, column C: what is wrong". Parsed once: with
 * thousands of services, parsing each file a second time was a large part of the check.
 */
function parseYamlText(
  text: string,
  lineOffset = 0,
): { data: unknown; error?: undefined } | { data?: undefined; error: string } {
  const doc = parseDocument(text, { prettyErrors: true });
  const err = doc.errors[0];
  if (!err) {
    try {
      return { data: doc.toJS({ maxAliasCount: MAX_YAML_ALIASES }) };
    } catch (e) {
      // yaml stops a file whose aliases (*name) expand past the limit: an "alias bomb" that would stop the build.
      const why = e instanceof Error ? e.message.split('\n')[0] : String(e);
      return {
        error: `uses too many YAML aliases (*name copies of an &name value): ${why}. Fix: write each value out in full instead of using & and * (content files do not need aliases).`,
      };
    }
  }
  const pos = err.linePos?.[0];
  const where = pos ? `line ${pos.line + lineOffset}, column ${pos.col}` : 'somewhere';
  const what = err.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  return {
    error: `is not valid YAML at ${where}: ${what}. Fix: check the indentation and quotes on that line and the one before it.`,
  };
}

/** Reads one content file: text that is UTF-8, not empty, and parses; the problem otherwise. */
export function readData(path: string): ReadResult {
  const bytes = readFileSync(path);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const good = new TextDecoder('utf-8').decode(bytes);
    const bad = good.indexOf('\uFFFD');
    const line = bad === -1 ? 1 : good.slice(0, bad).split('\n').length;
    return {
      data: {},
      error: `is not saved as UTF-8 (line ${line} has bytes that are not UTF-8 text). Fix: save the file as UTF-8 in your editor and retype the damaged letters on that line.`,
    };
  }
  text = text.replace(/^\uFEFF/, '');
  if (!text.trim())
    return { data: {}, error: 'is empty. Fix: write its fields (copy a similar file to start), or delete the file.' };
  if (path.endsWith('.mdx') || path.endsWith('.md')) {
    const page = splitFrontmatter(text);
    if (!page)
      return {
        data: {},
        error: 'has no frontmatter. Fix: start the file with a line ---, then the fields, then a line --- .',
      };
    const front = parseYamlText(page.yaml, 1);
    if (front.error !== undefined)
      return { data: {}, error: front.error.replace('is not valid YAML', 'has frontmatter that is not valid YAML') };
    return { data: front.data ?? {}, body: page.body, bodyLine: page.bodyLine };
  }
  const parsed = parseYamlText(text);
  if (parsed.error !== undefined) return { data: {}, error: parsed.error };
  const data = parsed.data;
  if (data === null || data === undefined)
    return {
      data: {},
      error: 'has no fields, only comments. Fix: write its fields (copy a similar file to start), or delete the file.',
    };
  return { data };
}

/** A content folder's files (`dir` is the folder holding it: content/ or an edition's folder), sorted by name. */
function folderFiles(dir: string, folder: ContentFolder): string[] {
  const { dir: name, extensions } = CONTENT_FOLDERS[folder];
  return globSync(`*{${extensions.join(',')}}`, { cwd: join(dir, name) })
    .sort()
    .map((n) => join(dir, name, n));
}

/** The editions: each folder of content/editions/, sorted by name. */
function editionNames(content: string): string[] {
  return globSync('*', { cwd: join(content, EDITIONS_DIR), withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

/**
 * One content folder as raw data: the national files, then those of `edition` (if given). For a
 * step that needs only these, such as the import's list of the services the guide already has.
 */
export function readFolder(root: string, folder: ContentFolder, edition?: string): RawFile[] {
  const content = join(root, CONTENT_DIR);
  const dirs: [string, string | null][] = [[content, null]];
  if (edition) dirs.push([join(content, editionDir(edition)), edition]);
  return dirs.flatMap(([dir, ed]) =>
    folderFiles(dir, folder).map((path) => {
      const { data, error, body, bodyLine } = readData(path);
      return {
        file: relative(root, path),
        id: basename(path, extname(path)),
        edition: ed,
        data,
        body,
        bodyLine,
        unreadable: !!error,
      };
    }),
  );
}

/** Every content file in `root` as raw data, and a message for each file that cannot be read. */
export function readContent(root: string, today: string): { input: ContentInput; readErrors: string[] } {
  const content = join(root, CONTENT_DIR);
  const readErrors: string[] = [];
  const raw = (path: string, edition: string | null): RawFile => {
    const rel = relative(root, path);
    const { data, error, body, bodyLine } = readData(path);
    if (error) readErrors.push(`${rel}: ${error}`);
    return { file: rel, id: basename(path, extname(path)), edition, data, body, bodyLine, unreadable: !!error };
  };
  const optional = (name: string) => (existsSync(join(content, name)) ? raw(join(content, name), null) : null);
  const input: ContentInput = {
    today,
    agencies: folderFiles(content, 'agencies').map((p) => raw(p, null)),
    guides: folderFiles(content, 'guide').map((p) => raw(p, null)),
    editions: [],
    locals: [],
    bankHolidays: optional(BANK_HOLIDAYS_FILE),
    crisis: optional(CRISIS_FILE),
    tree: optional(TREE_FILE),
    pinned: optional(PINNED_NUMBERS_FILE),
    glossary: optional(GLOSSARY_FILE),
    legalWords: optional(LEGAL_WORDS_FILE),
    languageHelp: optional(LANGUAGE_HELP_FILE),
    languages: globSync('*.yaml', { cwd: join(content, LANGUAGES_DIR) })
      .sort()
      .map((n) => raw(join(content, LANGUAGES_DIR, n), null)),
    easyPictures: optional(EASY_PICTURES_FILE),
    easyPages: [EASY_READ_DIR, EASY_GUIDES_DIR].flatMap((dir) =>
      existsSync(join(content, dir))
        ? globSync('*.yaml', { cwd: join(content, dir) })
            .filter((f) => `${dir}/${f}` !== EASY_PICTURES_FILE)
            .sort()
            .map((f) => raw(join(content, dir, f), null))
        : [],
    ),
    easyPictureFiles: existsSync(join(root, EASY_PICTURES_DIR))
      ? globSync('*.svg', { cwd: join(root, EASY_PICTURES_DIR) }).sort()
      : [],
  };
  for (const ed of editionNames(content)) {
    const dir = join(content, editionDir(ed));
    const file = join(dir, EDITION_FILE);
    if (!existsSync(file)) {
      readErrors.push(
        `${relative(root, dir)}: has no edition.yaml. Fix: add edition.yaml with name, council, publisher, accessibility, local_crisis_line and roles (see docs/editions.md).`,
      );
      continue;
    }
    input.editions.push({ ...raw(file, ed), id: ed });
    const local = join(dir, LOCAL_FILE);
    if (existsSync(local)) input.locals!.push({ ...raw(local, ed), id: ed });
    input.agencies.push(...folderFiles(dir, 'agencies').map((p) => raw(p, ed)));
    input.guides.push(...folderFiles(dir, 'guide').map((p) => raw(p, ed)));
  }
  return { input, readErrors };
}

/** One content file that is missing, cannot be read or breaks its schema: the message names the file and the fix. */
export class ContentFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ContentFileError';
  }
}

/**
 * One content file (a path inside content/) checked against its schema. Missing: undefined.
 * Unreadable or not matching the schema: a ContentFileError naming the file, the first field and
 * `npm run check:content` for the whole list.
 */
export function readContentFile<S extends z.ZodType>(root: string, path: string, schema: S): z.output<S> | undefined {
  const full = join(root, CONTENT_DIR, path);
  const shown = `${CONTENT_DIR}/${path}`;
  if (!existsSync(full)) return undefined;
  const { data, error } = readData(full);
  if (error) throw new ContentFileError(`${shown}: ${error}`);
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue.path.map(String).join('.') || '(the whole file)';
    throw new ContentFileError(
      `${shown}: ${field} ${issue.message}. Fix: run npm run check:content for every problem and how to fix it.`,
    );
  }
  return parsed.data;
}

/** An edition's edition.yaml, checked; undefined when the edition has none. */
export const readEdition = (root: string, edition: string): Edition | undefined =>
  readContentFile(root, `${editionDir(edition)}/${EDITION_FILE}`, editionSchema);

/** An edition's local.yaml, checked; undefined when the edition has none. */
export const readLocal = (root: string, edition: string, today?: string): Local | undefined =>
  readContentFile(root, `${editionDir(edition)}/${LOCAL_FILE}`, localSchema(today));

/**
 * Only an edition's site_url (its other fields unchecked), for the Astro config, which needs the
 * address before the content check runs: a file that cannot be read or has no usable address gives
 * undefined, and the content check then names the problem.
 */
export function readEditionSiteUrl(root: string, edition: string): string | undefined {
  try {
    return readContentFile(
      root,
      `${editionDir(edition)}/${EDITION_FILE}`,
      z.looseObject({ site_url: editionSchema.shape.site_url }),
    )?.site_url;
  } catch (e) {
    if (e instanceof ContentFileError) return undefined;
    throw e;
  }
}

/** A content file the guide cannot be built without. */
function required<T>(value: T | undefined, path: string): T {
  if (value === undefined)
    throw new ContentFileError(
      `${CONTENT_DIR}/${path}: is missing. Fix: put the file back (git checkout -- ${CONTENT_DIR}/${path}).`,
    );
  return value;
}

/** The decision tree (content/tree.yaml), checked. */
export const readTree = (root: string): Tree => required(readContentFile(root, TREE_FILE, treeSchema), TREE_FILE);

/** The crisis panel (content/crisis.yaml), checked. */
export const readCrisis = (root: string): Crisis =>
  required(readContentFile(root, CRISIS_FILE, crisisSchema), CRISIS_FILE);
