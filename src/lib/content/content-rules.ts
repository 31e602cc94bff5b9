/**
 * Checks all of the guide's content together, before the site is built: every field of every
 * file against its schema, then the rules that span files (duplicate ids, references to
 * agencies and roles). Each problem names the file, the field and the fix.
 *
 * Every file is read once (`checkContext`); then the rule passes (`CONTENT_PASSES`) run in
 * order, each named as its rule in docs/editing-content.md.
 */
import type { z } from 'zod';
import {
  agencySchema,
  bankHolidaysSchema,
  crisisSchema,
  editionSchema,
  guideSchema,
  localSchema,
  type Edition,
  type GuideMeta,
  type Local,
  type Crisis,
} from './schema.ts';
import { ROLES, type RoleId } from '../taxonomy.ts';
import { validateTree, type TreeContext } from '../tree/tree.ts';
import { easyPageFileProblems, easyPictureProblems, easyTreeProblems } from './easy-read.ts';
import type { GlossaryTerm } from './readability.ts';
import { treeSchema, type Tree } from '../tree/tree-schema.ts';
import { treeShapeProblems } from '../tree/tree-shape.ts';
import { checkGuideText, type GuideText } from './guide-text.ts';
import { internalLinkProblem, sitePages, type SitePages } from '../site/site-links.ts';
import { editionGaps } from './edition-gaps.ts';
import { guideHref } from '../site/routes.ts';
import {
  PINNED_FILE,
  digitsOf,
  numberProblem,
  numbersInText,
  pinnedNumbersSchema,
  pinnedProblem,
  pinsFrom,
  type Pin,
} from '../directory/pinned-numbers.ts';
import { checkGlossaryFiles } from './plain-english.ts';
import { localAdditionsProblems, localHelpProblems, type LocalRulesInput } from './local-rules.ts';
import type { ContentInput, ContentProblem, RawFile } from './content-input.ts';
import { languageHelpSchema, languageProblems, languageSchema } from './languages.ts';

export function formatProblem(p: ContentProblem): string {
  return `${p.file}${p.line ? `:${p.line}` : ''}: ${p.field ? `${p.field}: ` : ''}${p.message}`;
}

/** Each problem once, in the order found. */
function uniqueProblems(problems: readonly ContentProblem[]): ContentProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = formatProblem(p);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * A field's path as an editor finds it: a list item that has an `id` is named by it
 * (`nodes.no-recourse.first.do`, `tiers.life-at-risk.agencies`), others by position (`phones[0]`).
 */
function fieldPath(path: readonly PropertyKey[], data?: unknown): string {
  let v: unknown = data;
  return path
    .map((k, i) => {
      const here = v;
      v = here !== null && typeof here === 'object' ? (here as Record<PropertyKey, unknown>)[k] : undefined;
      if (typeof k === 'number') {
        const id = v !== null && typeof v === 'object' ? (v as { id?: unknown }).id : undefined;
        return typeof id === 'string' && /^[a-z0-9-]{1,60}$/.test(id) ? `${i === 0 ? '' : '.'}${id}` : `[${k}]`;
      }
      return `${i === 0 ? '' : '.'}${String(k)}`;
    })
    .join('');
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = data;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v;
}

