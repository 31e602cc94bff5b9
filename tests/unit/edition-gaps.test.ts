/**
 * Adding an edition is a content task: a minimal synthetic edition, made in a temporary
 * folder next to a copy of the national content, passes the same check as Medway and
 * Bradford with no code change; and the check lists every role it leaves empty and every
 * outcome that would have no one to contact.
 */
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/build-tools/content-reader.ts';
import { londonToday } from '../../src/lib/directory/hours.ts';
import { checkContent, formatProblem } from '../../src/lib/content/content-rules.ts';
import { editionGaps } from '../../src/lib/content/edition-gaps.ts';
import { ROLE_IDS } from '../../src/lib/taxonomy.ts';

// The real content is checked against the real day, as the build does: an editor who checks a
// source today must not turn these tests red.
const TODAY = londonToday();

/** A copy of the real national content and tree, with one made-up edition beside the real ones. */
function projectWith(edition: string, roles: Record<string, string[]>): string {
  const root = mkdtempSync(join(tmpdir(), 'guide-edition-'));
  cpSync(join(process.cwd(), 'content'), join(root, 'content'), { recursive: true });
  const dir = join(root, 'content', 'editions', edition);
  mkdirSync(join(dir, 'agencies'), { recursive: true });
  const roleLines = Object.entries(roles)
    .map(([r, ids]) => `  ${r}: [${ids.join(', ')}]`)
    .join('\n');
  writeFileSync(
    join(dir, 'edition.yaml'),
    `name: Testshire\ncouncil: Testshire Council\npublisher:\n  name: Testshire Council\n  content_email: content@testshire.guide.example\naccessibility:\n  prepared: 2026-12-07\n  reviewed: 2026-12-07\n  tested: 2026-12-07\n  known_issues: [{ issue: Not audited., instead: Email us. }]\nlocal_crisis_line: testshire-crisis\nroles:\n${roleLines || '  {}'}\n`,
  );
  for (const id of new Set(['testshire-crisis', ...Object.values(roles).flat()])) {
    if (!id.startsWith('testshire-')) continue;
    writeFileSync(
      join(dir, 'agencies', `${id}.yaml`),
      [
        `name: ${id}`,
        'organization: Testshire Council',
        'description: A made-up service for the test.',
        'categories: [housing-and-homelessness]',
        'service_area: Testshire',
        // A made-up service carries no phone number: only an example web address.
        `url: https://www.example.org/${id}`,
        // Hours in words, as a real source's would be (an out-of-hours line must give them).
        'hours: { in_words: "Made-up hours for the test." }',
        'sources: [{ url: "https://www.example.org/", checked: "2026-11-20" }]',
        'last_verified: "2026-11-20"',
      ].join('\n'),
    );
  }
  return root;
}

const ALL_ROLES = Object.fromEntries(ROLE_IDS.map((r) => [r, [`testshire-${r}`]]));

describe('a new edition needs no code change', { timeout: 30_000 }, () => {
  it('a synthetic edition that fills every role passes the whole check', () => {
    const root = projectWith('testshire', ALL_ROLES);
    // Its made-up services have no phone numbers, so its local.yaml says why for every outcome.
    const nodes = readContent(root, TODAY).input.tree!.data as { nodes: { id: string; type: string }[] };
    const excused = nodes.nodes.filter((n) => n.type === 'outcome').map((n) => `  ${n.id}: "Made-up edition."`);
    writeFileSync(
      join(root, 'content/editions/testshire/local.yaml'),
      `without_local_number:\n${excused.join('\n')}\n`,
    );
    const { input, readErrors } = readContent(root, TODAY);
    expect(readErrors).toEqual([]);
    expect(input.editions.map((e) => e.id)).toEqual(expect.arrayContaining(['bradford', 'medway', 'testshire']));
    expect(checkContent(input).map(formatProblem)).toEqual([]);
  });

  it('names each outcome a new edition gives no local number, until its local.yaml says why', () => {
    const { input } = readContent(projectWith('testshire', ALL_ROLES), TODAY);
    const problems = checkContent(input).map(formatProblem);
    expect(problems.length).toBeGreaterThan(5);
    for (const p of problems)
      expect(p).toMatch(/^content\/editions\/testshire\/local\.yaml: outcomes\.[a-z0-9-]+\.contacts: .*Fix: /);
  });

  it('lists every role still empty, with the outcomes and pages that ask for it', () => {
    const { 'council-out-of-hours': _gone, ...rest } = ALL_ROLES;
    const { input } = readContent(projectWith('testshire', rest), TODAY);
    const gaps = editionGaps(input).map(formatProblem);
    expect(gaps).toEqual([
      expect.stringMatching(
        /^content\/editions\/testshire\/edition\.yaml: roles\.council-out-of-hours: is empty \(The council’s out-of-hours emergency housing line\)\. The decision tree’s outcomes .*nowhere-tonight.* ask for it\. Fix: add roles\.council-out-of-hours: \[agency-id\]/,
      ),
    ]);
    // The same problem stops the build.
    expect(checkContent(input).map(formatProblem)).toEqual(expect.arrayContaining(gaps));
  });

  it('names every outcome that would have no one to contact', () => {
    const { input } = readContent(projectWith('testshire', { 'mental-health-crisis': ['testshire-crisis'] }), TODAY);
    const gaps = editionGaps(input).map(formatProblem);
    // One problem for each role that an outcome or page asks for, except the one this edition fills.
    const nodes = (
      (input.tree?.data ?? { nodes: [] }) as { nodes: { roles?: string[]; also?: { roles?: string[] } }[] }
    ).nodes;
    // An outcome asks for the roles of its contacts and of its "also" block (a second need).
    const asked = new Set([
      ...nodes.flatMap((n) => [...(n.roles ?? []), ...(n.also?.roles ?? [])]),
      ...input.guides.flatMap((g) => (g.data as { roles?: string[] }).roles ?? []),
    ]);
    expect(asked.size).toBeGreaterThan(5);
    expect(gaps.length).toBe(ROLE_IDS.filter((r) => asked.has(r) && r !== 'mental-health-crisis').length);
    const housing = gaps.find((g) => g.includes('roles.council-housing-options'))!;
    // Hospital discharge names only the council's team and adult social care, both empty here.
    expect(housing).toMatch(/would leave .*hospital-discharge.* with no one to contact/);
    // Asking the council also names national help, so it is not left with no one.
    expect(housing).not.toMatch(/would leave .*ask-the-council/);
    // The domestic abuse outcome asks for the local domestic abuse service in its "also" block.
    expect(gaps.find((g) => g.includes('roles.domestic-abuse'))).toMatch(/outcomes .*domestic-abuse.* ask for it/);
  });

  it('the real editions have no empty roles', () => {
    const { input } = readContent(process.cwd(), TODAY);
    expect(editionGaps(input)).toEqual([]);
  });
});
