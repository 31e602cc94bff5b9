/**
 * While easy read is on in a tab, the ways into "Where do I go for help?" open its easy read pages.
 * Pure: takes a link's address, returns where it should go.
 */
import { EASY_READ, FLOWCHART, HELP, HELP_RESTART, REFER, easyNode } from './routes.ts';

/** The links into the step-by-step guide on a page: in its content and in the menu. */
export const ENTRY_LINKS = `main a[href^="${HELP}"], .site-nav a[href^="${HELP}"]`;

/** The easy read address for a link into the step-by-step guide, or the link unchanged. */
export function easyReadHref(href: string): string {
  if (href === HELP || href === HELP_RESTART) return EASY_READ;
  // A question or outcome's own page; the flowchart and the referral form have no easy read version.
  if (!href.startsWith(HELP) || href === FLOWCHART || href.startsWith(REFER)) return href;
  const node = /^([a-z0-9-]+)\/$/.exec(href.slice(HELP.length));
  return node ? easyNode(node[1]!) : href;
}
