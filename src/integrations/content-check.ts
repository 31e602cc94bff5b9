/**
 * Build step: read every content file and refuse to build when any breaks a rule, printing
 * each problem with the file, the field and the fix.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, basename, extname } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { checkContent, formatProblem, type ContentInput, type RawFile } from '../lib/content-check.ts';
import { londonMoment } from '../lib/hours.ts';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---/;

function readData(path: string): { data: unknown; error?: string } {
  const text = readFileSync(path, 'utf8');
  try {
    if (path.endsWith('.mdx') || path.endsWith('.md')) {
      const m = FRONTMATTER.exec(text);
      if (!m) return { data: {}, error: 'has no frontmatter. Fix: start the file with --- , the fields, then --- .' };
      return { data: parseYaml(m[1]) };
    }
    return { data: parseYaml(text) };
  } catch (e) {
    return { data: {}, error: `is not valid YAML (${(e as Error).message.split('\n')[0]}). Fix: check indentation and quotes.` };
  }
}

function listFiles(dir: string, exts: string[]): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => exts.includes(extname(n)))
    .sort()
    .map((n) => join(dir, n));
}

export function readContent(root: string, today: string): { input: ContentInput; readErrors: string[] } {
  const content = join(root, 'content');
  const readErrors: string[] = [];
  const raw = (path: string, edition: string | null): RawFile => {
    const rel = relative(root, path);
    const { data, error } = readData(path);
    if (error) readErrors.push(`${rel}: ${error}`);
    return { file: rel, id: basename(path, extname(path)), edition, data };
  };
  const editionsDir = join(content, 'editions');
  const editionNames = existsSync(editionsDir)
    ? readdirSync(editionsDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()
    : [];
  const input: ContentInput = {
    today,
    agencies: listFiles(join(content, 'agencies'), ['.yaml', '.yml']).map((p) => raw(p, null)),
    guides: listFiles(join(content, 'guide'), ['.mdx', '.md']).map((p) => raw(p, null)),
    editions: [],
    bankHolidays: existsSync(join(content, 'bank-holidays.yaml')) ? raw(join(content, 'bank-holidays.yaml'), null) : null,
    crisis: existsSync(join(content, 'crisis.yaml')) ? raw(join(content, 'crisis.yaml'), null) : null,
    tree: existsSync(join(content, 'tree.yaml')) ? raw(join(content, 'tree.yaml'), null) : null,
  };
  for (const ed of editionNames) {
    const dir = join(editionsDir, ed);
    const file = join(dir, 'edition.yaml');
    if (!existsSync(file)) {
      readErrors.push(`${relative(root, dir)}: has no edition.yaml. Fix: add edition.yaml with name, council, local_crisis_line and roles.`);
      continue;
    }
    input.editions.push({ ...raw(file, ed), id: ed });
    input.agencies.push(...listFiles(join(dir, 'agencies'), ['.yaml', '.yml']).map((p) => raw(p, ed)));
    input.guides.push(...listFiles(join(dir, 'guide'), ['.mdx', '.md']).map((p) => raw(p, ed)));
  }
  return { input, readErrors };
}

export function contentCheck(options: { edition: string }): AstroIntegration {
  return {
    name: 'guide:content-check',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const root = new URL('.', config.root).pathname;
        const today = londonMoment(new Date()).date;
        const { input, readErrors } = readContent(root, today);
        const editions = input.editions.map((e) => e.id);
        const errors = [...readErrors];
        if (!editions.includes(options.edition)) {
          errors.push(`EDITION=${options.edition}: there is no folder content/editions/${options.edition}/. Fix: use one of ${editions.join(', ') || '(none yet)'}, or add that folder.`);
        }
        errors.push(...checkContent(input).map(formatProblem));
        if (errors.length) {
          const message = `The content has ${errors.length} problem${errors.length === 1 ? '' : 's'}:\n  - ${errors.join('\n  - ')}`;
          logger.error(message);
          throw new Error(message);
        }
        logger.info(`content checked: ${input.agencies.length} agencies, ${input.guides.length} pages, editions ${editions.join(', ')}; building ${options.edition}`);
      },
    },
  };
}
