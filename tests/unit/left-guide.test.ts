/** After "Leave this page": which pages stay closed, and the check each page runs before it is drawn. */
import { describe, expect, it } from 'vitest';
import {
  CLOSED_CLASS,
  CLOSED_TITLE,
  keepOpenedAt,
  LEFT_KEY,
  leftAt,
  mustClose,
  OPENED_AT,
  openedAt,
} from '../../src/lib/site/left-guide.ts';
import { LEFT_BOOT_SCRIPT } from '../../src/lib/kiosk/boot-script.ts';
import { SEARCH } from '../../src/lib/site/routes.ts';

describe('which pages stay closed', () => {
  it('closes a page opened before the person left, and one that does not say when it was opened', () => {
    expect(mustClose(1000, 999)).toBe(true);
    expect(mustClose(1000, null)).toBe(true);
    expect(mustClose(1000, 1001)).toBe(false); // opened after: the person started again
    expect(mustClose(null, 5)).toBe(false); // never left
  });
  it('reads the note and the entry state safely', () => {
    expect(leftAt(null)).toBeNull();
    expect(leftAt('1234')).toBe(1234);
    expect(openedAt({ [OPENED_AT]: 7, step: 2 })).toBe(7);
    expect(openedAt({ step: 2 })).toBeNull();
    expect(openedAt('x')).toBeNull();
  });
  it('keeps when the page was opened in a step the guide adds to the history', () => {
    expect(keepOpenedAt({ step: 3 }, { step: 2, [OPENED_AT]: 42 })).toEqual({ step: 3, [OPENED_AT]: 42 });
    expect(keepOpenedAt({ step: 3 }, null)).toEqual({ step: 3 });
  });
});

/** Runs the inline script against a stand-in for the page as it loads. */
function boot({ state, left, type }: { state: unknown; left: string | null; type: string }) {
  const classes = new Set<string>();
  const page = { state, url: `${SEARCH}?q=domestic+abuse`, title: 'Search – Housing and mental health guide' };
  const fakes = {
    history: {
      get state() {
        return page.state;
      },
      replaceState(s: unknown, _t: string, url?: string) {
        page.state = s;
        if (url) page.url = url;
      },
    },
    performance: { getEntriesByType: () => [{ type }] },
    sessionStorage: { getItem: (k: string) => (k === LEFT_KEY ? left : null) },
    document: {
      documentElement: { classList: { add: (c: string) => classes.add(c) } },
      set title(t: string) {
        page.title = t;
      },
    },
    Date: { now: () => 5000 },
  };
  new Function(...Object.keys(fakes), LEFT_BOOT_SCRIPT)(...Object.values(fakes));
  return { closed: classes.has(CLOSED_CLASS), ...page };
}

describe('the check before a page is drawn', () => {
  it('notes when a newly opened page was opened, and shows it', () => {
    const r = boot({ state: null, left: '4000', type: 'navigate' });
    expect(r).toMatchObject({ closed: false, state: { [OPENED_AT]: 5000 } });
  });
  it('closes a page opened before leaving: neutral title, no search words in the address, its own state kept', () => {
    const r = boot({ state: { step: 2, [OPENED_AT]: 3000 }, left: '4000', type: 'back_forward' });
    expect(r).toEqual({ closed: true, state: { step: 2, [OPENED_AT]: 3000 }, url: '/', title: CLOSED_TITLE });
  });
  it('closes a page reached with Back or a reload that never noted when it was opened', () => {
    expect(boot({ state: { step: 1 }, left: '4000', type: 'back_forward' }).closed).toBe(true);
    expect(boot({ state: null, left: '4000', type: 'reload' }).closed).toBe(true);
  });
  it('leaves every page alone when the person has not left', () => {
    expect(boot({ state: null, left: null, type: 'back_forward' }).closed).toBe(false);
  });
});

describe('a page opened after leaving, when the device clock went back', () => {
  it('still counts as opened after leaving, so it shows', () => {
    const r = boot({ state: null, left: '9000', type: 'navigate' });
    expect(r).toMatchObject({ closed: false, state: { [OPENED_AT]: 9001 } });
  });
});
