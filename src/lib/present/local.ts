/**
 * What an edition adds to national content (its local.yaml), as every output shows it: the local
 * steps and contacts of an outcome, the council's duty-to-refer route, and the local paragraphs of
 * a guide page. Pure: the web page, the printed page, the kiosk and the booklet all take these.
 */
import type { DutyToReferData, Local, LocalText, Source } from '../content/schema.ts';

/** The outcome that shows the council's duty-to-refer route ("How to refer in <edition>"). */
export const DUTY_TO_REFER_OUTCOME = 'professional-referral';

/** The council's duty-to-refer route, for the professional outcome and any later professional tool. */
export interface DutyToReferView extends DutyToReferData {
  /** "How to refer in Medway". */
  heading: string;
}

/** An outcome's local additions in one edition. */
export interface LocalOutcomeView {
  /** The edition's name, as in "In Medway". */
  editionName: string;
  /** "In Medway": the heading that marks local steps and paragraphs. */
  heading: string;
  /** Local steps, shown after the national "What to do next" steps. */
  steps: LocalText[];
  /** Local contacts (agency ids), added to "Who else can help". */
  contacts: string[];
  /** On the professional outcome only: how to refer to this council. */
  dutyToRefer?: DutyToReferView;
  /** The sources of the local steps and of the duty-to-refer route, each page once. */
  sources: Source[];
}

const NONE: Local = { council: {}, outcomes: {}, guides: {}, without_local_number: {} };

/** Each source once (by address), keeping the first. */
function uniqueSources(sources: readonly Source[]): Source[] {
  const seen = new Set<string>();
  return sources.filter((s) => !seen.has(s.url) && !!seen.add(s.url));
}

/** The council's duty-to-refer route in this edition, or undefined when local.yaml gives none. */
export function dutyToRefer(local: Local | undefined, editionName: string): DutyToReferView | undefined {
  const d = local?.council.duty_to_refer;
  return d ? { ...d, heading: `How to refer in ${editionName}` } : undefined;
}

/** An outcome's local steps, contacts and (on the professional outcome) the duty-to-refer route. */
export function localOutcome(outcomeId: string, local: Local | undefined, editionName: string): LocalOutcomeView {
  const l = local ?? NONE;
  const own = l.outcomes[outcomeId];
  const steps = own?.steps ?? [];
  const refer = outcomeId === DUTY_TO_REFER_OUTCOME ? dutyToRefer(l, editionName) : undefined;
  return {
    editionName,
    heading: `In ${editionName}`,
    steps,
    contacts: own?.contacts ?? [],
    dutyToRefer: refer,
    sources: uniqueSources([...steps.flatMap((s) => s.sources), ...(refer?.sources ?? [])]),
  };
}

/** What an easy read outcome says about the edition's local steps, which have no easy read words of their own. */
export interface EasyLocalPointer {
  /** "In Medway". */
  heading: string;
  /** One easy read point, with its picture (content/easy-read/pictures.yaml). */
  point: { text: string; picture: string };
  /** The words of the link to the outcome's standard page, where the local steps are. */
  link: string;
}

/**
 * On an easy read outcome: when the edition adds local steps, a point that says there is more help
 * in the edition and a link to the standard page that lists it. The local steps are written in
 * standard words only (local.yaml has no easy read words or pictures for them), so the easy read
 * page points to them rather than showing words that break the easy read rules. Undefined when the
 * outcome has no local steps.
 */
export function easyLocalPointer(local: LocalOutcomeView | undefined): EasyLocalPointer | undefined {
  if (!local?.steps.length) return undefined;
  return {
    heading: local.heading,
    point: {
      text: `There is more help in ${local.editionName}. It is on the standard page.`,
      picture: 'signpost',
    },
    link: 'Go to the standard page',
  };
}

/** A guide page's local paragraphs, shown at the end under "In <edition>", with their sources. */
export function localGuide(
  guideId: string,
  local: Local | undefined,
  editionName: string,
): { heading: string; paragraphs: LocalText[]; sources: Source[] } {
  const paragraphs = (local ?? NONE).guides[guideId] ?? [];
  return {
    heading: `In ${editionName}`,
    paragraphs,
    sources: uniqueSources(paragraphs.flatMap((p) => p.sources)),
  };
}
