/**
 * The printed booklet: what it prints and in which order (bookletModel), where each link in the
 * content points on paper, the booklet's anchors, and the page arithmetic the booklet script
 * needs. Pure: no DOM, no Astro.
 */
import { absoluteUrl, printedAddress } from '../site/site-url.ts';
import { formatLongDate } from '../dates.ts';
import { reachableFrom } from '../tree/tree.ts';
import type { Outcome, Question, Tree } from '../tree/tree.ts';
import { agencyView, type AgencyData, type AgencyView } from './agency.ts';
import { contactIds, outcomeContactIds, outcomeView, type OutcomeView } from './outcome.ts';
import { localGuide, localOutcome } from './local.ts';
import type { Local, LocalText, Source } from '../content/schema.ts';
import { outcomeWords, type WordMeaning } from '../content/plain-english.ts';
import type { GlossaryTerm } from '../content/readability.ts';

/** The anchor of each part of the booklet, so contents and cross-references can find it. */
export const anchors = {
  crisis: 'need-help-now',
  contents: 'contents',
  flowchart: 'where-do-i-go',
  flowSection: (id: string) => `flow-${id}`,
  outcomes: 'your-next-steps',
  outcome: (id: string) => `outcome-${id}`,
  guides: 'guide-pages',
  guide: (id: string) => `guide-${id}`,
  directory: 'directory',
  category: (id: string) => `category-${id}`,
  service: (id: string) => `service-${id}`,
  notes: 'notes',
  back: 'back-cover',
} as const;

export interface BookletIndex {
  guides: ReadonlySet<string>;
  services: ReadonlySet<string>;
  outcomes: ReadonlySet<string>;
  categories: ReadonlySet<string>;
}

/** How a link from the site reads on paper. */
export type PrintedLink =
  /** Another part of the booklet: print "(page N)" and link to it inside the PDF. */
  | { kind: 'page'; anchor: string }
  /** A web address to type in: print it after the link text. */
  | { kind: 'address'; address: string; url: string }
  /** Nothing useful to add (a phone number, or a page of the site with no known address). */
  | { kind: 'plain' };

/** Where a link in the guide's content goes in the booklet. `site` is the edition's public address, if known. */
export function printedLink(href: string, index: BookletIndex, site?: string): PrintedLink {
  if (/^(tel|sms):/i.test(href)) return { kind: 'plain' };
  if (/^mailto:/i.test(href)) return { kind: 'address', address: printedAddress(href), url: href };
  if (/^https?:\/\//i.test(href)) {
    if (site && href.startsWith(site)) return printedLink(`/${href.slice(site.length)}`, index, site);
    return { kind: 'address', address: printedAddress(href), url: href };
  }
  const path = href.split(/[?#]/)[0] ?? '';
  const [section, id] = path.split('/').filter(Boolean);
  if (section === 'guide' && id && index.guides.has(id)) return { kind: 'page', anchor: anchors.guide(id) };
  if (section === 'services' && id && index.services.has(id)) return { kind: 'page', anchor: anchors.service(id) };
  if (section === 'directory' && id && index.categories.has(id)) return { kind: 'page', anchor: anchors.category(id) };
  if (section === 'directory' && !id) return { kind: 'page', anchor: anchors.directory };
  if (section === 'help' && id && index.outcomes.has(id)) return { kind: 'page', anchor: anchors.outcome(id) };
  if (section === 'help') return { kind: 'page', anchor: anchors.flowchart };
  if (site && path.startsWith('/')) {
    const url = absoluteUrl(site, path);
    return { kind: 'address', address: printedAddress(url), url };
  }
  return { kind: 'plain' };
}

/** Blank "Notes" pages to add so a folded booklet has a whole number of sheets (4 pages each). */
export function notesPagesNeeded(pages: number, multiple = 4): number {
  if (!Number.isInteger(pages) || pages < 1) throw new Error(`A booklet cannot have ${pages} pages.`);
  return (multiple - (pages % multiple)) % multiple;
}

/** The earliest and latest "checked" dates in the content, for the cover. */
export function checkedRange(dates: readonly string[]): { from: string; to: string } {
  const sorted = dates.filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d)).sort();
  if (!sorted.length) throw new Error('No checked dates were found in the content.');
  return { from: sorted[0]!, to: sorted[sorted.length - 1]! };
}

/**
 * Compare two passes of page numbers: the anchors whose page changed. The booklet is finished
 * when filling in the numbers no longer moves anything.
 */
export function movedAnchors(before: Record<string, number>, after: Record<string, number>): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((k) => before[k] !== after[k]).sort();
}

/** What the booklet prints, in its order: worked out from the content, before any markup. */
export interface BookletInput<G extends BookletGuide> {
  tree: Tree;
  /** Every service of the edition, in the directory's order (by name). */
  agencies: readonly { id: string; data: AgencyData & { last_verified: string } }[];
  /** Every guide page, in the site's order; only those for the public are printed. */
  guides: readonly G[];
  /** The directory's headings in order, each with its services' ids in order (local first). */
  directory: readonly { id: string; title: string; summary: string; agencies: readonly string[] }[];
  editionRoles: Readonly<Record<string, readonly string[] | undefined>>;
  /** The glossary, for each outcome's "What these words mean". */
  glossary?: readonly GlossaryTerm[];
  /** The edition's local additions (local.yaml) and its name ("In Medway"). */
  local?: Local;
  editionName?: string;
}

