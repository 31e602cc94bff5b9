import { describe, expect, it } from 'vitest';
import { canonicalUrl, normalisePath, pageIndexing, robotsMeta, robotsTxt } from '../../src/lib/site/indexing.ts';
import {
  BOOKLET,
  BOOKLET_LARGE_PRINT,
  DIRECTORY,
  FLOWCHART,
  HELP,
  KIOSK_START,
  OFFLINE,
  SEARCH,
  TOPICS,
  agencyHref,
  guideHref,
} from '../../src/lib/site/routes.ts';

const SITE = 'https://guide.example/';

describe('pageIndexing', () => {
  it('lists content pages when the edition has a public address', () => {
    for (const path of [
      '/',
      guideHref('behind-with-rent'),
      agencyHref('shelter-helpline'),
      TOPICS,
      HELP,
      FLOWCHART,
      DIRECTORY,
      SEARCH,
    ]) {
      expect(pageIndexing(path, SITE), path).toEqual({ indexable: true });
    }
  });

  it('never lists a draft edition (no public address)', () => {
    const d = pageIndexing(guideHref('behind-with-rent'), undefined);
    expect(d.indexable).toBe(false);
    expect(d.reason).toMatch(/draft/);
  });

  it('never lists the booklet, the kiosk, the offline page or the 404 page', () => {
    for (const path of [BOOKLET, BOOKLET_LARGE_PRINT, KIOSK_START, OFFLINE, '/404.html', '/404/']) {
      const d = pageIndexing(path, SITE);
      expect(d.indexable, path).toBe(false);
      expect(d.reason, path).toBeTruthy();
    }
  });

  it('reads full addresses and paths without a trailing slash', () => {
    expect(pageIndexing('https://guide.example/kiosk/?idle=90', SITE).indexable).toBe(false);
    expect(pageIndexing('https://guide.example/booklet', SITE).indexable).toBe(false);
    expect(pageIndexing('https://guide.example/guide/x/', SITE).indexable).toBe(true);
    // A page whose name only starts like a never-listed one is still listed.
    expect(pageIndexing('/kiosks-near-you/', SITE).indexable).toBe(true);
    expect(pageIndexing('/4040/', SITE).indexable).toBe(true);
  });
});

describe('normalisePath', () => {
  it('adds the trailing slash and drops index.html, queries and anchors', () => {
    expect(normalisePath('/help')).toBe(HELP);
    expect(normalisePath(`${HELP}index.html`)).toBe(HELP);
    expect(normalisePath(`${HELP}?change=q1#top`)).toBe(HELP);
    expect(normalisePath('/404.html')).toBe('/404.html');
    expect(normalisePath('')).toBe('/');
  });
});

describe('robots', () => {
  it('says index or noindex', () => {
    expect(robotsMeta({ indexable: true })).toBe('index, follow');
    expect(robotsMeta({ indexable: false })).toBe('noindex');
  });

  it('robots.txt names the sitemap when there is an address', () => {
    const txt = robotsTxt(SITE);
    expect(txt).toContain('Sitemap: https://guide.example/sitemap-index.xml');
    expect(txt).not.toMatch(/Disallow: \/$/m);
  });

  it('robots.txt disallows everything in a draft', () => {
    const txt = robotsTxt(undefined);
    expect(txt).toMatch(/^Disallow: \/$/m);
    expect(txt).not.toContain('Sitemap');
  });
});

describe('canonicalUrl', () => {
  it("is the page at the edition's address", () => {
    expect(canonicalUrl(guideHref('x'), SITE)).toBe('https://guide.example/guide/x/');
    expect(canonicalUrl('/', 'https://example.org/medway/')).toBe('https://example.org/medway/');
    expect(canonicalUrl('/help', 'https://example.org/medway/')).toBe('https://example.org/medway/help/');
  });
  it('is not given in a draft or for the page not found', () => {
    expect(canonicalUrl(guideHref('x'), undefined)).toBeUndefined();
    expect(canonicalUrl('/404/', SITE)).toBeUndefined();
    expect(canonicalUrl('/404.html', SITE)).toBeUndefined();
  });
});
