/**
 * Every key the guide keeps in the browser, in one place. All start with STORAGE_PREFIX, so the
 * quick exit can clear them all without knowing each one.
 */

import { OFFLINE_CACHES, SERVICE_WORKER } from './offline-caches.ts';

/** Everything the guide may keep in the browser lives under this prefix. */
export const STORAGE_PREFIX = 'hmg:';

/** Session storage: the step-by-step guide's answers and which question each history step showed. */
export const TREE_SESSION_KEY = `${STORAGE_PREFIX}tree`;

/**
 * Session storage: the next-steps page the step-by-step guide has just sent the person to (an outcome id,
 * never an answer). That page alone then shows the stored answers (src/lib/tree/answers-shown.ts).
 */
export const TREE_SENT_KEY = `${STORAGE_PREFIX}tree-sent`;

/** In a next-steps page's own history entry: the stored answers were shown on that page. Never an answer. */
export const ANSWERS_SHOWN = `${STORAGE_PREFIX}answers-shown`;

/** Session storage: kiosk mode is on for this tab (set only by the staff set-up step), with its settings. */
export const KIOSK_KEY = `${STORAGE_PREFIX}kiosk`;

/** Session storage: "Show the law" is on in this tab ("1"; the key is removed when it is turned off). */
export const SHOW_LAW_KEY = `${STORAGE_PREFIX}show-law`;

/** Session storage: easy read is on in this tab ("1"; removed when the person picks "Standard"). */
export const EASY_READ_KEY = `${STORAGE_PREFIX}easy-read`;

/**
 * Session storage: what a professional typed into "Prepare a duty to refer referral", so a reload
 * or Back keeps it. Cleared by "Leave this page", the kiosk reset, "Clear the form" and closing the tab.
 */
export const REFER_KEY = `${STORAGE_PREFIX}refer`;

/** Where on the device something is kept, in the words the privacy notice uses. */
export const PLACES = {
  tab: 'In this browser tab only (session storage)',
  history: "In this tab's Back and Forward history",
  cache: 'On this device, in the browser’s store of saved pages and files',
  worker: 'On this device, in the browser’s list of helpers for this site',
} as const;

/** One thing the guide keeps on the device, described for the privacy notice (/privacy/). */
export interface DeviceStore {
  /** The key or cache name the code uses. */
  key: string;
  place: keyof typeof PLACES;
  /** A short name for it. */
  title: string;
  /** What it holds and why, in plain English. */
  what: string;
  /** How long it stays, and what removes it. */
  kept: string;
}

/**
 * Everything the guide keeps on the device. The privacy notice is made from this list, and
 * tests/unit/storage-described.test.ts fails when the code uses a key that is not here.
 */
export const DEVICE_STORAGE: readonly DeviceStore[] = [
  {
    key: TREE_SESSION_KEY,
    place: 'tab',
    title: 'Your answers in “Where do I go for help?”',
    what: 'The answers you give, and which question each step showed. This lets Back and your next steps work.',
    kept: 'It goes when you close the tab, press “Leave this page” or choose “Start again”.',
  },
  {
    key: TREE_SENT_KEY,
    place: 'tab',
    title: 'Which next steps page your answers led to',
    what: 'The name of the next steps page the questions just sent you to, never your answers. Only that page then shows your answers.',
    kept: 'It goes when that page opens, when you close the tab, or when you press “Leave this page”.',
  },
  {
    key: ANSWERS_SHOWN,
    place: 'history',
    title: 'Your answers were shown on this page',
    what: 'A mark kept with a next steps page in this tab’s history, so Back and reload show your answers there again. It holds no answers.',
    kept: 'It goes when you close the tab.',
  },
  {
    key: `${STORAGE_PREFIX}left`,
    place: 'tab',
    title: 'When you last pressed “Leave this page”',
    what: 'The time you last left, or a touch screen started again for the next person. Pages opened before then stay closed.',
    kept: 'It goes when you close the tab.',
  },
  {
    key: `${STORAGE_PREFIX}opened`,
    place: 'history',
    title: 'When each page was opened',
    what: 'A time kept with each page in this tab’s history. It stops Back showing a page from before you left.',
    kept: 'It goes when you close the tab.',
  },
  {
    key: REFER_KEY,
    place: 'tab',
    title: 'A duty to refer referral you are preparing',
    what: 'What you type into “Prepare a duty to refer referral”, so it is still there if you reload the page. It is never sent anywhere.',
    kept: 'It goes when you close the tab, press “Leave this page” or “Clear the form”, or a touch screen starts again.',
  },
  {
    key: KIOSK_KEY,
    place: 'tab',
    title: 'Touch screen settings',
    what: 'Only on a touch screen that staff set up at a hub. It keeps the screen in kiosk mode, with its settings.',
    kept: 'It goes when that tab is closed.',
  },
  {
    key: SHOW_LAW_KEY,
    place: 'tab',
    title: '“Show the law” is on',
    what: 'That you pressed “Show the law”, so next steps pages show the law behind each right. It holds nothing about you.',
    kept: 'It goes when you press “Show the law” again, close the tab or press “Leave this page”.',
  },
  {
    key: EASY_READ_KEY,
    place: 'tab',
    title: '“Easy read” is on',
    what: 'That you picked “Easy read”, so the links to “Where do I go for help?” open the easy read pages. It holds nothing about you.',
    kept: 'It goes when you pick “Standard”, close the tab or press “Leave this page”.',
  },
  {
    key: OFFLINE_CACHES.pages,
    place: 'cache',
    title: 'Pages you have visited',
    what: 'Copies of the guide’s pages you opened, so they work with no connection. They hold no answers.',
    kept: 'The oldest go when there are more than 80. “Leave this page” removes them all.',
  },
  {
    key: OFFLINE_CACHES.saved,
    place: 'cache',
    title: 'Pages you saved',
    what: 'Pages you chose to keep with “Save this page for offline”, and the files they need.',
    kept: 'They stay until you clear this site’s data in your browser’s settings.',
  },
  {
    key: OFFLINE_CACHES.files,
    place: 'cache',
    title: 'Styles, scripts and search files',
    what: 'Files the pages need to work and look right, and the search index. They hold nothing about you.',
    kept: 'The oldest go when there are more than 300, or when you clear this site’s data.',
  },
  {
    key: 'workbox-precache',
    place: 'cache',
    title: 'This version of the guide',
    what: 'A copy of the guide’s pages and files, kept after your first visit so it works offline. It holds nothing about you.',
    kept: 'A newer version of the guide replaces it. Clearing this site’s data removes it.',
  },
  {
    key: SERVICE_WORKER,
    place: 'worker',
    title: 'The offline helper (service worker)',
    what: 'A small script your browser keeps for this site. It keeps the copies above and fetches a newer version of the guide. It sends nothing about you.',
    kept: 'It stays until you clear this site’s data.',
  },
];

/** Remove everything the guide stored, except the keys in `keep` (kiosk mode keeps itself on). */
export function clearGuideStorage(
  stores: Array<Pick<Storage, 'length' | 'key' | 'removeItem'> | undefined>,
  keep: string[] = [],
): number {
  let removed = 0;
  for (const store of stores) {
    if (!store) continue;
    const keys: string[] = [];
    for (let i = 0; i < store.length; i++) {
      const k = store.key(i);
      if (k?.startsWith(STORAGE_PREFIX) && !keep.includes(k)) keys.push(k);
    }
    for (const k of keys) {
      store.removeItem(k);
      removed++;
    }
  }
  return removed;
}