const KIND_OF: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a group of fields',
};
const HOW_TO_WRITE: Record<string, string> = {
  string: 'write the text (put it in quotes if it starts with a special character)',
  number: 'write a number, such as 2',
  int: 'write a whole number, such as 2',
  boolean: 'write true or false',
  array: 'write a list, such as [a, b], or one "- item" per line',
  object: 'write the field names indented under it (copy a similar file)',
};
const shown = (value: unknown) => (typeof value === 'string' ? `"${value}"` : (JSON.stringify(value) ?? String(value)));
const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/** A zod issue in the words an editor needs: what is wrong, what is allowed and the fix (never zod's own wording). */
export function issueMessage(issue: z.core.$ZodIssue, value: unknown): string {
  const own = /Fix:/.test(issue.message) ? issue.message : null;
  if (issue.code === 'invalid_type' && value === undefined) return own ?? 'is missing. Fix: add this field.';
  if (own) return own;
  switch (issue.code) {
    case 'invalid_type': {
      const kind = KIND_OF[issue.expected] ?? issue.expected;
      return `${shown(value)} is not ${kind}. Fix: ${HOW_TO_WRITE[issue.expected] ?? 'correct this value'}.`;
    }
    case 'invalid_value':
      return `${shown(value)} is not allowed. Fix: use one of ${issue.values.map(String).join(', ')}.`;
    case 'invalid_union': {
      const u = issue as { discriminator?: string; options?: unknown[] };
      if (u.options?.length)
        return `${shown(value)} is not allowed. Fix: use one of ${u.options.map(String).join(', ')}.`;
      return `${shown(value)} is not in a form this field takes. Fix: compare it with the same field in a similar file.`;
    }
    case 'too_small':
      if (issue.origin === 'array' || issue.origin === 'set')
        return `needs at least ${plural(Number(issue.minimum), 'item')}. Fix: add ${Number(issue.minimum) === 1 ? 'one' : 'more'}, or remove the field if it is optional.`;
      if (issue.origin === 'string')
        return Number(issue.minimum) <= 1
          ? 'is empty. Fix: write the text, or remove the field.'
          : `is shorter than ${issue.minimum} characters. Fix: write it out in full.`;
      return `${shown(value)} is less than ${issue.minimum}, the smallest allowed. Fix: use ${issue.minimum} or more.`;
    case 'too_big':
      if (issue.origin === 'array' || issue.origin === 'set')
        return `has more than ${plural(Number(issue.maximum), 'item')}. Fix: keep ${issue.maximum} or fewer.`;
      if (issue.origin === 'string')
        return `is too long (over ${issue.maximum} characters). Fix: shorten it to ${issue.maximum} characters or fewer.`;
      return `${shown(value)} is more than ${issue.maximum}, the largest allowed. Fix: use ${issue.maximum} or less.`;
    case 'unrecognized_keys':
      return `${issue.keys.map((k) => `\`${k}\``).join(', ')} ${issue.keys.length === 1 ? 'is not a field' : 'are not fields'} here. Fix: correct the spelling, or delete ${issue.keys.length === 1 ? 'it' : 'them'}.`;
    case 'invalid_format':
      return `${shown(value)} is not in the right form (${issue.format}). Fix: correct it, for example name@example.org for an email address.`;
    default:
      return `${shown(value)} is not allowed here. Fix: compare it with the same field in a similar file.`;
  }
}

function parseWith<S extends z.ZodType>(schema: S, f: RawFile, problems: ContentProblem[]): z.output<S> | null {
  if (f.unreadable) return null;
  const res = schema.safeParse(f.data ?? {});
  if (res.success) return res.data;
  for (const issue of res.error.issues) {
    const value = valueAt(f.data, issue.path);
    // An unknown field is named itself, so the editor finds it.
    const path =
      issue.code === 'unrecognized_keys' && issue.keys.length === 1 ? [...issue.path, issue.keys[0]] : issue.path;
    problems.push({ file: f.file, field: fieldPath(path, f.data) || '(file)', message: issueMessage(issue, value) });
  }
  return null;
}

const ID_RULE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * Everything the rule passes read, parsed once: each file against its schema (its problems kept
 * to be reported in order by the pass they belong to), each guide page's text, the pinned numbers.
 */
interface CheckContext {
  input: ContentInput;
  /** Each file's schema problems, in the order zod found them (empty when it parsed). */
  fileProblems: Map<RawFile, ContentProblem[]>;
  /** Agency files that did not pass their schema. */
  agencyFailed: Set<RawFile>;
  /** Agency files by id (national and local, so clashes can be found). */
  agencyIds: Map<string, RawFile[]>;
  guides: { f: RawFile; meta: GuideMeta | null }[];
  editions: { f: RawFile; meta: Edition | null }[];
  /** Each edition's local.yaml (local additions), parsed. */
  locals: { f: RawFile; meta: Local | null }[];
  editionIds: string[];
  crisis: Crisis | null;
  pins: Pin[];
  tree: Tree | null;
  /** Each readable guide page's text, read once. */
  texts: Map<RawFile, GuideText>;
  /** The YAML files whose text is searched for links and numbers. */
  yamlFiles: RawFile[];
  /** Whether an agency with this id is national or in this edition (null: national only). */
  agencyExists: (id: string, edition: string | null) => boolean;
}

/**
 * One group of rules, named as its heading in docs/editing-content.md ("The rules the build
 * checks"); `rules` are the headings listed under it there, where the group holds several.
 */
export interface ContentPass {
  name: string;
  rules?: readonly string[];
  run: (ctx: CheckContext) => ContentProblem[];
}

/** Reads every file once: its schema, and a guide page's text. */
function checkContext(input: ContentInput): CheckContext {
  const { today } = input;
  const fileProblems = new Map<RawFile, ContentProblem[]>();
  const parse = <S extends z.ZodType>(schema: S, f: RawFile): z.output<S> | null => {
    const problems: ContentProblem[] = [];
    fileProblems.set(f, problems);
    return parseWith(schema, f, problems);
  };
  // One schema for all agency files and one for all guide pages (built once, not once per file).
  const agencyFile = agencySchema(today);
  const guideFile = guideSchema(today);
  const agencyIds = new Map<string, RawFile[]>();
  const agencyFailed = new Set<RawFile>();
  for (const f of input.agencies) {
    if (!parse(agencyFile, f)) agencyFailed.add(f);
    agencyIds.set(f.id, [...(agencyIds.get(f.id) ?? []), f]);
  }
  const guides = input.guides.map((f) => ({ f, meta: parse(guideFile, f) }));
  const editions = input.editions.map((f) => ({ f, meta: parse(editionSchema, f) }));
  const localFile = localSchema(today);
  const locals = (input.locals ?? []).map((f) => ({ f, meta: parse(localFile, f) }));
  const crisis = input.crisis ? parse(crisisSchema, input.crisis) : null;
  if (input.bankHolidays) parse(bankHolidaysSchema(today), input.bankHolidays);
  const pins = input.pinned ? pinsFrom(parse(pinnedNumbersSchema(today), input.pinned)) : [];
  const tree = input.tree ? parse(treeSchema, input.tree) : null;
  const texts = new Map<RawFile, GuideText>();
  for (const { f } of guides)
    if (!f.unreadable && f.body !== undefined) texts.set(f, checkGuideText(f.body, f.bodyLine ?? 1));
  return {
    input,
    fileProblems,
    agencyFailed,
    agencyIds,
    guides,
    editions,
    locals,
    editionIds: editions.map((e) => e.f.edition ?? e.f.id),
    crisis,
    pins,
    tree,
    texts,
    yamlFiles: [...input.agencies, ...input.editions, ...(input.locals ?? []), input.crisis, input.tree].filter(
      (f): f is RawFile => !!f && !f.unreadable,
    ),
    agencyExists: (id, edition) => (agencyIds.get(id) ?? []).some((f) => f.edition === null || f.edition === edition),
  };
}

/** Each file against its schema, and its file or folder name as an id. */
function eachFileOnItsOwn(ctx: CheckContext): ContentProblem[] {
  const { input, fileProblems } = ctx;
  const problems: ContentProblem[] = [];
  const schemaProblems = (f: RawFile) => problems.push(...(fileProblems.get(f) ?? []));
  for (const f of input.agencies) {
    schemaProblems(f);
    if (!ID_RULE.test(f.id)) {
      problems.push({
        file: f.file,
        field: '(file name)',
        message: `"${f.id}" is not a usable id. Fix: rename the file in lowercase words joined by hyphens, e.g. medway-council-housing.yaml.`,
      });
    }
  }
  for (const f of input.guides) schemaProblems(f);
  for (const f of input.guides) {
    if (!ID_RULE.test(f.id))
      problems.push({
        file: f.file,
        field: '(file name)',
        message: `"${f.id}" is not a usable id (it would be the page's address). Fix: rename the file in lowercase words joined by hyphens, e.g. money-help.mdx.`,
      });
  }
  for (const f of input.editions) {
    const folder = f.edition ?? f.id;
    if (!ID_RULE.test(folder))
      problems.push({
        file: f.file,
        field: '(folder name)',
        message: `"${folder}" is not a usable edition name (it is used in the build's EDITION setting and in addresses). Fix: rename the folder in lowercase words joined by hyphens, e.g. medway-north.`,
      });
  }
  for (const f of input.editions) schemaProblems(f);
  for (const f of input.locals ?? []) schemaProblems(f);
  if (input.crisis) schemaProblems(input.crisis);
  else
    problems.push({
      file: 'content/crisis.yaml',
      field: '(file)',
      message: 'is missing. Fix: add the crisis panel file.',
    });
  if (input.bankHolidays) schemaProblems(input.bankHolidays);
  else
    problems.push({
      file: 'content/bank-holidays.yaml',
      field: '(file)',
      message: 'is missing. Fix: add the sourced list of bank holidays.',
    });
  if (input.pinned) schemaProblems(input.pinned);
  else if (input.pinned === null)
    problems.push({
      file: PINNED_FILE,
      field: '(file)',
      message: 'is missing. Fix: add the list of pinned emergency and crisis numbers, with their sources.',
    });
  return problems;
}

