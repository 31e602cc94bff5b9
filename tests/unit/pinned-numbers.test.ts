/** The pinned crisis numbers: what counts as a slip of the finger, and which numbers are read from free text. */
import { describe, expect, it } from 'vitest';
import { digitsOf, nearMiss, numberProblem, numbersInText, type Pin } from '../../src/lib/directory/pinned-numbers.ts';

const pin = (number: string, service: string, type: 'voice' | 'text' = 'voice', alsoOn: string[] = []): Pin => ({
  number,
  digits: digitsOf(number),
  service,
  type,
  alsoOn,
});
const PINS = [
  pin('999', 'emergency-services'),
  pin('111', 'nhs-111', 'voice', ['local-crisis-line']),
  pin('116 123', 'samaritans'),
  pin('85258', 'shout', 'text'),
  pin('18001', 'police-101'),
];

describe('near misses of a pinned number', () => {
  it('are one or two digits different, two neighbours swapped, or one digit added or left out', () => {
    expect(nearMiss('116132', '116123')).toBe(true); // swapped
    expect(nearMiss('85285', '85258')).toBe(true); // swapped
    expect(nearMiss('116124', '116123')).toBe(true); // one digit
    expect(nearMiss('99', '999')).toBe(true); // one left out
    expect(nearMiss('9999', '999')).toBe(true); // one added
    expect(nearMiss('116456', '116123')).toBe(false); // three digits
    expect(nearMiss('9', '999')).toBe(false); // two left out
    expect(nearMiss('999', '999')).toBe(false); // the same number is not a miss
  });

  it('compare +44 numbers as the 0 numbers people dial', () => {
    expect(digitsOf('+44 808 2000 247')).toBe('08082000247');
    expect(digitsOf('tel:+448082000247')).toBe('08082000247');
    expect(digitsOf('0808 2000 247')).toBe('08082000247');
  });
});

describe('numbers in free text', () => {
  const read = (text: string) => numbersInText(text, PINS).map((n) => n.raw);

  it('reads a number after call, text, phone or dial, and UK-shaped numbers anywhere', () => {
    expect(read('Call 999 or go to A&E now.')).toEqual(['999']);
    expect(read('Call Samaritans on 116 123 from any phone.')).toEqual(['116 123']);
    expect(read('Text SHOUT to 85258.')).toEqual(['85258']);
    expect(read('The helpline is 0808 2000 247, free.')).toEqual(['0808 2000 247']);
    expect(read('Ring us: +44 808 2000 247')).toEqual(['+44 808 2000 247']);
  });

  it('takes the longest run of digit groups that is a number', () => {
    expect(read('Call 999 24 hours a day.')).toEqual(['999']);
    expect(read('Dial 18001 101 from a textphone.')).toEqual(['18001']);
  });

  it('does not read section numbers, dates, times or counts as phone numbers', () => {
    expect(read('Under section 117 and s.188 you have 21 days, from 2026-11-22, open 09:00 to 17:00.')).toEqual([]);
    expect(read('You may need to call 2 or 3 times. Call at 9am.')).toEqual([]);
  });
});

describe('numberProblem', () => {
  it('refuses a near miss with the right number, and another service’s pinned number', () => {
    expect(numberProblem('116 132', { type: 'voice', pins: PINS })).toMatch(
      /one or two digits away from 116 123.*Fix: write 116 123/,
    );
    expect(numberProblem('111', { type: 'voice', pins: PINS, service: 'samaritans' })).toMatch(
      /pinned number of nhs-111, not of samaritans/,
    );
    expect(numberProblem('111', { type: 'voice', pins: PINS, service: 'local-crisis-line' })).toBeNull();
  });

  it('refuses premium-rate, personal and foreign numbers, texts to landlines and unknown short codes', () => {
    expect(numberProblem('0906 512 3456', { type: 'voice', pins: PINS })).toMatch(/premium-rate/);
    expect(numberProblem('0871 123 4567', { type: 'voice', pins: PINS })).toMatch(/costs extra/);
    expect(numberProblem('070 1234 5678', { type: 'voice', pins: PINS })).toMatch(/personal number/);
    expect(numberProblem('+1 800 273 8255', { type: 'voice', pins: PINS })).toMatch(/not a UK number/);
    expect(
      numberProblem('+1 800 273 8255', { type: 'voice', pins: PINS, international: 'Only in the USA.' }),
    ).toBeNull();
    expect(numberProblem('01634 304 400', { type: 'text', pins: PINS })).toMatch(/cannot get text messages/);
    expect(numberProblem('07850 901151', { type: 'text', pins: PINS })).toBeNull();
    expect(numberProblem('65432', { type: 'text', pins: PINS })).toMatch(/short number that is not on the list/);
  });
});
