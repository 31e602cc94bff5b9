/**
 * Whether a next-steps page shows the answers stored in the tab. Only when the step-by-step guide
 * has just sent the person there (it notes the page in TREE_SENT_KEY), and then again in that same
 * history entry (a reload, Back, Forward, the browser's cache), which the page marks. Opened any
 * other way (a bookmark, a link on another page), the tab may be someone else's: nothing shows.
 * See docs/decisions/0008-a-shared-device-shows-nothing-of-the-last-person.md.
 *
 * Pure, and small: the outcome page's script runs it on every visit.
 */
import { ANSWERS_SHOWN } from '../site/storage.ts';

export interface AnswersHere {
  show: boolean;
  /** The guide's note was for this page: remove it, and mark this history entry instead. */
  take: boolean;
}

/** `sent`: the next-steps page the guide sent the person to (or null); `state`: this page's history.state. */
export function answersHere(outcome: string, sent: string | null, state: unknown): AnswersHere {
  const marked =
    !!state &&
    typeof state === 'object' &&
    !Array.isArray(state) &&
    (state as Record<string, unknown>)[ANSWERS_SHOWN] === true;
  if (marked) return { show: true, take: false };
  if (sent !== null && sent === outcome) return { show: true, take: true };
  return { show: false, take: false };
}
