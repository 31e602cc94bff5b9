/**
 * Checks all of the guide's content together, before the site is built: every field of every
 * file against its schema, then the rules that span files (duplicate ids, references to
 * agencies and roles). Each problem names the file, the field and the fix.
 */
import type { z } from 'zod';
import { agencySchema, bankHolidaysSchema, crisisSchema, editionSchema, guideSchema, type Edition, type GuideMeta, type Crisis } from './schema.ts';
import { ROLES, type RoleId } from './taxonomy.ts';
import { validateTree, type TreeContext } from './tree.ts';
import { treeSchema } from './tree-schema.ts';
import { checkGuideText, type GuideText } from './guide-text.ts';
import { internalLinkProblem, sitePages, type SitePages } from './site-links.ts';
import { editionGaps } from './edition-gaps.ts';
import { guideHref } from './routes.ts';
import { checkGlossaryFiles } from './plain-english.ts';

export interface RawFile {
  /** Path shown in messages, relative to the project, e.g. content/agencies/samaritans.yaml */
  file: string;
  /** Entry id (file name without extension). */
  id: string;
  /** Edition folder the file belongs to, or null for national content. */
  edition: string | null;
  data: unknown;
  /** The page text after the frontmatter (guide pages only). */
  body?: string;
  /** The line of the file where `body` starts. */
  bodyLine?: number;
  /** True when the file could not be read or parsed; its problem is already reported, so nothing else is said about it. */
  unreadable?: boolean;
}

export interface ContentInput {
  today: string;
  agencies: RawFile[];
  guides: RawFile[];
  editions: RawFile[];
  bankHolidays: RawFile | null;
  crisis: RawFile | null;
  /** The decision tree (content/tree.yaml). */
  tree?: RawFile | null;
  /** The glossary (content/glossary.yaml): null when the file is missing, left out when not read. */
  glossary?: RawFile | null;
  /** The legal and service words public pages may use only if the glossary explains them (content/legal-words.yaml). */
  legalWords?: RawFile | null;
}

export interface ContentProblem {
  file: string;
  field: string;
  message: string;
  /** The line in the file, when known. */
  line?: number;
}

export function formatProblem(p: ContentProblem): string {
  return `${p.file}${p.line ? `:${p.line}` : ''}: ${p.field ? `${p.field}: ` : ''}${p.message}`;
}

/** Each problem once, in the order found. */
export function uniqueProblems(problems: readonly ContentProblem[]): ContentProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = formatProblem(p);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function fieldPath(path: readonly PropertyKey[]): string {
  return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : `${i === 0 ? '' : '.'}${String(k)}`)).join('');
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = data;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v;
}

/** A path with each list item that has an id named by it (nodes.council-review), not by its position (nodes[11]). */
function pathById(data: unknown, path: readonly PropertyKey[]): PropertyKey[] {
  return path.map((k, i) => {
    if (typeof k !== 'number') return k;
    const id = (valueAt(data, path.slice(0, i + 1)) as { id?: unknown } | undefined)?.id;
    return typeof id === 'string' && id ? id : k;
  });
}

function parseWith<S extends z.ZodType>(schema: S, f: RawFile, problems: ContentProblem[], byId = false): z.output<S> | null {
  if (f.unreadable) return null;
  const res = schema.safeParse(f.data ?? {});
  if (res.success) return res.data;
  for (const issue of res.error.issues) {
    let message = issue.message;
    const value = valueAt(f.data, issue.path);
    if (issue.code === 'invalid_type' && value === undefined) {
      // A field's own message says what to add; otherwise the general one.
      message = /Fix:/.test(issue.message) ? issue.message : 'is missing. Fix: add this field.';
    } else if (issue.code === 'invalid_value' && 'values' in issue) {
      message = `"${String(value)}" is not allowed. Fix: use one of ${(issue.values as unknown[]).map(String).join(', ')}.`;
    } else if (!/Fix:/.test(message)) {
      message = `${message}. Fix: correct this value.`;
    }
    problems.push({ file: f.file, field: fieldPath(byId ? pathById(f.data, issue.path) : issue.path) || '(file)', message });
  }
  return null;
}