/** Duplicate ids, and references from editions, guide pages and the crisis panel to services that exist. */
function idsAndReferences(ctx: CheckContext): ContentProblem[] {
  const { input, agencyIds, guides, editions, editionIds, crisis, agencyExists } = ctx;
  const problems: ContentProblem[] = [];
  // An agency id must be unique among national agencies and any one edition's.
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
      const missingIn = f.edition
        ? agencyExists(id, f.edition)
          ? []
          : [f.edition]
        : agencyExists(id, null)
          ? []
          : ['national content'];
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
    const crisisFile = input.crisis;
    for (const [t, tier] of crisis.tiers.entries()) {
      for (const [i, id] of tier.agencies.entries()) {
        if (!agencyExists(id, null)) {
          problems.push({
            file: crisisFile.file,
            field: fieldPath(['tiers', t, 'agencies', i], crisisFile.data),
            message: `refers to agency "${id}", which does not exist. Fix: use the file name of a national agency in content/agencies/.`,
          });
        }
      }
    }
  }
  return problems;
}

/**
 * Pinned numbers: each belongs to a national service that lists it, no service gives another's
 * pinned number or one a slip of the finger away from one, and every crisis tier keeps a button.
 */
function pinnedNumbers(ctx: CheckContext): ContentProblem[] {
  const { input, pins, agencyFailed, agencyIds, crisis, agencyExists } = ctx;
  const problems: ContentProblem[] = [];
  const pinned = input.pinned;
  if (pinned && !pinned.unreadable) {
    const rows = arrayOf((pinned.data as { numbers?: unknown })?.numbers);
    rows.forEach((row, i) => {
      const service = stringField(row, 'service');
      if (service && !agencyExists(service, null))
        problems.push({
          file: pinned.file,
          field: `numbers[${i}].service`,
          message: `refers to agency "${service}", which does not exist. Fix: use the file name (without .yaml) of a national agency in content/agencies/.`,
        });
    });
  }
  for (const f of input.agencies) {
    if (f.unreadable || !pins.length) continue;
    const phones = arrayOf((f.data as { phones?: unknown } | null)?.phones);
    const listed = new Set<string>();
    let reported = agencyFailed.has(f);
    phones.forEach((ph, i) => {
      const n = ph && typeof ph === 'object' ? (ph as { number?: unknown }).number : undefined;
      if (typeof n !== 'string' && typeof n !== 'number') return;
      listed.add(digitsOf(String(n)));
      const problem = pinnedProblem(String(n), pins, f.id);
      if (problem) problems.push({ file: f.file, field: fieldPath(['phones', i, 'number'], f.data), message: problem });
      reported ||= !!problem;
    });
    // A pinned service must keep its number (unless the file's own problem, such as a misspelt phones, is already said).
    if (f.edition === null && !reported)
      for (const pin of pins.filter((p) => p.service === f.id && !listed.has(p.digits)))
        problems.push({
          file: f.file,
          field: 'phones',
          message: `must list ${pin.number} (pinned for ${f.id} in ${PINNED_FILE}). Fix: put back ${pin.number} as written on the source; if the service's number has really changed, change ${PINNED_FILE} first, with the source and the date you read it.`,
        });
  }
  if (crisis && input.crisis) {
    const hasButton = (id: string) =>
      (agencyIds.get(id) ?? []).some(
        (a) => a.edition === null && arrayOf((a.data as { phones?: unknown } | null)?.phones).length > 0,
      );
    for (const [t, tier] of crisis.tiers.entries()) {
      // A tier naming a missing service has been reported already: saying it has no button would repeat that.
      if (
        tier.include_local_crisis_line ||
        tier.agencies.some(hasButton) ||
        tier.agencies.some((id) => !agencyExists(id, null))
      )
        continue;
      problems.push({
        file: input.crisis.file,
        field: `${fieldPath(['tiers', t], input.crisis.data)}.agencies`,
        message: `gives no service with a call or text button, so this tier would show no number on every page. Fix: list at least one national service with a phone number under agencies (for example ${tier.id === 'life-at-risk' ? 'emergency-services' : 'samaritans'}), or set include_local_crisis_line: true.`,
      });
    }
  }
  return problems;
}

