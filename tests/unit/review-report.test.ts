import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/build-tools/content-reader.ts';
import {
  dutySentences,
  formatReview,
  publisherWarnings,
  monthsBefore,
  reviewContent,
  reviewEntries,
  reviewEntry,
  type ReviewEntry,
  formatWeakLocalNumbers,
  weakLocalNumbers,
} from '../../src/build-tools/review-report.ts';

const today = '2026-11-23';
const service = (over: Partial<ReviewEntry> = {}): ReviewEntry => ({
  kind: 'service',
  id: 'example',
  file: 'content/agencies/example.yaml',
  edition: null,
  checked: '2026-11-22',
  sources: [{ url: 'https://www.example.org/', checked: '2026-11-22' }],
  hasHours: true,
  ...over,
});
const kinds = (e: ReviewEntry) => reviewEntry(e, today).flags.map((f) => f.kind);

describe('the content review', () => {
  it('counts months on the calendar, even at the end of a month', () => {
    expect(monthsBefore('2026-11-23', 6)).toBe('2026-05-23');
    expect(monthsBefore('2026-08-31', 6)).toBe('2026-02-28');
    expect(monthsBefore('2026-01-15', 12)).toBe('2025-01-15');
  });
  it('leaves a service checked yesterday, with a primary source and hours, unflagged', () => {
    expect(kinds(service())).toEqual([]);
  });
  it('flags a service not checked for 6 months, and fails one not checked for 12', () => {
    expect(kinds(service({ checked: '2026-05-22' }))).toEqual(['stale']);
    expect(kinds(service({ checked: '2026-05-23' }))).toEqual([]);
    expect(kinds(service({ checked: '2025-11-22' }))).toEqual(['overdue']);
  });
  it('uses the oldest source date when an entry has no date of its own', () => {
    const r = reviewEntry(
      service({
        kind: 'outcome',
        checked: undefined,
        sources: [
          { url: 'https://a.example/', checked: '2026-11-01' },
          { url: 'https://b.example/', checked: '2025-01-01' },
        ],
      }),
      today,
    );
    expect(r.lastChecked).toBe('2025-01-01');
    expect(r.flags.map((f) => f.kind)).toEqual(['overdue']);
  });
  it('flags an entry resting only on secondary sources, not one with a primary source too', () => {
    expect(kinds(service({ sources: [{ url: 'https://a.example/', checked: today, secondary: true }] }))).toEqual([
      'secondary-only',
    ]);
    expect(
      kinds(
        service({
          sources: [
            { url: 'https://a.example/', checked: today, secondary: true },
            { url: 'https://b.example/', checked: today },
          ],
        }),
      ),
    ).toEqual([]);
  });
  it('flags a service with no opening hours', () => {
    expect(kinds(service({ hasHours: false }))).toEqual(['no-hours']);
  });
  it('flags a service whose every hours row has ended, and says when the last one ended', () => {
    expect(kinds(service({ hoursEnded: '2026-11-22' }))).toEqual(['hours-ended']);
    expect(reviewEntry(service({ hoursEnded: '2026-11-22' }), today).flags[0].message).toMatch(
      /^every row of its opening hours ended by 2026-11-22, so the guide says its hours are not known\. Fix: /,
    );
    // The last row runs to today: its hours still hold.
    expect(kinds(service({ hoursEnded: today }))).toEqual([]);
  });
  it('shows national entries in every edition and local ones only in their own, and lists overdue entries once', () => {
    const res = reviewContent(
      [service({ id: 'national', checked: '2024-01-01' }), service({ id: 'local', edition: 'medway' })],
      ['medway', 'bradford'],
      today,
    );
    expect(res.editions.map((e) => [e.edition, e.rows.map((r) => r.id)])).toEqual([
      ['medway', ['local', 'national']],
      ['bradford', ['national']],
    ]);
    expect(res.overdue.map((r) => r.id)).toEqual(['national']);
  });
});

