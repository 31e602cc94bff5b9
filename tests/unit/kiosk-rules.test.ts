import { describe, expect, it } from 'vitest';
import {
  DEFAULT_KIOSK,
  KIOSK_KEY,
  idleState,
  kioskSettings,
  linkAction,
  storedSettings,
} from '../../src/lib/kiosk/kiosk-rules.ts';
import { clearGuideStorage, TREE_SESSION_KEY } from '../../src/lib/site/storage.ts';
import { DIRECTORY, HELP } from '../../src/lib/site/routes.ts';

describe('kiosk settings', () => {
  it('uses 90 seconds, then 30 seconds to answer, and no printer, unless told otherwise', () => {
    expect(kioskSettings('')).toEqual({ idleSeconds: 90, promptSeconds: 30, printer: false, easyRead: false });
    expect(kioskSettings('?idle=120&prompt=20&printer=yes')).toEqual({
      idleSeconds: 120,
      promptSeconds: 20,
      printer: true,
      easyRead: false,
    });
  });
  it('takes the edition default when the address has none', () => {
    expect(
      kioskSettings('?printer=no', { idleSeconds: 180, promptSeconds: 45, printer: true, easyRead: false }),
    ).toEqual({
      idleSeconds: 180,
      promptSeconds: 45,
      printer: false,
      easyRead: false,
    });
  });
  it('can start in easy read (?easy=yes), and keeps that in the saved settings', () => {
    expect(kioskSettings('?easy=yes').easyRead).toBe(true);
    expect(kioskSettings('?easy=no').easyRead).toBe(false);
    expect(
      storedSettings(JSON.stringify({ idleSeconds: 60, promptSeconds: 15, printer: false, easyRead: true })).easyRead,
    ).toBe(true);
  });
  it('ignores values that would make the kiosk unusable or never reset', () => {
    expect(kioskSettings('?idle=5').idleSeconds).toBe(90);
    expect(kioskSettings('?idle=99999').idleSeconds).toBe(90);
    expect(kioskSettings('?idle=ninety&prompt=-3').idleSeconds).toBe(90);
    expect(kioskSettings('?prompt=-3').promptSeconds).toBe(30);
  });
  it('reads saved settings, and falls back to the defaults when they are damaged', () => {
    expect(storedSettings(JSON.stringify({ idleSeconds: 60, promptSeconds: 15, printer: true }))).toEqual({
      idleSeconds: 60,
      promptSeconds: 15,
      printer: true,
      easyRead: false,
    });
    expect(storedSettings('{not json')).toEqual(DEFAULT_KIOSK);
    expect(storedSettings(JSON.stringify({ idleSeconds: 1 }))).toEqual(DEFAULT_KIOSK);
  });
});

describe('the idle timer', () => {
  const s = { idleSeconds: 90, promptSeconds: 30, printer: false, easyRead: false };
  it('asks "Are you still there?" after the idle time, counting down, then resets', () => {
    expect(idleState(89_999, 0, s)).toEqual({ state: 'active' });
    expect(idleState(90_000, 0, s)).toEqual({ state: 'asking', secondsLeft: 30 });
    expect(idleState(119_100, 0, s)).toEqual({ state: 'asking', secondsLeft: 1 });
    expect(idleState(120_000, 0, s)).toEqual({ state: 'reset' });
  });
  it('starts again from the last touch', () => {
    expect(idleState(200_000, 150_000, s)).toEqual({ state: 'active' });
  });
});

describe('what a tap on a link does in kiosk mode', () => {
  const origin = 'http://hub.local';
  const here = 'http://hub.local/services/samaritans/';
  it('goes to pages of the guide', () => {
    expect(linkAction(HELP, origin, here)).toEqual({ kind: 'page', url: HELP });
    expect(linkAction('http://hub.local/directory/?x=1', origin, here)).toEqual({
      kind: 'page',
      url: `${DIRECTORY}?x=1`,
    });
  });
  it('shows other websites instead of opening them', () => {
    expect(linkAction('https://www.samaritans.org/', origin, here)).toEqual({
      kind: 'other-site',
      url: 'https://www.samaritans.org/',
      address: 'www.samaritans.org',
    });
    expect(linkAction('mailto:jo@samaritans.org', origin, here)).toMatchObject({
      kind: 'other-site',
      address: 'jo@samaritans.org',
    });
  });
  it('shows phone numbers and text numbers large', () => {
    expect(linkAction('tel:116123', origin, here)).toEqual({ kind: 'phone', number: '116123', text: false });
    expect(linkAction('sms:85258', origin, here)).toEqual({ kind: 'phone', number: '85258', text: true });
  });
  it('leaves links within the page to the browser', () => {
    expect(linkAction('#crisis-help', origin, here)).toEqual({ kind: 'none' });
    expect(linkAction('javascript:void(0)', origin, here)).toEqual({ kind: 'none' });
  });
});

describe('starting again', () => {
  it('clears the answers but keeps the screen in kiosk mode', () => {
    const data = new Map([
      [TREE_SESSION_KEY, '{}'],
      [KIOSK_KEY, '{}'],
      ['other', 'x'],
    ]);
    const store = {
      get length() {
        return data.size;
      },
      key: (i: number) => [...data.keys()][i] ?? null,
      removeItem: (k: string) => void data.delete(k),
    };
    expect(clearGuideStorage([store], [KIOSK_KEY])).toBe(1);
    expect([...data.keys()]).toEqual([KIOSK_KEY, 'other']);
  });
});
