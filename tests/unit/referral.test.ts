/**
 * The duty-to-refer referral a professional prepares with the person: the summary they print, copy
 * or email, the email link (subject and body only), and the council choice each edition offers.
 */
import { describe, expect, it } from 'vitest';
import { referCouncilChoice, referralMailto, referralSummary } from '../../src/lib/present/referral.ts';
import { agencyHref } from '../../src/lib/site/routes.ts';
import { clearGuideStorage, DEVICE_STORAGE, KIOSK_KEY, REFER_KEY } from '../../src/lib/site/storage.ts';

describe('the referral summary', () => {
  const summary = referralSummary(
    [
      { label: 'Which council', value: 'Medway Council' },
      { label: 'Why they may be homeless', value: 'Leaving hospital on Friday.\nNowhere to go.' },
      { label: 'Best time to call', value: '' },
    ],
    '2026-12-07',
  );

  it('names the duty and the date, then each field with what was typed', () => {
    expect(summary.split('\n')[0]).toBe('Duty to refer: referral (Housing Act 1996, section 213B)');
    expect(summary).toContain('Prepared on 7 December 2026');
    expect(summary).toContain('Which council:\nMedway Council');
    expect(summary).toContain('Why they may be homeless:\nLeaving hospital on Friday.\nNowhere to go.');
  });

  it('says "Not given" for a field left empty, so the council knows it was asked', () => {
    expect(summary).toContain('Best time to call:\nNot given');
  });
});

describe('the email link', () => {
  it('carries only a subject and the summary, to no address: the professional chooses where it goes', () => {
    const href = referralMailto('Duty to refer: A & B?\nline two');
    const url = new URL(href);
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe('');
    expect([...url.searchParams.keys()]).toEqual(['subject', 'body']);
    // Line breaks as CRLF, as RFC 6068 asks of a mailto: body.
    expect(url.searchParams.get('body')).toBe('Duty to refer: A & B?\r\nline two');
    expect(url.searchParams.get('subject')).toBe('Duty to refer referral');
    expect(href).not.toContain('+');
  });
});

describe('which council', () => {
  it('offers the edition’s own council with its referral route when the edition has one', () => {
    const c = referCouncilChoice(
      'Medway Council',
      {
        how: 'Fill in the form.',
        url: 'https://www.medway.gov.uk/refer',
        include: [],
        sources: [],
        heading: 'How to refer in Medway',
      },
      agencyHref('medway-council-housing-options'),
    );
    expect(c).toEqual({
      council: 'Medway Council',
      route: { how: 'Fill in the form.', url: 'https://www.medway.gov.uk/refer' },
    });
  });

  it('says the council publishes no route, and points to its housing options page, when the edition has none', () => {
    const c = referCouncilChoice(
      'City of Bradford Metropolitan District Council',
      undefined,
      agencyHref('bradford-council-housing-options'),
    );
    expect(c.route).toBeUndefined();
    expect(c.noRoute).toMatch(/has not published a duty to refer form or email address that we could check/);
    expect(c.housingOptions).toBe(agencyHref('bradford-council-housing-options'));
  });
});

describe('what is typed stays in the tab only', () => {
  it('is described for the privacy notice, kept in the tab', () => {
    const d = DEVICE_STORAGE.find((s) => s.key === REFER_KEY);
    expect(d?.place).toBe('tab');
    expect(d?.kept).toMatch(/Leave this page/);
  });

  it('is cleared by "Leave this page" and by the kiosk reset, which keeps only kiosk mode', () => {
    const data = new Map([
      [REFER_KEY, '{}'],
      [KIOSK_KEY, '{}'],
    ]);
    const store = {
      get length() {
        return data.size;
      },
      key: (i: number) => [...data.keys()][i] ?? null,
      removeItem: (k: string) => void data.delete(k),
    };
    clearGuideStorage([store], [KIOSK_KEY]);
    expect([...data.keys()]).toEqual([KIOSK_KEY]);
  });
});
