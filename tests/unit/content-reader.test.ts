import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { editionSiteAddress } from '../../src/build-tools/site-address.ts';
import { ContentFileError, readCrisis, readEdition, readTree } from '../../src/build-tools/content-reader.ts';

/** A project folder holding only the given content files. */
function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'reader-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, 'content', path, '..'), { recursive: true });
    writeFileSync(join(dir, 'content', path), text);
  }
  return dir;
}

describe('the content reader used by the build steps', () => {
  it('gives the real content typed, with the schemas’ defaults filled in', () => {
    const root = process.cwd();
    expect(readTree(root).nodes.length).toBeGreaterThan(10);
    expect(readCrisis(root).tiers.every((t) => Array.isArray(t.agencies))).toBe(true);
    expect(readEdition(root, 'medway')?.kiosk.idle_seconds).toBeGreaterThanOrEqual(30);
    expect(readEdition(root, 'nowhere')).toBeUndefined();
  });

  it('names the file, the field and the fix when a file breaks its schema, with no stack of YAML internals', () => {
    const root = project({ 'crisis.yaml': 'tiers:\n  - id: Life At Risk\n    title: Now\n    when: Now\n' });
    expect(() => readCrisis(root)).toThrowError(ContentFileError);
    expect(() => readCrisis(root)).toThrowError(
      /^content\/crisis\.yaml: tiers\.0\.id is not a usable id\..*Fix: run npm run check:content/,
    );
  });

  it('names the file when one the guide needs is missing or is not YAML', () => {
    expect(() => readTree(project({}))).toThrowError(
      'content/tree.yaml: is missing. Fix: put the file back (git checkout -- content/tree.yaml).',
    );
    expect(() => readTree(project({ 'tree.yaml': 'start: [\n' }))).toThrowError(
      /^content\/tree\.yaml: is not valid YAML at line \d+/,
    );
  });

  it('leaves the site address to the content check when edition.yaml cannot be read, so the build lists the problem instead of crashing', () => {
    expect(editionSiteAddress('area', {}, project({ 'editions/area/edition.yaml': 'site_url: [\n' }))).toBeUndefined();
    expect(
      editionSiteAddress('area', {}, project({ 'editions/area/edition.yaml': 'site_url: not an address\n' })),
    ).toBeUndefined();
    expect(
      editionSiteAddress(
        'area',
        {},
        project({ 'editions/area/edition.yaml': 'name: Area\nsite_url: https://area.guide.example\n' }),
      ),
    ).toBe('https://area.guide.example/');
  });
});
