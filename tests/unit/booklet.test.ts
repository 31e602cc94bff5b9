import { describe, expect, it } from 'vitest';
import { anchors, checkedRange, movedAnchors, notesPagesNeeded, printedLink, type BookletIndex } from '../../src/lib/booklet.ts';
import { DIRECTORY, HELP, SEARCH, agencyHref, categoryHref, guideHref, helpNode } from '../../src/lib/routes.ts';

const index: BookletIndex = {
  guides: new Set(['staying-safe-online']),
  services: new Set(['samaritans']),
  outcomes: new Set(['rent-arrears']),
  categories: new Set(['crisis']),
};
const SITE = 'https://guide.example.org/medway/';

describe('links on paper', () => {
  it('turns links to parts of the booklet into page references', () => {
    expect(printedLink(guideHref('staying-safe-online'), index)).toEqual({ kind: 'page', anchor: anchors.guide('staying-safe-online') });
    expect(printedLink(`${agencyHref('samaritans')}#hours`, index)).toEqual({ kind: 'page', anchor: anchors.service('samaritans') });
    expect(printedLink(helpNode('rent-arrears'), index)).toEqual({ kind: 'page', anchor: anchors.outcome('rent-arrears') });
    expect(printedLink(HELP, index)).toEqual({ kind: 'page', anchor: anchors.flowchart });
    expect(printedLink(categoryHref('crisis'), index)).toEqual({ kind: 'page', anchor: anchors.category('crisis') });
    expect(printedLink(DIRECTORY, index)).toEqual({ kind: 'page', anchor: anchors.directory });
  });
  it('treats a full address on the guide own site like a link inside it', () => {
    expect(printedLink(`${SITE}guide/staying-safe-online/`, index, SITE)).toEqual({ kind: 'page', anchor: anchors.guide('staying-safe-online') });
  });
  it('prints other websites and email addresses to type in', () => {
    expect(printedLink('https://www.gov.uk/homelessness-help/', index, SITE)).toEqual({
      kind: 'address',
      address: 'www.gov.uk/homelessness-help',
      url: 'https://www.gov.uk/homelessness-help/',
    });
    expect(printedLink('mailto:jo@samaritans.org', index)).toMatchObject({ kind: 'address', address: 'jo@samaritans.org' });
  });
  it('prints the full address of a page of the guide that is not in the booklet, when the site address is known', () => {
    expect(printedLink(SEARCH, index, SITE)).toMatchObject({ kind: 'address', address: 'guide.example.org/medway/search' });
    expect(printedLink(SEARCH, index)).toEqual({ kind: 'plain' });
    expect(printedLink(guideHref('for-professionals-only'), index)).toEqual({ kind: 'plain' });
  });
  it('leaves phone numbers as they are: the number is already in the text', () => {
    expect(printedLink('tel:116123', index)).toEqual({ kind: 'plain' });
  });
});

describe('page arithmetic', () => {
  it('adds notes pages so a folded booklet has whole sheets', () => {
    expect(notesPagesNeeded(76)).toBe(0);
    expect(notesPagesNeeded(73)).toBe(3);
    expect(notesPagesNeeded(74)).toBe(2);
    expect(notesPagesNeeded(1)).toBe(3);
    expect(() => notesPagesNeeded(0)).toThrow(/cannot have 0 pages/);
  });
  it('says which parts moved between two printings', () => {
    expect(movedAnchors({ a: 3, b: 5 }, { a: 3, b: 5 })).toEqual([]);
    expect(movedAnchors({ a: 3, b: 5 }, { a: 3, b: 6, c: 9 })).toEqual(['b', 'c']);
  });
  it('gives the range of dates the content was checked', () => {
    expect(checkedRange(['2026-11-03', '2026-10-30', '2026-11-22'])).toEqual({ from: '2026-10-30', to: '2026-11-22' });
    expect(() => checkedRange([])).toThrow(/No checked dates/);
  });
});
