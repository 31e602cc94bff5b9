import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { editionSiteAddress } from '../../src/build-tools/site-address.ts';

function root(editionYaml: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'edition-'));
  mkdirSync(join(dir, 'content', 'editions', 'area'), { recursive: true });
  writeFileSync(join(dir, 'content', 'editions', 'area', 'edition.yaml'), editionYaml);
  return dir;
}

describe('editionSiteAddress (the address the Astro config gives the sitemap)', () => {
  it('is the edition’s site_url, or SITE_URL when set, or none (a draft)', () => {
    const withUrl = root('name: Area\nsite_url: https://area.guide.example\n');
    expect(editionSiteAddress('area', {}, withUrl)).toBe('https://area.guide.example/');
    expect(editionSiteAddress('area', { SITE_URL: 'https://other.example/area/' }, withUrl)).toBe(
      'https://other.example/area/',
    );
    expect(editionSiteAddress('area', {}, root('name: Area\n'))).toBeUndefined();
  });
});