/** The decision tree: its schema, its own rules, and that every outcome names help in every edition. */
function decisionTree(ctx: CheckContext): ContentProblem[] {
  const { input, tree, editions, fileProblems } = ctx;
  if (!input.tree) return [];
  const problems: ContentProblem[] = [...(fileProblems.get(input.tree) ?? [])];
  if (!tree) return problems;
  const treeCtx: TreeContext = {
    editions: {},
    guides: new Set(input.guides.filter((g) => g.edition === null).map((g) => g.id)),
  };
  for (const { f, meta } of editions) {
    // An edition that failed its own check has already been reported: checking the tree
    // against it would only repeat that problem as knock-on errors.
    if (!meta) continue;
    const ed = f.edition ?? f.id;
    treeCtx.editions[ed] = {
      agencies: new Set(input.agencies.filter((a) => a.edition === null || a.edition === ed).map((a) => a.id)),
      roles: new Set((Object.keys(meta.roles) as RoleId[]).filter((r) => meta.roles[r]?.length)),
    };
  }
  for (const p of validateTree(tree, treeCtx))
    problems.push({ file: input.tree.file, field: `nodes.${p.node}`, message: p.message });
  for (const p of treeShapeProblems(tree))
    problems.push({ file: input.tree.file, field: `nodes.${p.field}`, message: p.message });
  return problems;
}

