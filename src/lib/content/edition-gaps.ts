/**
 * What an edition still has to fill: every role the decision tree or a guide page asks for
 * that the edition's edition.yaml leaves empty, with the outcomes and pages that ask for
 * it and the outcomes that would be left with no one to contact. Starting a new edition,
 * this is the to-do list; it stops the build until the edition is complete.
 */
import type { ContentInput, ContentProblem, RawFile } from './content-input.ts';
import { editionSchema, guideSchema, type Edition, type GuideMeta } from './schema.ts';
import { ROLES, ROLE_IDS, type RoleId } from '../taxonomy.ts';
import { treeSchema, type Tree } from '../tree/tree-schema.ts';

const list = (ids: string[]) => (ids.length <= 1 ? ids.join('') : `${ids.slice(0, -1).join(', ')} and ${ids.at(-1)}`);

/** The files the content check has already parsed (`null`: it did not parse), so none is parsed twice. */
export interface ParsedForGaps {
  tree: Tree | null;
  editions: readonly { f: RawFile; meta: Edition | null }[];
  guides: readonly { f: RawFile; meta: GuideMeta | null }[];
}

export function editionGaps(input: ContentInput, parsed?: ParsedForGaps): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const tree = parsed ? parsed.tree : input.tree ? (treeSchema.safeParse(input.tree.data ?? {}).data ?? null) : null;
  const outcomes = tree ? tree.nodes.filter((n) => n.type === 'outcome') : [];
  let guideFile: ReturnType<typeof guideSchema> | undefined; // one schema for every page: building it is the slow part
  // A page the content check refused only for a date in the future still asks for its roles.
  const guideMeta = (g: RawFile) => {
    guideFile ??= guideSchema();
    return guideFile.safeParse(g.data ?? {}).data ?? null;
  };
  const guides = (parsed?.guides ?? input.guides.map((f) => ({ f, meta: undefined }))).flatMap(
    ({ f: g, meta: known }) => {
      const meta = known ?? guideMeta(g);
      return meta ? [{ id: g.id, edition: g.edition, roles: meta.roles }] : [];
    },
  );

  const editions =
    parsed?.editions ?? input.editions.map((f) => ({ f, meta: editionSchema.safeParse(f.data ?? {}).data ?? null }));
  for (const { f, meta } of editions) {
    if (!meta) continue; // the schema check reports it
    const ed = f.edition ?? f.id;
    const filled = new Set((Object.keys(meta.roles) as RoleId[]).filter((r) => meta.roles[r]?.length));
    const agencies = new Set(input.agencies.filter((a) => a.edition === null || a.edition === ed).map((a) => a.id));
    const stranded = new Set(
      outcomes
        .filter(
          (o) =>
            o.type === 'outcome' && !o.agencies.some((a) => agencies.has(a)) && !o.roles.some((r) => filled.has(r)),
        )
        .map((o) => o.id),
    );
    for (const role of ROLE_IDS) {
      if (filled.has(role)) continue;
      // An outcome asks for a role in its contacts, or in its "also" block (a second need).
      const askingOutcomes = outcomes
        .filter((o) => o.type === 'outcome' && (o.roles.includes(role) || (o.also?.roles ?? []).includes(role)))
        .map((o) => o.id);
      const askingPages = guides
        .filter((g) => (g.edition === null || g.edition === ed) && g.roles.includes(role))
        .map((g) => g.id);
      if (!askingOutcomes.length && !askingPages.length) continue; // nothing asks for it yet
      const askers = [
        askingOutcomes.length ? `the decision tree’s outcomes ${list(askingOutcomes)}` : '',
        askingPages.length ? `the pages ${list(askingPages)}` : '',
      ].filter(Boolean);
      const left = askingOutcomes.filter((o) => stranded.has(o));
      const sentence = `${askers.join(' and ')} ask for it`;
      problems.push({
        file: f.file,
        field: `roles.${role}`,
        message:
          `is empty (${ROLES[role]}). ${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}` +
          (left.length ? `, and it would leave ${list(left)} with no one to contact` : '') +
          `. Fix: add roles.${role}: [agency-id] naming a local service in content/editions/${ed}/agencies/ (or a national one in content/agencies/).`,
      });
    }
  }
  return problems;
}
