/** The page addresses people see, share and bookmark: a change here breaks saved links, so it must be on purpose. */
import { describe, expect, it } from 'vitest';
import * as r from '../../src/lib/site/routes.ts';

describe('page addresses', () => {
  it('gives each kind of page its address, with a trailing slash', () => {
    expect(r.helpNode('rent-arrears')).toBe('/help/rent-arrears/');
    expect(r.agencyHref('samaritans')).toBe('/services/samaritans/');
    expect(r.guideHref('staying-safe-online')).toBe('/guide/staying-safe-online/');
    expect(r.topicHref('money')).toBe('/topics/money/');
    expect(r.categoryHref('crisis')).toBe('/directory/crisis/');
    expect([r.SEARCH, r.DIRECTORY, r.FLOWCHART, r.KIOSK_START, r.OFFLINE, r.BOOKLET]).toEqual([
      '/search/',
      '/directory/',
      '/help/flowchart/',
      '/kiosk/',
      '/offline/',
      '/booklet/',
    ]);
  });

  it('keeps page 1 of a directory category at the category’s own address, and numbers the rest', () => {
    expect(r.directoryCategory('crisis')).toBe('/directory/crisis/');
    expect(r.directoryCategory('crisis', 1)).toBe('/directory/crisis/');
    expect(r.directoryCategory('crisis', 2)).toBe('/directory/crisis/2/');
    expect(r.directoryLetter('s')).toBe('/directory/a-z/s/');
    expect(r.directoryLetter('s', 3)).toBe('/directory/a-z/s/3/');
    expect(r.directoryLetterAnchor('0-9')).toBe('/directory/#letter-0-9');
  });

  it('carries a question id safely in the "change this answer" link', () => {
    expect(r.helpChange('situation')).toBe('/help/?change=situation');
    expect(r.helpChange('a b&c')).toBe('/help/?change=a%20b%26c');
    expect(r.HELP_RESTART).toBe('/help/?restart=1');
  });
});
