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
