import { describe, expect, it } from 'vitest';
import {
  messagesLabel,
  outcomeSendText,
  sendMailHref,
  sendSmsHref,
  serviceSendText,
  smsLength,
  withAddress,
} from '../../src/lib/present/send-text.ts';

const phone = (display: string, dial: string, type: 'voice' | 'text' = 'voice') => ({
  display,
  dial,
  href: `tel:${dial}`,
  type,
});

describe('how long a text message is', () => {
  it('counts plain letters as GSM-7: 160 fit in one message, then 153 in each part', () => {
    expect(smsLength('a'.repeat(160))).toEqual({ encoding: 'GSM-7', units: 160, messages: 1 });
    expect(smsLength('a'.repeat(161))).toEqual({ encoding: 'GSM-7', units: 161, messages: 2 });
    expect(smsLength('a'.repeat(306))).toMatchObject({ messages: 2 });
    expect(smsLength('a'.repeat(307))).toMatchObject({ messages: 3 });
  });
  it('counts the extension characters (such as € and [) as two', () => {
    expect(smsLength(`${'a'.repeat(159)}€`)).toEqual({ encoding: 'GSM-7', units: 161, messages: 2 });
    expect(smsLength('£ and @ are in the basic set')).toMatchObject({ encoding: 'GSM-7', units: 28 });
  });
  it('counts any other character as UCS-2: 70 fit in one message, then 67 in each part', () => {
    expect(smsLength(`${'a'.repeat(69)}é`)).toMatchObject({ encoding: 'GSM-7' });
    expect(smsLength(`${'a'.repeat(69)}ł`)).toEqual({ encoding: 'UCS-2', units: 70, messages: 1 });
    expect(smsLength(`${'a'.repeat(70)}ł`)).toEqual({ encoding: 'UCS-2', units: 71, messages: 2 });
    expect(smsLength('🙂'.repeat(34))).toEqual({ encoding: 'UCS-2', units: 68, messages: 1 });
  });
  it('says the length in words', () => {
    expect(messagesLabel(1)).toBe('1 text message');
    expect(messagesLabel(2)).toBe('2 text messages');
  });
});

describe('the text sent to a phone', () => {
  const outcome = {
    firstStep: 'Call the council’s housing team today. Say you have nowhere to stay tonight.',
    contacts: [
      { name: 'Medway Council Housing', phones: [phone('01634 333 600', '+441634333600')] },
      { name: 'Shout', phones: [phone('85258', '85258', 'text')] },
    ],
  };
  it('has the first step, each number with its service and nothing typographic that would double its cost', () => {
    const text = outcomeSendText(outcome);
    expect(text).toBe(
      "Call the council's housing team today. Say you have nowhere to stay tonight.\nMedway Council Housing: 01634 333 600\nShout: text 85258",
    );
    expect(smsLength(text).encoding).toBe('GSM-7');
  });
  it('names a service with no number, with its address when it has one (a long website would cost more messages: the page link leads to it)', () => {
    const text = outcomeSendText({
      firstStep: 'Contact the council.',
      contacts: [
        { name: 'Council Housing Options', phones: [] },
        { name: 'Drop-in', phones: [], address: '1 High Street, Chatham' },
      ],
    });
    expect(text).toBe('Contact the council.\nCouncil Housing Options\nDrop-in: 1 High Street, Chatham');
  });
  it('adds the page address on its own line', () => {
    expect(withAddress('Do this.', 'https://guide.example.org/help/x/')).toBe(
      'Do this.\nhttps://guide.example.org/help/x/',
    );
    expect(withAddress('Do this.', undefined)).toBe('Do this.');
  });
  it('for one service: its name, its numbers and its address', () => {
    expect(
      serviceSendText({
        name: 'Samaritans',
        phones: [phone('116 123', '116123')],
        address: '1 High Street, Chatham, ME4 4TR',
      }),
    ).toBe('Samaritans: 116 123\n1 High Street, Chatham, ME4 4TR');
  });
  it('uses no answers: the text is made only of what the page shows to everyone', () => {
    // The functions take no answers at all; the same input always gives the same text.
    expect(outcomeSendText(outcome)).toBe(outcomeSendText(structuredClone(outcome)));
  });
});

describe('the links that open the person’s own apps', () => {
  it('sms: with only a body, every character escaped', () => {
    expect(sendSmsHref('Call 0800 & ask?\nhttps://x.org/a/')).toBe(
      'sms:?body=Call%200800%20%26%20ask%3F%0Ahttps%3A%2F%2Fx.org%2Fa%2F',
    );
  });
  it('mailto: with only a subject and a body, as the content check asks of every email link', () => {
    const href = sendMailHref('Your next steps', 'Line one\nLine two');
    // The body is encoded exactly as the text link's, so the page carries it once when compressed (14 KB budget).
    expect(href).toBe('mailto:?subject=Your%20next%20steps&body=Line%20one%0ALine%20two');
    expect(href.endsWith(sendSmsHref('Line one\nLine two').slice('sms:?'.length))).toBe(true);
  });
});