/** The easy read words of the decision tree: present for every question, answer and outcome, with pictures, and easy to read. */
function easyRead(ctx: CheckContext): ContentProblem[] {
  const { input } = ctx;
  // Left out by a caller that does not check easy read (the list of pictures was not read).
  if (input.easyPictures === undefined) return [];
  if (!input.easyPictures)
    return [
      {
        file: 'content/easy-read/pictures.yaml',
        field: '(file)',
        message: 'is missing. Fix: restore it: it lists the easy read pictures, each with id: and alt:.',
      },
    ];
  if (input.easyPictures.unreadable) return [];
  const { pictures, problems } = easyPictureProblems(
    input.easyPictures.file,
    input.easyPictures.data,
    input.easyPictureFiles ?? [],
  );
  const glossary = glossaryTermsOf(input.glossary?.data);
  if (input.tree && !input.tree.unreadable)
    problems.push(...easyTreeProblems(input.tree.file, input.tree.data, pictures, glossary));
  const guides = new Set(input.guides.filter((g) => g.edition === null).map((g) => g.id));
  for (const f of input.easyPages ?? []) {
    if (f.unreadable) continue;
    const isGuide = f.file.includes('/guides/');
    if (isGuide && !guides.has(f.id)) {
      problems.push({
        file: f.file,
        field: '(file name)',
        message: `is not the id of a guide page in content/guide/. Fix: name the file after the guide page it is the easy read of, like could-lose-your-home.yaml.`,
      });
      continue;
    }
    const tiers = !isGuide && f.id === 'crisis' ? (ctx.crisis?.tiers.map((t) => t.id) ?? []) : undefined;
    problems.push(...easyPageFileProblems(f.file, f.data, pictures, glossary, tiers));
  }
  return problems;
}