const ID_RULE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export function checkContent(input: ContentInput): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const { today } = input;

  // 1. Each file against its schema, and its file name as an id.
  const agencyIds = new Map<string, RawFile[]>();
  // One schema for all agency files and one for all guide pages (built once, not once per file).
  const agencyFile = agencySchema(today);
  const guideFile = guideSchema(today);
  for (const f of input.agencies) {
    parseWith(agencyFile, f, problems);
    if (!ID_RULE.test(f.id)) {
      problems.push({
        file: f.file,
        field: '(file name)',
        message: `"${f.id}" is not a usable id. Fix: rename the file in lowercase words joined by hyphens, e.g. medway-council-housing.yaml.`,
      });
    }
    agencyIds.set(f.id, [...(agencyIds.get(f.id) ?? []), f]);
  }
  const guides: { f: RawFile; meta: GuideMeta | null }[] = input.guides.map((f) => ({ f, meta: parseWith(guideFile, f, problems) }));
  const editions: { f: RawFile; meta: Edition | null }[] = input.editions.map((f) => ({ f, meta: parseWith(editionSchema, f, problems) }));
  let crisis: Crisis | null = null;
  if (input.crisis) crisis = parseWith(crisisSchema, input.crisis, problems);
  else problems.push({ file: 'content/crisis.yaml', field: '(file)', message: 'is missing. Fix: add the crisis panel file.' });
  if (input.bankHolidays) parseWith(bankHolidaysSchema(today), input.bankHolidays, problems);
  else problems.push({ file: 'content/bank-holidays.yaml', field: '(file)', message: 'is missing. Fix: add the sourced list of bank holidays.' });

  // 2. Duplicate ids: an agency id must be unique among national agencies and any one edition's.
  for (const [id, files] of agencyIds) {
    const national = files.filter((f) => f.edition === null);
    const byEdition = new Map<string, RawFile[]>();
    for (const f of files) if (f.edition) byEdition.set(f.edition, [...(byEdition.get(f.edition) ?? []), f]);
    const clash = (a: RawFile, b: RawFile) =>
      problems.push({
        file: b.file,
        field: '(file name)',
        message: `duplicate agency id "${id}": ${a.file} has the same id. Fix: rename one of the files, or delete the copy.`,
      });
    for (let i = 1; i < national.length; i++) clash(national[0], national[i]);
    for (const list of byEdition.values()) {
      const first = national[0] ?? list[0];
      for (const f of list) if (f !== first) clash(first, f);
    }
  }
  const guideIds = new Map<string, RawFile>();
  for (const { f } of guides) {
    const key = `${f.edition ?? ''}/${f.id}`;
    const nationalKey = `/${f.id}`;
    const prior = guideIds.get(key) ?? (f.edition ? guideIds.get(nationalKey) : undefined);
    if (prior)
      problems.push({
        file: f.file,
        field: '(file name)',
        message: `duplicate page id "${f.id}": ${prior.file} has the same id. Fix: rename one of the files.`,
      });
    else guideIds.set(key, f);
  }

  const agencyExists = (id: string, edition: string | null) => (agencyIds.get(id) ?? []).some((f) => f.edition === null || f.edition === edition);
  const editionIds = editions.map((e) => e.f.edition ?? e.f.id);

  // 3. References from editions, guide pages and the crisis panel.
  for (const { f, meta } of editions) {
    if (!meta) continue;
    const ed = f.edition ?? f.id;
    if (!agencyExists(meta.local_crisis_line, ed)) {
      problems.push({
        file: f.file,
        field: 'local_crisis_line',
        message: `refers to agency "${meta.local_crisis_line}", which does not exist. Fix: use the file name (without .yaml) of an agency in content/agencies/ or content/editions/${ed}/agencies/.`,
      });
    }
    for (const [role, ids] of Object.entries(meta.roles) as [RoleId, string[]][]) {
      ids.forEach((id, i) => {
        if (!agencyExists(id, ed)) {
          problems.push({
            file: f.file,
            field: `roles.${role}[${i}]`,
            message: `refers to agency "${id}", which does not exist. Fix: use the file name (without .yaml) of an agency in content/agencies/ or content/editions/${ed}/agencies/.`,
          });
        }
      });
    }
  }
  for (const { f, meta } of guides) {
    if (!meta) continue;
    const scope = f.edition ? [f.edition] : editionIds;
    meta.agencies.forEach((id, i) => {
      const missingIn = f.edition ? (agencyExists(id, f.edition) ? [] : [f.edition]) : agencyExists(id, null) ? [] : ['national content'];
      if (missingIn.length) {
        problems.push({
          file: f.file,
          field: `agencies[${i}]`,
          message: `refers to agency "${id}", which does not exist. Fix: use the file name (without .yaml) of an agency in content/agencies/${f.edition ? ` or content/editions/${f.edition}/agencies/` : ''}.`,
        });
      }
    });
    meta.roles.forEach((role, i) => {
      for (const ed of scope) {
        const edition = editions.find((e) => (e.f.edition ?? e.f.id) === ed);
        if (edition?.meta && !edition.meta.roles[role]?.length) {
          problems.push({
            file: f.file,
            field: `roles[${i}]`,
            message: `asks for the "${role}" (${ROLES[role]}), but the ${ed} edition does not say who that is. Fix: add roles.${role} to ${edition.f.file}, or remove the role from this page.`,
          });
        }
      }
    });
  }
  if (crisis && input.crisis) {
    for (const [t, tier] of crisis.tiers.entries()) {
      for (const [i, id] of tier.agencies.entries()) {
        if (!agencyExists(id, null)) {
          problems.push({
            file: input.crisis!.file,
            field: `tiers[${t}].agencies[${i}]`,
            message: `refers to agency "${id}", which does not exist. Fix: use the file name of a national agency in content/agencies/.`,
          });
        }
      }
    }
  }
  // 4. The decision tree: its own rules, and that every outcome names help in every edition.
  if (input.tree) {
    const tree = parseWith(treeSchema, input.tree, problems, true);
    if (tree) {
      const ctx: TreeContext = { editions: {}, guides: new Set(input.guides.filter((g) => g.edition === null).map((g) => g.id)) };
      for (const { f, meta } of editions) {
        // An edition that failed its own check has already been reported: checking the tree
        // against it would only repeat that problem as knock-on errors.
        if (!meta) continue;
        const ed = f.edition ?? f.id;
        ctx.editions[ed] = {
          agencies: new Set(input.agencies.filter((a) => a.edition === null || a.edition === ed).map((a) => a.id)),
          roles: new Set(meta ? (Object.keys(meta.roles) as RoleId[]).filter((r) => meta.roles[r]?.length) : []),
        };
      }
      for (const p of validateTree(tree, ctx)) problems.push({ file: input.tree.file, field: `nodes.${p.node}`, message: p.message });
    }
  }

  // 5. The text of guide pages, and every link on this site in guide pages and YAML.
  const texts = new Map<RawFile, GuideText>();
  for (const { f } of guides) {
    if (f.unreadable || f.body === undefined) continue;
    const t = checkGuideText(f.body, f.bodyLine ?? 1);
    texts.set(f, t);
    for (const p of t.problems) problems.push({ file: f.file, line: p.line, field: '(page text)', message: p.message });
  }
  const treeNodes = treeNodeIds(input.tree);
  const pagesFor = new Map<string | null, SitePages>();
  const scopes: (string | null)[] = editionIds.length ? editionIds : [null];
  for (const ed of scopes) {
    const inEdition = (r: RawFile) => r.edition === null || r.edition === ed;
    const eGuides = guides.filter(({ f }) => inEdition(f));
    const eAgencies = input.agencies.filter(inEdition);
    pagesFor.set(
      ed,
      sitePages({
        guides: eGuides.map(({ f }) => ({ id: f.id, headingIds: texts.get(f)?.headingIds ?? [] })),
        services: eAgencies.map((a) => ({
          id: a.id,
          name: stringField(a.data, 'name') ?? a.id,
          local: a.edition !== null,
          categories: arrayField(a.data, 'categories'),
        })),
        treeNodes,
        topics: [...new Set(eGuides.map(({ f, meta }) => meta?.topic ?? stringField(f.data, 'topic')).filter((t): t is string => !!t))],
      }),
    );
  }
  for (const { f } of guides) {
    const t = texts.get(f);
    if (!t) continue;
    const from = guideHref(f.id);
    for (const link of t.links) {
      if (!link.url.startsWith('/') && !link.url.startsWith('#')) continue;
      for (const ed of f.edition ? [f.edition] : scopes) {
        const pages = pagesFor.get(ed);
        const problem = pages && internalLinkProblem(link.url, pages, from);
        if (problem) {
          problems.push({
            file: f.file,
            line: link.line,
            field: '(page text)',
            message: `${problem}${ed && scopes.length > 1 ? ` (in the ${ed} edition)` : ''}`,
          });
          break;
        }
      }
    }
  }
  const yamlFiles = [...input.agencies, ...input.editions, input.crisis, input.tree].filter((f): f is RawFile => !!f && !f.unreadable);
  for (const f of yamlFiles) {
    for (const { path, value } of siteLinksIn(f.data)) {
      for (const ed of f.edition ? [f.edition] : scopes) {
        const pages = pagesFor.get(ed);
        const problem = pages && internalLinkProblem(value, pages, '/');
        if (problem) {
          problems.push({ file: f.file, field: fieldPath(path), message: problem });
          break;
        }
      }
    }
  }
  // 6. The glossary and the list of legal words beside it.
  problems.push(...checkGlossaryFiles(input));
  // 7. Each edition's empty roles, as one to-do list (see edition-gaps.ts).
  problems.push(...editionGaps(input));
  return uniqueProblems(problems);
}

