import { describe, expect, it } from 'vitest';
import { createShiftCounter } from '../../src/lib/site/quick-exit-keys.ts';
import { clearGuideStorage, KIOSK_KEY, TREE_SESSION_KEY } from '../../src/lib/site/storage.ts';

describe('Shift three times', () => {
  it('triggers on the third Shift within two seconds', () => {
    const c = createShiftCounter();
    expect(c.press({ key: 'Shift', time: 0 })).toBe(1);
    expect(c.press({ key: 'Shift', time: 400 })).toBe(2);
    expect(c.press({ key: 'Shift', time: 900 })).toBe(3);
  });
  it('does not trigger when the presses are too slow', () => {
    const c = createShiftCounter();
    c.press({ key: 'Shift', time: 0 });
    c.press({ key: 'Shift', time: 1500 });
    expect(c.press({ key: 'Shift', time: 3000 })).toBe(2);
  });
  it('is reset by typing another key, so capital letters do not trigger it', () => {
    const c = createShiftCounter();
    c.press({ key: 'Shift', time: 0 });
    c.press({ key: 'Shift', time: 100 });
    c.press({ key: 'A', time: 150 });
    expect(c.press({ key: 'Shift', time: 200 })).toBe(1);
  });
  it('ignores a held-down Shift key repeating', () => {
    const c = createShiftCounter();
    c.press({ key: 'Shift', time: 0 });
    c.press({ key: 'Shift', time: 30, repeat: true });
    expect(c.press({ key: 'Shift', time: 60, repeat: true })).toBe(1);
  });
});

describe('clearing what the guide stored', () => {
  class MemoryStore {
    map = new Map<string, string>();
    get length() {
      return this.map.size;
    }
    key(i: number) {
      return [...this.map.keys()][i] ?? null;
    }
    removeItem(k: string) {
      this.map.delete(k);
    }
  }
  it('removes the guide’s keys and leaves others alone', () => {
    const s = new MemoryStore();
    s.map.set(TREE_SESSION_KEY, '{}');
    s.map.set(KIOSK_KEY, '1');
    s.map.set('other-site', 'x');
    expect(clearGuideStorage([s, undefined])).toBe(2);
    expect([...s.map.keys()]).toEqual(['other-site']);
  });
});
