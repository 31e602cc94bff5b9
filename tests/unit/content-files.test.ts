/** Reading content files from disk, as the build does before it starts. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/build-tools/content-reader.ts';
import { checkContent, formatProblem } from '../../src/lib/content/content-rules.ts';
import { londonToday } from '../../src/lib/directory/hours.ts';

const today = londonToday();

describe('the content in this repository', { timeout: 30_000 }, () => {
  it('passes every check', () => {
    const { input, readErrors } = readContent(process.cwd(), today);
    expect(readErrors).toEqual([]);
    expect(checkContent(input).map(formatProblem)).toEqual([]);
    expect(input.editions.map((e) => e.id)).toContain('medway');
  });
});

describe('reading files', () => {
  function site(files: Record<string, string>) {
    const root = mkdtempSync(join(tmpdir(), 'guide-content-'));
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(root, path, '..'), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    return root;
  }
  it('names a file whose YAML is broken', () => {
    const root = site({ 'content/agencies/broken.yaml': 'name: "unclosed\nphones: [' });
    const { readErrors } = readContent(root, today);
    expect(readErrors).toEqual([
      expect.stringMatching(
        /^content\/agencies\/broken\.yaml: is not valid YAML at line \d+, column \d+: .* Fix: check the indentation and quotes on that line and the one before it\.$/,
      ),
    ]);
  });
  it('names a guide page without frontmatter', () => {
    const root = site({ 'content/guide/plain.mdx': '# Just a heading\n' });
    expect(readContent(root, today).readErrors).toEqual([
      'content/guide/plain.mdx: has no frontmatter. Fix: start the file with a line ---, then the fields, then a line --- .',
    ]);
  });
  it('names an edition folder without edition.yaml', () => {
    const root = site({ 'content/editions/nowhere/agencies/x.yaml': 'name: x' });
    expect(readContent(root, today).readErrors).toEqual([
      'content/editions/nowhere: has no edition.yaml. Fix: add edition.yaml with name, council, publisher, accessibility, local_crisis_line and roles (see docs/editions.md).',
    ]);
  });
  it('reads unquoted YAML dates and edition folders', () => {
    const root = site({
      'content/editions/testtown/edition.yaml':
        'name: Testtown\ncouncil: Testtown Council\nlocal_crisis_line: line\nroles: {}\n',
      'content/editions/testtown/agencies/line.yaml': 'name: Line\nlast_verified: 2026-01-02\n',
    });
    const { input } = readContent(root, today);
    expect(input.agencies).toEqual([
      expect.objectContaining({
        id: 'line',
        edition: 'testtown',
        file: 'content/editions/testtown/agencies/line.yaml',
      }),
    ]);
    expect((input.agencies[0].data as { last_verified: unknown }).last_verified).toBe('2026-01-02');
  });
});