/** The glossary's terms as far as they can be read (the glossary's own rules report the rest). */
function glossaryTermsOf(data: unknown): GlossaryTerm[] {
  const terms = data && typeof data === 'object' ? (data as { terms?: unknown }).terms : undefined;
  return arrayOf(terms).flatMap((t) => {
    const o = t && typeof t === 'object' ? (t as Record<string, unknown>) : {};
    return typeof o.term === 'string' && typeof o.meaning === 'string'
      ? [{ term: o.term, meaning: o.meaning, also: arrayOf(o.also).filter((a): a is string => typeof a === 'string') }]
      : [];
  });
}

/** The text of guide pages: Markdown only, the forms of links, headings' ids. */
function guidePages(ctx: CheckContext): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const { f } of ctx.guides) {
    const t = ctx.texts.get(f);
    if (t)
      for (const p of t.problems)
        problems.push({ file: f.file, line: p.line, field: '(page text)', message: p.message });
  }
  return problems;
}

/** Every link to this site, in guide pages and YAML text, leads to a page the build makes. */
function links(ctx: CheckContext): ContentProblem[] {
  const { input, guides, texts, editionIds, yamlFiles } = ctx;
  const problems: ContentProblem[] = [];
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
        topics: [
          ...new Set(
            eGuides.map(({ f, meta }) => meta?.topic ?? stringField(f.data, 'topic')).filter((t): t is string => !!t),
          ),
        ],
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
  for (const f of yamlFiles) {
    for (const { path, value } of siteLinksIn(f.data)) {
      for (const ed of f.edition ? [f.edition] : scopes) {
        const pages = pagesFor.get(ed);
        const problem = pages && internalLinkProblem(value, pages, '/');
        if (problem) {
          problems.push({ file: f.file, field: fieldPath(path, f.data), message: problem });
          break;
        }
      }
    }
  }
  return problems;
}

