/** Counts Shift presses for the quick exit: three within the time window triggers it. */
export interface KeyPress {
  key: string;
  /** milliseconds, e.g. event.timeStamp */
  time: number;
  repeat?: boolean;
}

export function createShiftCounter(presses = 3, windowMs = 2000) {
  let times: number[] = [];
  return {
    /** Returns how many Shift presses are in the current run (0 after any other key); `presses` means exit. */
    press(k: KeyPress): number {
      if (k.key !== 'Shift') {
        times = [];
        return 0;
      }
      if (k.repeat) return times.length;
      times = [...times.filter((t) => k.time - t <= windowMs), k.time];
      if (times.length >= presses) {
        times = [];
        return presses;
      }
      return times.length;
    },
  };
}

/** Everything the guide may keep in the browser lives under this prefix. */
export const STORAGE_PREFIX = 'hmg:';

/** Remove everything the guide stored, except the keys in `keep` (kiosk mode keeps itself on). */
export function clearGuideStorage(stores: Array<Pick<Storage, 'length' | 'key' | 'removeItem'> | undefined>, keep: string[] = []): number {
  let removed = 0;
  for (const store of stores) {
    if (!store) continue;
    const keys: string[] = [];
    for (let i = 0; i < store.length; i++) {
      const k = store.key(i);
      if (k !== null && k.startsWith(STORAGE_PREFIX) && !keep.includes(k)) keys.push(k);
    }
    for (const k of keys) {
      store.removeItem(k);
      removed++;
    }
  }
  return removed;
}
