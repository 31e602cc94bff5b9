/**
 * Build step: read every content file and refuse to build when any breaks a rule, printing
 * each problem with the file, the field and the fix.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, basename, extname } from 'node:path';
import { parseDocument } from 'yaml';
import { checkContent, formatProblem, type ContentInput, type RawFile } from '../lib/content-check.ts';
import { londonToday } from '../lib/hours.ts';
import { splitFrontmatter } from '../lib/frontmatter.ts';
import { drawingFilesProblems, mermaidDiagramProblems } from '../build-tools/drawing-check.ts';
import {
  BANK_HOLIDAYS_FILE,
  CONTENT_DIR,
  CONTENT_FOLDERS,
  CRISIS_FILE,
  EDITION_FILE,
  EDITIONS_DIR,
  GLOSSARY_FILE,
  LEGAL_WORDS_FILE,
  PINNED_NUMBERS_FILE,
  TREE_FILE,
} from '../lib/content-paths.ts';

/** The most alias expansions a content file may make (yaml's own default): the guide's files use none. */
const MAX_YAML_ALIASES = 100;

interface ReadResult {
  data: unknown;
  body?: string;
  bodyLine?: number;
  error?: string;
}

/**
 * A YAML text's data, or its first problem as "line L, column C: what is wrong". Parsed once: with
 * thousands of services, parsing each file a second time was a large part of the check.
 */
function parseYamlText(text: string, lineOffset = 0): { data: unknown; error?: undefined } | { data?: undefined; error: string } {
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
  return { error: `is not valid YAML at ${where}: ${what}. Fix: check the indentation and quotes on that line and the one before it.` };
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
  if (!text.trim()) return { data: {}, error: 'is empty. Fix: write its fields (copy a similar file to start), or delete the file.' };
  if (path.endsWith('.mdx') || path.endsWith('.md')) {
    const page = splitFrontmatter(text);
    if (!page) return { data: {}, error: 'has no frontmatter. Fix: start the file with a line ---, then the fields, then a line --- .' };
    const front = parseYamlText(page.yaml, 1);
    if (front.error !== undefined) return { data: {}, error: front.error.replace('is not valid YAML', 'has frontmatter that is not valid YAML') };
    return { data: front.data ?? {}, body: page.body, bodyLine: page.bodyLine };
  }
  const parsed = parseYamlText(text);
  if (parsed.error !== undefined) return { data: {}, error: parsed.error };
  const data = parsed.data;
  if (data === null || data === undefined)
    return { data: {}, error: 'has no fields, only comments. Fix: write its fields (copy a similar file to start), or delete the file.' };
  return { data };
}

function listFiles(dir: string, exts: readonly string[]): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => exts.includes(extname(n)))
    .sort()
    .map((n) => join(dir, n));
}

export function readContent(root: string, today: string): { input: ContentInput; readErrors: string[] } {
  const content = join(root, CONTENT_DIR);
  const { agencies, guide } = CONTENT_FOLDERS;
  const readErrors: string[] = [];
  const raw = (path: string, edition: string | null): RawFile => {
    const rel = relative(root, path);
    const { data, error, body, bodyLine } = readData(path);
    if (error) readErrors.push(`${rel}: ${error}`);
    return { file: rel, id: basename(path, extname(path)), edition, data, body, bodyLine, unreadable: !!error };
  };
  const editionsDir = join(content, EDITIONS_DIR);
  const optional = (name: string) => (existsSync(join(content, name)) ? raw(join(content, name), null) : null);
  const editionNames = existsSync(editionsDir)
    ? readdirSync(editionsDir, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : [];
  const input: ContentInput = {
    today,
    agencies: listFiles(join(content, agencies.dir), agencies.extensions).map((p) => raw(p, null)),
    guides: listFiles(join(content, guide.dir), guide.extensions).map((p) => raw(p, null)),
    editions: [],
    bankHolidays: optional(BANK_HOLIDAYS_FILE),
    crisis: optional(CRISIS_FILE),
    tree: optional(TREE_FILE),
    pinned: optional(PINNED_NUMBERS_FILE),
    glossary: optional(GLOSSARY_FILE),
    legalWords: optional(LEGAL_WORDS_FILE),
  };
  for (const ed of editionNames) {
    const dir = join(editionsDir, ed);
    const file = join(dir, EDITION_FILE);
    if (!existsSync(file)) {
      readErrors.push(`${relative(root, dir)}: has no edition.yaml. Fix: add edition.yaml with name, council, local_crisis_line and roles.`);
      continue;
    }
    input.editions.push({ ...raw(file, ed), id: ed });
    input.agencies.push(...listFiles(join(dir, agencies.dir), agencies.extensions).map((p) => raw(p, ed)));
    input.guides.push(...listFiles(join(dir, guide.dir), guide.extensions).map((p) => raw(p, ed)));
  }
  return { input, readErrors };
}

/**
 * Every problem with the content in `root`, as messages naming the file, the field (or line)
 * and the fix; empty when the content can be built. `edition` is the edition about to be built.
 * Includes the kept drawings and the guide pages' Mermaid diagrams (build-tools/drawing-check.ts).
 */
export async function contentProblems(root: string, today: string, edition?: string): Promise<{ messages: string[]; input: ContentInput }> {
  const { input, readErrors } = readContent(root, today);
  const editions = input.editions.map((e) => e.id);
  const messages = [...readErrors];
  if (edition !== undefined && !editions.includes(edition)) {
    messages.push(
      `EDITION=${edition}: there is no folder content/editions/${edition}/. Fix: use one of ${editions.join(', ') || '(none yet)'}, or add that folder.`,
    );
  }
  messages.push(...checkContent(input).map(formatProblem));
  messages.push(...drawingFilesProblems(root).map(formatProblem), ...(await mermaidDiagramProblems(input.guides)).map(formatProblem));
  return { messages: [...new Set(messages)], input };
}

/** An error that Astro prints as its message alone: the problems were already listed once. */
class ContentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ContentError';
    this.stack = '';
  }
}

export function contentCheck(options: { edition: string }): AstroIntegration {
  return {
    name: 'guide:content-check',
    hooks: {
      'astro:config:setup': async ({ config, logger }) => {
        const root = new URL('.', config.root).pathname;
        const today = londonToday();
        const { messages, input } = await contentProblems(root, today, options.edition);
        if (messages.length) {
          logger.error(`The content has ${messages.length} problem${messages.length === 1 ? '' : 's'}:\n  - ${messages.join('\n  - ')}`);
          throw new ContentError('The build stopped: fix the content problems listed above.');
        }
        logger.info(
          `content checked: ${input.agencies.length} agencies, ${input.guides.length} pages, editions ${input.editions.map((e) => e.id).join(', ')}; building ${options.edition}`,
        );
      },
    },
  };
}
