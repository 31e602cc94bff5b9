import { describe, expect, it } from 'vitest';
import { AZ_PAGE_SIZE, CATEGORY_PAGE_SIZE, type DirectoryItem } from '../../src/lib/directory/directory.ts';
import {
  BOOKLET,
  BOOKLET_LARGE_PRINT,
  DIRECTORY,
  agencyHref,
  directoryCategory,
  directoryLetter,
  guideHref,
} from '../../src/lib/site/routes.ts';
import { directoryPages, internalLinkProblem, sitePages, type SiteContent } from '../../src/lib/site/site-links.ts';

const service = (id: string, name: string, local: boolean, categories = ['crisis']): DirectoryItem => ({
  id,
  name,
  local,
  categories,
});

/** n crisis services, their names starting with each letter in turn ("A service 1", "B service 2"…). */
function many(n: number): DirectoryItem[] {
  return Array.from({ length: n }, (_, i) =>
    service(`s${i}`, `${String.fromCharCode(65 + (i % 26))} service ${i}`, i % 3 === 0),
  );
}

const content = (services: DirectoryItem[]): SiteContent => ({
  guides: [{ id: 'behind-with-rent', headingIds: ['what-to-do'] }],
  services,
  treeNodes: ['start'],
  topics: ['money'],
});

describe('the pages a link may lead to', () => {
  const few = [
    service('samaritans', 'Samaritans', false),
    service('foodbank', 'Medway Foodbank', true, ['food-and-essentials']),
  ];

  it('has each service’s page and each category with services, and no page for a category without any', () => {
    const pages = sitePages(content(few));
    for (const p of [
      agencyHref('samaritans'),
      agencyHref('foodbank'),
      directoryCategory('crisis'),
      directoryCategory('food-and-essentials'),
    ]) {
      expect(internalLinkProblem(p, pages, '/'), p).toBeNull();
    }
    expect(internalLinkProblem(directoryCategory('housing-and-homelessness'), pages, '/')).toMatch(
      /a page the site does not have/,
    );
  });

  it('has a long category’s page 2 on, as far as its services go and no further', () => {
    const count = CATEGORY_PAGE_SIZE * 2 + 1;
    const pages = sitePages(content(many(count)));
    for (const n of [1, 2, 3])
      expect(internalLinkProblem(directoryCategory('crisis', n), pages, '/'), `page ${n}`).toBeNull();
    expect(internalLinkProblem(directoryCategory('crisis', 4), pages, '/')).toMatch(/a page the site does not have/);
    // A short category has no page 2.
    expect(internalLinkProblem(directoryCategory('crisis', 2), sitePages(content(few)), '/')).toMatch(
      /a page the site does not have/,
    );
  });

  it('has the A to Z letter pages (and their page 2 on) only when the list is too long for the directory page', () => {
    expect(directoryPages(few).sort()).toEqual(
      [directoryCategory('crisis'), directoryCategory('food-and-essentials')].sort(),
    );
    expect(internalLinkProblem(directoryLetter('s'), sitePages(content(few)), '/')).toMatch(
      /a page the site does not have/,
    );

    // Enough services that every letter has more than one page of its own.
    const services = many(26 * AZ_PAGE_SIZE + 26);
    const pages = sitePages(content(services));
    for (const href of [directoryLetter('a'), directoryLetter('a', 2), directoryLetter('z'), directoryLetter('z', 2)]) {
      expect(internalLinkProblem(href, pages, '/'), href).toBeNull();
    }
    expect(internalLinkProblem(directoryLetter('a', 3), pages, '/')).toMatch(/a page the site does not have/);
    // Every page the directory itself links to is known.
    for (const href of directoryPages(services)) expect(pages.has(href), href).toBe(true);
  });

  it('never has the booklet’s print pages: the site’s own build does not make them', () => {
    const pages = sitePages(content(few));
    for (const p of [BOOKLET, BOOKLET_LARGE_PRINT])
      expect(internalLinkProblem(p, pages, '/'), p).toMatch(/a page the site does not have/);
  });

  it('still has the fixed pages, guide pages and their headings', () => {
    const pages = sitePages(content(few));
    expect(internalLinkProblem(DIRECTORY, pages, '/')).toBeNull();
    expect(internalLinkProblem(`${guideHref('behind-with-rent')}#what-to-do`, pages, '/')).toBeNull();
    expect(internalLinkProblem(`${guideHref('behind-with-rent')}#nowhere`, pages, '/')).toMatch(/not on/);
  });
});
