import { describe, expect, it } from 'vitest';
import { monthsBefore, reviewContent, reviewEntry, type ReviewEntry } from '../../src/lib/review.ts';

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
    expect(kinds(service({ sources: [{ url: 'https://a.example/', checked: today, secondary: true }] }))).toEqual(['secondary-only']);
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
  it('shows national entries in every edition and local ones only in their own, and lists overdue entries once', () => {
    const res = reviewContent([service({ id: 'national', checked: '2024-01-01' }), service({ id: 'local', edition: 'medway' })], ['medway', 'bradford'], today);
    expect(res.editions.map((e) => [e.edition, e.rows.map((r) => r.id)])).toEqual([
      ['medway', ['local', 'national']],
      ['bradford', ['national']],
    ]);
    expect(res.overdue.map((r) => r.id)).toEqual(['national']);
  });
});