function stringField(data: unknown, key: string): string | undefined {
  const v = data && typeof data === 'object' ? (data as Record<string, unknown>)[key] : undefined;
  return typeof v === 'string' ? v : undefined;
}
function arrayField(data: unknown, key: string): string[] {
  const v = data && typeof data === 'object' ? (data as Record<string, unknown>)[key] : undefined;
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}
function treeNodeIds(tree: RawFile | null | undefined): string[] {
  const nodes = tree && !tree.unreadable && tree.data && typeof tree.data === 'object' ? (tree.data as { nodes?: unknown }).nodes : undefined;
  return Array.isArray(nodes)
    ? nodes.map((n) => (n && typeof n === 'object' ? (n as { id?: unknown }).id : undefined)).filter((id): id is string => typeof id === 'string')
    : [];
}

/** Every string in YAML data that is a path on this site (/...) or a Markdown link to one. */
function siteLinksIn(data: unknown, path: PropertyKey[] = []): { path: PropertyKey[]; value: string }[] {
  if (typeof data === 'string') {
    const out: { path: PropertyKey[]; value: string }[] = [];
    if (/^\/(?!\/)\S*$/.test(data.trim())) out.push({ path, value: data.trim() });
    for (const m of data.matchAll(/\]\((\/(?!\/)[^)\s]*)\)/g)) out.push({ path, value: m[1] });
    return out;
  }
  if (Array.isArray(data)) return data.flatMap((v, i) => siteLinksIn(v, [...path, i]));
  if (data && typeof data === 'object') return Object.entries(data).flatMap(([k, v]) => siteLinksIn(v, [...path, k]));
  return [];
}
