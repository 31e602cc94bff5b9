/**
 * Each page's data, worked out once per page from the content (as Starlight's route data): the
 * page's components only lay it out. Needs astro:content (through site-data.ts), so not for islands.
 */
import {
  getEdition,
  getGlossary,
  getGuides,
  getLocal,
  getSiteUrl,
  guideHref,
  helpHref,
  outcomeContacts,
} from './site-data.ts';
import { DUTY_TO_REFER_OUTCOME, dutyToRefer } from './lib/present/local.ts';
import { referCouncilChoice, type ReferCouncilChoice } from './lib/present/referral.ts';
import { agencyHref } from './lib/site/routes.ts';
import { agencyView, type AgencyView } from './lib/present/agency.ts';
import type { OutcomeView } from './lib/present/outcome.ts';
import { outcomeWords, type WordMeaning } from './lib/content/plain-english.ts';
import { absoluteUrl, printedAddress } from './lib/site/site-url.ts';
import type { Outcome } from './lib/tree/tree.ts';
import { outcomeSendText } from './lib/present/send-text.ts';

/** A next-steps page: the outcome, its services arranged as every output shows them, and the rest of what it shows. */
export interface OutcomePage extends OutcomeView<AgencyView> {
  outcome: Outcome;
  /** Today in London (YYYY-MM-DD), for the printed date. */
  today: string;
  /** The guide pages it points to ("Find out more"). */
  guides: { href: string; title: string }[];
  /** Every legal or service word the page uses, with its meaning from the glossary. */
  words: WordMeaning[];
  /** The page's public address, when the edition has one (for the QR code on paper); else undefined. */
  pageUrl?: string;
  /** That address as printed under the QR code. */
  printedUrl?: string;
  /** Where the QR code leads when the edition has no public address: the page's own path. */
  path: string;
  /** "Send these next steps": the first step and its numbers, without the page's address (lib/present/send-text.ts). */
  sendText: string;
}

export async function outcomePage(outcome: Outcome, today: string): Promise<OutcomePage> {
  // The most important action first, then everyone else in the order to use them (see lib/present/outcome.ts).
  const { first, rest, ...arranged } = await outcomeContacts(outcome);
  const guides = (await getGuides())
    .filter((g) => outcome.guides.includes(g.id))
    .map((g) => ({ href: guideHref(g.id), title: g.data.title }));
  // The QR code back to this page: to the site's public address when the edition has one, else to the address the page was opened at.
  const site = await getSiteUrl();
  const path = helpHref(outcome.id);
  const pageUrl = site ? absoluteUrl(site, path) : undefined;
  const firstViews = first.map((c) => agencyView(c.id, c.data));
  return {
    ...arranged,
    outcome,
    today,
    first: firstViews,
    rest: rest.map((c) => agencyView(c.id, c.data)),
    guides,
    // The local steps' words are explained too.
    words: outcomeWords(
      { ...outcome, steps: [...outcome.steps, ...(arranged.local?.steps.map((s) => s.text) ?? [])] },
      await getGlossary(),
    ),
    pageUrl,
    printedUrl: pageUrl ? printedAddress(pageUrl) : undefined,
    path,
    sendText: outcomeSendText({ firstStep: outcome.first.do, contacts: firstViews }),
  };
}

/** "Prepare a duty to refer referral": the edition's own council first, with its route or a note that it has none. */
export interface ReferPage {
  editionName: string;
  choice: ReferCouncilChoice;
  /** The outcome page the form belongs to. */
  outcomeHref: string;
  outcomeTitle: string;
}

export async function referPage(outcomeTitle: string): Promise<ReferPage> {
  const edition = await getEdition();
  const housingOptions = edition.roles['council-housing-options']?.[0];
  const choice = referCouncilChoice(
    edition.council,
    dutyToRefer(await getLocal(), edition.name),
    housingOptions ? agencyHref(housingOptions) : undefined,
  );
  return { editionName: edition.name, choice, outcomeHref: helpHref(DUTY_TO_REFER_OUTCOME), outcomeTitle };
}