export interface BookletGuide {
  id: string;
  data: { audience: string; last_reviewed: string; agencies: readonly string[]; roles: readonly string[] };
}

/** Where an answer in the flowchart leads on paper. */
type BookletAnswerNext =
  | { kind: 'question'; id: string; number: number }
  | { kind: 'outcome'; id: string; title: string };

export interface BookletModel<G extends BookletGuide> {
  /** The questions in the order the flowchart reaches them, numbered from 1. */
  questions: { question: Question; number: number; answers: { label: string; next: BookletAnswerNext }[] }[];
  /**
   * Every outcome, in the order the flowchart reaches them, with its services arranged as its
   * next-steps page arranges them (outcomeView): "Do this first", then everyone else.
   */
  outcomes: ({ outcome: Outcome; words: WordMeaning[] } & OutcomeView<AgencyView>)[];
  /** The guide pages that are printed, each with its services and the edition's local paragraphs. */
  guides: {
    guide: G;
    contacts: AgencyView[];
    local: { heading: string; paragraphs: LocalText[]; sources: Source[] };
  }[];
  /** The directory: a service in more than one heading is printed in full under the first only. */
  directory: { id: string; title: string; summary: string; entries: { agency: AgencyView; first: boolean }[] }[];
  /** When the content was checked, for the covers: "on 3 November 2026" or "between … and …". */
  checkedText: string;
  /** Which parts exist, for page references. */
  index: BookletIndex;
}

/** Guide pages that are printed: those for the public (and for both). */
function isPrintedGuide(guide: BookletGuide): boolean {
  return guide.data.audience !== 'professional';
}

export function bookletModel<G extends BookletGuide>(input: BookletInput<G>): BookletModel<G> {
  const { tree, editionRoles } = input;
  const views = new Map(input.agencies.map((a) => [a.id, agencyView(a.id, a.data)]));
  const view = (id: string) => {
    const v = views.get(id);
    if (!v) throw new Error(`The booklet names a service that is not in this edition: "${id}".`);
    return v;
  };
  const entries = new Map(input.agencies.map((a) => [a.id, a]));
  const entry = (id: string) => {
    view(id);
    return entries.get(id)!;
  };
  const byId = new Map(tree.nodes.map((n) => [n.id, n]));
  const reached = reachableFrom(tree, tree.start).map((id) => byId.get(id)!);
  const questionNodes = reached.filter((n): n is Question => n.type === 'question');
  const number = new Map(questionNodes.map((q, i) => [q.id, i + 1]));
  const questions = questionNodes.map((question, i) => ({
    question,
    number: i + 1,
    answers: question.answers.map((a) => {
      const next = byId.get(a.next)!;
      return {
        label: a.label,
        next: (next.type === 'question'
          ? { kind: 'question', id: next.id, number: number.get(next.id)! }
          : { kind: 'outcome', id: next.id, title: next.title }) as BookletAnswerNext,
      };
    }),
  }));
  const outcomes = reached
    .filter((n): n is Outcome => n.type === 'outcome')
    .map((outcome) => {
      const local = localOutcome(outcome.id, input.local, input.editionName ?? '');
      const { first, rest, ...arranged } = outcomeView(
        outcome,
        outcomeContactIds(outcome, editionRoles, local).map(entry),
        editionRoles,
        local,
      );
      return {
        outcome,
        ...arranged,
        first: first.map((a) => view(a.id)),
        rest: rest.map((a) => view(a.id)),
        words: outcomeWords(
          { ...outcome, steps: [...outcome.steps, ...local.steps.map((s) => s.text)] },
          input.glossary ?? [],
        ),
      };
    });
  const printed = input.guides.filter(isPrintedGuide);
  const guides = printed.map((guide) => ({
    guide,
    contacts: contactIds(guide.data.agencies, guide.data.roles, editionRoles).map(view),
    local: localGuide(guide.id, input.local, input.editionName ?? ''),
  }));
  const seen = new Set<string>();
  const directory = input.directory.map(({ agencies, ...c }) => ({
    ...c,
    entries: agencies.map((id) => {
      const first = !seen.has(id);
      seen.add(id);
      return { agency: view(id), first };
    }),
  }));
  const checked = checkedRange([
    ...input.agencies.map((a) => a.data.last_verified),
    ...printed.map((g) => g.data.last_reviewed),
  ]);
  const checkedText =
    checked.from === checked.to
      ? `on ${formatLongDate(checked.to)}`
      : `between ${formatLongDate(checked.from)} and ${formatLongDate(checked.to)}`;
  return {
    questions,
    outcomes,
    guides,
    directory,
    checkedText,
    index: {
      guides: new Set(printed.map((g) => g.id)),
      services: new Set(input.agencies.map((a) => a.id)),
      outcomes: new Set(tree.nodes.filter((n) => n.type === 'outcome').map((n) => n.id)),
      categories: new Set(input.directory.map((c) => c.id)),
    },
  };
}
