/**
 * Every key the guide keeps in the browser, in one place. All start with STORAGE_PREFIX, so the
 * quick exit can clear them all without knowing each one.
 */

/** Everything the guide may keep in the browser lives under this prefix. */
export const STORAGE_PREFIX = 'hmg:';

/** Session storage: the step-by-step guide's answers and which question each history step showed. */
export const TREE_SESSION_KEY = `${STORAGE_PREFIX}tree`;

/**
 * Session storage: the next-steps page the step-by-step guide has just sent the person to (an outcome id,
 * never an answer). That page alone then shows the stored answers (src/lib/tree/answers-shown.ts).
 */
export const TREE_SENT_KEY = `${STORAGE_PREFIX}tree-sent`;

/** Session storage: kiosk mode is on for this tab (set only by the staff set-up step), with its settings. */
export const KIOSK_KEY = `${STORAGE_PREFIX}kiosk`;

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