/** Phone numbers written in free text (YAML text fields and guide prose) and in tel:/sms: links. */
function numbersInFreeText(ctx: CheckContext): ContentProblem[] {
  const { pins, guides, texts, yamlFiles } = ctx;
  const problems: ContentProblem[] = [];
  if (!pins.length) return problems;
  // Guide frontmatter (title, summary, source titles) is free text too.
  for (const f of [...yamlFiles, ...guides.map(({ f }) => f).filter((f) => !f.unreadable)]) {
    for (const { path, value } of freeTextIn(f.data)) {
      for (const n of numbersInText(value, pins)) {
        const problem = numberProblem(n.raw, { type: n.type, pins });
        if (problem) problems.push({ file: f.file, field: fieldPath(path, f.data), message: problem });
      }
    }
  }
  for (const { f } of guides) {
    const t = texts.get(f);
    if (!t || f.body === undefined) continue;
    for (const link of t.links) {
      const scheme = /^(tel|sms):/i.exec(link.url)?.[1].toLowerCase();
      if (!scheme) continue;
      const raw = decodeURIComponent(link.url.slice(scheme.length + 1).split('?')[0]);
      const problem = numberProblem(raw, { type: scheme === 'sms' ? 'text' : 'voice', pins });
      if (problem) problems.push({ file: f.file, line: link.line, field: '(page text)', message: problem });
    }
    let fenced = false;
    f.body.split('\n').forEach((lineText, i) => {
      if (/^\s*(```|~~~)/.test(lineText)) fenced = !fenced;
      if (fenced) return;
      // Link addresses are checked above; their words are prose.
      const prose = lineText.replace(/\]\([^)]*\)/g, ']');
      for (const n of numbersInText(prose, pins)) {
        const problem = numberProblem(n.raw, { type: n.type, pins });
        if (problem)
          problems.push({ file: f.file, line: (f.bodyLine ?? 1) + i, field: '(page text)', message: problem });
      }
    });
  }
  return problems;
}

/**
 * The rule passes, in the order they run; each name is a rule's heading in
 * docs/editing-content.md (tests/unit/content-passes.test.ts keeps the two the same).
 */
export const CONTENT_PASSES: readonly ContentPass[] = [
  {
    name: 'Each file on its own',
    rules: [
      'Phone numbers',
      'Sources',
      'Field names',
      'Text',
      'File and folder names',
      'Opening hours',
      'Service area',
      'Bank holidays',
    ],
    run: eachFileOnItsOwn,
  },
  { name: 'Ids and references', run: idsAndReferences },
  { name: 'Pinned numbers', run: pinnedNumbers },
  { name: 'The decision tree', run: decisionTree },
  { name: 'Guide pages', run: guidePages },
  { name: 'Links', run: links },
  { name: 'Numbers in text', run: numbersInFreeText },
  { name: 'Local additions', run: (ctx) => localAdditionsProblems(localRulesInput(ctx)) },
  { name: 'Local help on every outcome', run: (ctx) => localHelpProblems(localRulesInput(ctx)) },
  { name: 'Glossary and legal words', run: (ctx) => checkGlossaryFiles(ctx.input) },
  { name: 'Help now in other languages', run: languagePages },
  { name: 'Easy read', run: easyRead },
  // Each edition's empty roles, as one to-do list (see edition-gaps.ts).
  { name: 'Roles an edition leaves empty', run: (ctx) => editionGaps(ctx.input, ctx) },
];

/** The language pages: each file against its schema, then their sections, numbers, script and direction. */
function languagePages(ctx: CheckContext): ContentProblem[] {
  const { input } = ctx;
  const problems: ContentProblem[] = [];
  const helpFile = input.languageHelp ?? null;
  const help = helpFile ? { f: helpFile, data: parseWith(languageHelpSchema(input.today), helpFile, problems) } : null;
  const schema = languageSchema(input.today);
  const languages = (input.languages ?? []).map((f) => ({ f, data: parseWith(schema, f, problems) }));
  // A service file that cannot be read or breaks its schema is reported on its own: null here, so
  // the language pages say nothing more about it.
  const numbers = new Map<string, string[] | null>();
  for (const f of input.agencies) {
    if (f.edition !== null) continue;
    if (f.unreadable || ctx.agencyFailed.has(f)) {
      numbers.set(f.id, null);
      continue;
    }
    const phones = arrayOf((f.data as { phones?: unknown } | null)?.phones);
    numbers.set(
      f.id,
      phones
        .filter((p): p is { number: unknown; type?: unknown } => !!p && typeof p === 'object' && 'number' in p)
        .filter((p) => p.type !== 'text')
        .map((p) => String(p.number)),
    );
  }
  return [...problems, ...languageProblems(help, languages, numbers)];
}

const localRulesInput = (ctx: CheckContext): LocalRulesInput => ({
  tree: ctx.tree,
  editions: ctx.editions,
  locals: ctx.locals,
  agencies: ctx.input.agencies,
  guides: ctx.input.guides,
});

export function checkContent(input: ContentInput): ContentProblem[] {
  const ctx = checkContext(input);
  return uniqueProblems(CONTENT_PASSES.flatMap((pass) => pass.run(ctx)));
}

function stringField(data: unknown, key: string): string | undefined {
  const v = data && typeof data === 'object' ? (data as Record<string, unknown>)[key] : undefined;
  return typeof v === 'string' ? v : undefined;
}
function arrayOf(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}
function arrayField(data: unknown, key: string): string[] {
  const v = data && typeof data === 'object' ? (data as Record<string, unknown>)[key] : undefined;
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}
function treeNodeIds(tree: RawFile | null | undefined): string[] {
  const nodes =
    tree && !tree.unreadable && tree.data && typeof tree.data === 'object'
      ? (tree.data as { nodes?: unknown }).nodes
      : undefined;
  return Array.isArray(nodes)
    ? nodes
        .map((n) => (n && typeof n === 'object' ? (n as { id?: unknown }).id : undefined))
        .filter((id): id is string => typeof id === 'string')
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

/** Keys whose values are not prose: numbers (checked as phones), addresses, dates and ids. */
const NOT_PROSE = new Set([
  'number',
  'url',
  'checked',
  'last_verified',
  'id',
  'value',
  'next',
  'start',
  'postal_code',
  'email',
  'site_url',
]);

/** Every free-text string in YAML data, with its path. */
function freeTextIn(data: unknown, path: PropertyKey[] = []): { path: PropertyKey[]; value: string }[] {
  if (typeof data === 'string') return [{ path, value: data }];
  if (Array.isArray(data)) return data.flatMap((v, i) => freeTextIn(v, [...path, i]));
  if (data && typeof data === 'object')
    return Object.entries(data).flatMap(([k, v]) => (NOT_PROSE.has(k) ? [] : freeTextIn(v, [...path, k])));
  return [];
}
