import { describe, expect, it } from 'vitest';
import { pageAddress, reportProblemHref } from '../../src/lib/site/report-problem.ts';
import { agencyHref, guideHref } from '../../src/lib/site/routes.ts';

const RENT = guideHref('behind-with-rent');
const SAMARITANS = agencyHref('samaritans');

describe('"Report a problem with this page"', () => {
  const href = reportProblemHref('content@medway.guide.example', 'Behind with rent & bills?', RENT);
  const url = new URL(href);

  it('emails the one content address, with only a subject and a body', () => {
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe('content@medway.guide.example');
    expect([...url.searchParams.keys()]).toEqual(['subject', 'body']);
  });

  it('fills in the page title and address, with characters such as & kept in the text, not read as a new field', () => {
    expect(url.searchParams.get('subject')).toBe('Problem with the page: Behind with rent & bills?');
    expect(url.searchParams.get('body')).toContain(`Page: Behind with rent & bills?\r\nAddress: ${RENT}`);
    // Mail apps differ on "+": spaces are written %20 so none shows a plus sign.
    expect(href).not.toContain('+');
  });

  it('gives the full address when the edition has a public one, and the path when it does not', () => {
    expect(pageAddress(SAMARITANS, 'https://bradford.guide.example/')).toBe(
      `https://bradford.guide.example${SAMARITANS}`,
    );
    expect(pageAddress(SAMARITANS, undefined)).toBe(SAMARITANS);
  });
});
