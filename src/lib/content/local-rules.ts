/**
 * The rules for an edition's local additions (content/editions/<edition>/local.yaml), and the rule
 * that every outcome names local help with a phone number in every edition. Pure: the content
 * check (content-rules.ts) passes in what it has already read and parsed.
 */
import type { ContentProblem, RawFile } from './content-input.ts';
import { nearestField, type Edition, type Local } from './schema.ts';
import { checkReadability } from './readability.ts';
import { editionDir, LOCAL_FILE, CONTENT_DIR } from './content-paths.ts';
import type { Tree } from '../tree/tree-schema.ts';
import { contactIds, firstContactIds } from '../tree/next-steps.ts';

/** What the local rules need from the content check's one reading of the files. */
export interface LocalRulesInput {
  tree: Tree | null;
  editions: readonly { f: RawFile; meta: Edition | null }[];
  locals: readonly { f: RawFile; meta: Local | null }[];
  agencies: readonly RawFile[];
  guides: readonly RawFile[];
}

/** Where an edition's local.yaml is (or would be), as messages show it. */
const localFile = (edition: string) => `${CONTENT_DIR}/${editionDir(edition)}/${LOCAL_FILE}`;

const nearHint = (id: string, known: readonly string[]) => {
  const near = nearestField(id, known);
  return near ? `; did you mean "${near}"?` : '.';
};

/** Every text of a local.yaml with its field, for the plain-English rules. */
export function localTexts(local: Local): { field: string; text: string }[] {
  const out: { field: string; text: string }[] = [];
  const d = local.council.duty_to_refer;
  if (d) {
    out.push({ field: 'council.duty_to_refer.how', text: d.how });
    for (const [i, t] of d.include.entries()) out.push({ field: `council.duty_to_refer.include[${i}]`, text: t });
  }
  for (const [id, o] of Object.entries(local.outcomes))
    for (const [i, s] of o.steps.entries()) out.push({ field: `outcomes.${id}.steps[${i}].text`, text: s.text });
  for (const [id, list] of Object.entries(local.guides))
    for (const [i, p] of list.entries()) out.push({ field: `guides.${id}[${i}].text`, text: p.text });
  return out;
}

/**
 * Each local.yaml: the outcomes, guide pages and agencies it names exist (the nearest id is
 * suggested), each agency is national or the edition's own, and its sentences are short.
 */
export function localAdditionsProblems(input: LocalRulesInput): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const outcomeIds = (input.tree?.nodes ?? []).filter((n) => n.type === 'outcome').map((n) => n.id);
  for (const { f, meta } of input.locals) {
    if (!meta) continue;
    const ed = f.edition ?? f.id;
    const file = f.file;
    const unknownOutcome = (field: string, id: string) =>
      problems.push({
        file,
        field,
        message: `"${id}" is not an outcome of the decision tree${nearHint(id, outcomeIds)} Fix: use the id of an outcome in content/tree.yaml (a node with type: outcome).`,
      });
    if (input.tree) {
      for (const id of Object.keys(meta.outcomes)) if (!outcomeIds.includes(id)) unknownOutcome(`outcomes.${id}`, id);
      for (const id of Object.keys(meta.without_local_number))
        if (!outcomeIds.includes(id)) unknownOutcome(`without_local_number.${id}`, id);
    }
    const guideIds = input.guides.filter((g) => g.edition === null || g.edition === ed).map((g) => g.id);
    for (const id of Object.keys(meta.guides))
      if (!guideIds.includes(id))
        problems.push({
          file,
          field: `guides.${id}`,
          message: `"${id}" is not a guide page${nearHint(id, guideIds)} Fix: use the file name (without .mdx) of a page in content/guide/ or content/editions/${ed}/guide/.`,
        });
    const usable = input.agencies.filter((a) => a.edition === null || a.edition === ed).map((a) => a.id);
    for (const [oid, o] of Object.entries(meta.outcomes)) {
      for (const id of o.contacts) {
        if (usable.includes(id)) continue;
        const elsewhere = input.agencies.find((a) => a.id === id && a.edition !== null && a.edition !== ed);
        problems.push({
          file,
          field: `outcomes.${oid}.contacts`,
          message: elsewhere
            ? `"${id}" is a service of the ${elsewhere.edition} edition (${elsewhere.file}), not of ${ed}. Fix: name a service from content/agencies/ or content/editions/${ed}/agencies/ (copy the file into this edition's agencies/ only if it really serves this area).`
            : `refers to agency "${id}", which does not exist${nearHint(id, usable)} Fix: use the file name (without .yaml) of an agency in content/agencies/ or content/editions/${ed}/agencies/.`,
        });
      }
    }
    // The same sentence rule as public pages and outcomes (src/lib/content/readability.ts).
    for (const { field, text } of localTexts(meta))
      for (const p of checkReadability(text).problems.filter((p) => p.rule === 'sentence-length'))
        problems.push({ file, field, message: `has ${p.message}` });
  }
  return problems;
}

/**
 * In each edition, every outcome (but the emergency one, where 999 is the answer) names at least
 * one of the edition's own services with a phone number: through its roles, its agencies, its
 * "Do this first" contacts or local.yaml's contacts; or local.yaml lists it under
 * without_local_number with the reason.
 */
export function localHelpProblems(input: LocalRulesInput): ContentProblem[] {
  const problems: ContentProblem[] = [];
  if (!input.tree) return problems;
  const outcomes = input.tree.nodes.filter((n) => n.type === 'outcome' && n.urgency !== 'emergency');
  for (const { f, meta } of input.editions) {
    if (!meta) continue;
    const ed = f.edition ?? f.id;
    const localEntry = input.locals.find((l) => (l.f.edition ?? l.f.id) === ed);
    // A local.yaml that failed its own check has been reported: this rule would only repeat it.
    if (localEntry && !localEntry.meta) continue;
    const local = localEntry?.meta;
    const withPhone = new Set(
      input.agencies
        .filter((a) => a.edition === ed)
        .filter((a) => {
          const phones = (a.data as { phones?: unknown } | null)?.phones;
          return Array.isArray(phones) && phones.length > 0;
        })
        .map((a) => a.id),
    );
    for (const o of outcomes) {
      if (o.type !== 'outcome' || local?.without_local_number[o.id]) continue;
      const ids = [
        ...firstContactIds(o.first.contacts, meta.roles),
        ...contactIds(o.agencies, o.roles, meta.roles),
        ...(local?.outcomes[o.id]?.contacts ?? []),
      ];
      if (ids.some((id) => withPhone.has(id))) continue;
      problems.push({
        file: localFile(ed),
        field: `outcomes.${o.id}.contacts`,
        message: `the outcome "${o.title}" names no ${meta.name} service with a phone number, so people there get no local number to call. Fix: add a service from content/editions/${ed}/agencies/ that has a phone number to outcomes.${o.id}.contacts in this file (or fill a role the outcome uses in edition.yaml); if there is none, list the outcome under without_local_number: with the reason (for example how people reach the service instead).`,
      });
    }
  }
  return problems;
}
