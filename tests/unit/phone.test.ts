import { describe, expect, it } from 'vitest';
import { checkPhone, isFreeToCall, phoneHref, phoneLink } from '../../src/lib/directory/phone.ts';

describe('UK phone numbers', () => {
  it.each([
    ['08088004444', '0808 800 4444', 'tel:+448088004444'],
    ['0808 2000 247', '0808 2000 247', 'tel:+448082000247'],
    ['0808  2000   247', '0808 2000 247', 'tel:+448082000247'],
    ['08082000247', '0808 200 0247', 'tel:+448082000247'],
    ['01634 333333', '01634 333333', 'tel:+441634333333'],
    ['0300 500 0914', '0300 500 0914', 'tel:+443005000914'],
    ['020 7946 0000', '020 7946 0000', 'tel:+442079460000'],
  ])('%s is shown as %s and dialled as %s', (raw, display, href) => {
    expect(phoneLink(raw).display).toBe(display);
    expect(phoneHref(raw)).toBe(href);
  });
  it('writes Samaritans’ 116 123 as people know it', () => {
    expect(checkPhone('116123')).toMatchObject({ ok: true, display: '116 123', dial: '116123' });
    expect(phoneHref('116 123')).toBe('tel:116123');
  });
  it('accepts emergency and NHS short numbers', () => {
    for (const n of ['999', '111', '18000']) expect(checkPhone(n).ok).toBe(true);
  });
  it('accepts a text short code only as a text number', () => {
    expect(phoneHref('85258', 'text')).toBe('sms:85258');
    expect(checkPhone('85258', 'voice')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/set its type to text/),
    });
  });
  it.each(['01634 33333', '0808 800 44444', '12345678', 'call us', '+1 212 555 0100', ''])('rejects %j', (raw) => {
    expect(checkPhone(raw).ok).toBe(false);
  });
});

describe('numbers free to call (Ofcom: 080 and 116 numbers are free from mobiles and landlines; 999, 112, 111 and the 18000 relay to 999 are free)', () => {
  it.each([
    '0800 1111',
    '0808 2000 247',
    '08088004444',
    '116 123',
    '116000',
    '999',
    '112',
    '111',
    '18000',
    '+44 808 800 4444',
  ])('%s is free to call', (n) => {
    expect(isFreeToCall(n)).toBe(true);
  });
  it.each([
    '01634 333333',
    '0300 500 0914',
    '020 7946 0000',
    '07700 900123',
    '101',
    '18001',
    '0845 600 0000',
    'call us',
    '',
  ])('%s is not free to call (it costs, or uses up call credit)', (n) => {
    expect(isFreeToCall(n)).toBe(false);
  });
});