describe('a guide page that states a duty needs the law among its sources', () => {
  const page = (over: Partial<ReviewEntry> = {}): ReviewEntry => ({
    kind: 'page',
    id: 'example',
    file: 'content/guide/example.mdx',
    edition: null,
    checked: today,
    sources: [{ url: 'https://england.shelter.org.uk/legal/x', checked: today, secondary: true }],
    duties: ['The council must take reasonable steps to help you.'],
    ...over,
  });
  it('finds the sentences that say a council or another body must do something', () => {
    expect(
      dutySentences([
        'The council must take reasonable steps to help you.',
        'Hospital staff have a duty to refer you, if you agree.',
        'Adult social care is required to assess your needs.',
        'You must ask for a review within 21 days.',
        'If you can, you must tell them.',
        'Ask the council for help.',
      ]),
    ).toEqual([
      'The council must take reasonable steps to help you.',
      'Hospital staff have a duty to refer you, if you agree.',
      'Adult social care is required to assess your needs.',
    ]);
  });
  it('flags a page whose duties rest only on secondary sources, and names the duty and the fix', () => {
    const row = reviewEntry(page(), today);
    const flag = row.flags.find((f) => f.kind === 'duty-without-law');
    expect(flag?.message).toContain('The council must take reasonable steps');
    expect(flag?.message).toContain('Fix: read the law on legislation.gov.uk');
    expect(reviewContent([page()], ['medway'], today).dutiesWithoutLaw.map((r) => r.id)).toEqual(['example']);
    expect(formatReview(reviewContent([page()], ['medway'], today))).toContain(
      '1 guide page states duties with only secondary sources:\n  content/guide/example.mdx',
    );
  });
  it('does not count a council page (also .gov.uk) or a law page marked secondary as the law', () => {
    const council = { url: 'https://www.medway.gov.uk/info/200151/housing_advice', checked: today };
    const marked = { url: 'https://www.legislation.gov.uk/ukpga/1996/52/section/188', checked: today, secondary: true };
    expect(kinds(page({ sources: [council, marked] }))).toContain('duty-without-law');
  });
  it('accepts a page with the law or GOV.UK among its sources, and a page that states no duty', () => {
    const law = { url: 'https://www.legislation.gov.uk/ukpga/1996/52/section/188', checked: today };
    expect(kinds(page({ sources: [...page().sources, law] }))).not.toContain('duty-without-law');
    expect(kinds(page({ duties: [] }))).not.toContain('duty-without-law');
  });

  const root = join(import.meta.dirname, '../..');
  it('passes the real guide pages', () => {
    const { input } = readContent(root, today);
    const failing = reviewContent(reviewEntries(input), ['medway', 'bradford'], today).dutiesWithoutLaw;
    expect(failing.map((r) => `${r.file}: ${r.flags.map((f) => f.message).join(' ')}`)).toEqual([]);
    // The rule has something to bite on: pages that state duties.
    expect(reviewEntries(input).filter((e) => e.duties?.length).length).toBeGreaterThan(3);
  });
  it('fails a copy of the content where a page that states duties loses its sources for the law', () => {
    const copy = mkdtempSync(join(tmpdir(), 'guide-review-'));
    try {
      cpSync(join(root, 'content'), join(copy, 'content'), { recursive: true });
      const file = join(copy, 'content/guide/nowhere-to-stay-tonight.mdx');
      const text = readFileSync(file, 'utf8');
      // Every law or GOV.UK source becomes a charity's page restating it.
      const stripped = text.replace(
        /url: "?https:\/\/www\.(legislation\.)?gov\.uk\//g,
        'url: https://england.shelter.org.uk/restated/',
      );
      expect(stripped).not.toBe(text);
      writeFileSync(file, stripped);
      const { input } = readContent(copy, today);
      const failing = reviewContent(reviewEntries(input), ['medway'], today).dutiesWithoutLaw;
      expect(failing.map((r) => r.file)).toEqual(['content/guide/nowhere-to-stay-tonight.mdx']);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});

describe('local phone numbers to confirm', () => {
  const agencyFile = (id: string, edition: string | null, data: Record<string, unknown>) => ({
    file: edition ? `content/editions/${edition}/agencies/${id}.yaml` : `content/agencies/${id}.yaml`,
    id,
    edition,
    data: { name: id, phones: [{ number: '01634 333333' }], last_verified: '2026-11-22', ...data },
  });
  const own = { url: 'https://www.medway.gov.uk/housing', checked: '2026-11-22' };
  const input = {
    today,
    guides: [],
    editions: [],
    bankHolidays: null,
    crisis: null,
    agencies: [
      agencyFile('primary-dated', 'medway', { sources: [own] }),
      agencyFile('news-only', 'medway', { sources: [{ ...own, url: 'https://news.example/x', secondary: true }] }),
      agencyFile('undated-page', 'medway', { sources: [{ ...own, undated: true }] }),
      agencyFile('mixed-weak', 'bradford', {
        sources: [
          { ...own, undated: true },
          { ...own, url: 'https://news.example/y', secondary: true },
        ],
      }),
      agencyFile('one-good', 'bradford', { sources: [{ ...own, undated: true }, own] }),
      agencyFile('no-phone', 'medway', { phones: [], sources: [{ ...own, secondary: true }] }),
      agencyFile('national-weak', null, { sources: [{ ...own, secondary: true }] }),
    ],
  };

  it('lists each local service with a number whose sources are all secondary or undated, saying which', () => {
    const weak = weakLocalNumbers(input);
    expect(weak.map((w) => w.id)).toEqual(['news-only', 'undated-page', 'mixed-weak']);
    expect(weak[0]).toMatchObject({ edition: 'medway', numbers: ['01634 333333'] });
    expect(weak[0]!.why).toMatch(/secondary/);
    expect(weak[1]!.why).toMatch(/undated/);
    expect(weak[2]!.why).toMatch(/secondary or undated/);
  });

  it('prints them in the report, with the file and the fix', () => {
    const text = formatWeakLocalNumbers(weakLocalNumbers(input));
    expect(text).toContain('content/editions/medway/agencies/news-only.yaml');
    expect(text).toContain('01634 333333');
    expect(text).toMatch(/Fix: /);
    expect(formatWeakLocalNumbers([])).toMatch(/Every local phone number rests on a dated page/);
  });
});

describe('the review warns while an edition has no real address for reports', () => {
  const edition = (email: string) => ({
    file: 'content/editions/testtown/edition.yaml',
    id: 'testtown',
    edition: 'testtown',
    data: { name: 'Testtown', publisher: { name: 'Testtown Council', content_email: email } },
  });

  it('warns about an address on the reserved .example domain, saying what to set before going live', () => {
    expect(publisherWarnings([edition('content@testtown.guide.example')])).toEqual([
      expect.stringMatching(
        /^content\/editions\/testtown\/edition\.yaml: publisher\.content_email: content@testtown\.guide\.example is an example address that reaches no one\..*Fix: .*publisher\.name and publisher\.content_email/,
      ),
    ]);
  });

  it('says nothing for a real address', () => {
    expect(publisherWarnings([edition('housing.guide@testtown.gov.uk')])).toEqual([]);
  });

  it('the real editions are warned about until a publisher sets its own address', () => {
    const { input } = readContent(process.cwd(), today);
    expect(publisherWarnings(input.editions).length).toBe(input.editions.length);
  });
});
