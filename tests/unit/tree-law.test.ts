/**
 * The legal statements on the next-steps pages, as a person in a crisis reads them: each one
 * says who is covered and who is not, and names the law it rests on.
 */
import { globSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readData } from '../../src/build-tools/content-reader.ts';
import { isLawSource } from '../../src/lib/tree/primary-source.ts';

interface RawRight {
  text: string;
  sources: { url: string; title?: string; secondary?: boolean }[];
}
interface RawNode {
  id: string;
  type: string;
  title?: string;
  first?: { do: string; contacts: string[] };
  steps?: string[];
  rights?: (string | RawRight)[];
  roles?: string[];
  answers?: { value: string; label: string }[];
}
// As written (before the schema fills in anything), so the test reads the words the editors wrote.
const nodes = (readData('content/tree.yaml').data as { nodes: RawNode[] }).nodes;
const node = (id: string) => nodes.find((n) => n.id === id)!;
const rights = (id: string): RawRight[] =>
  (node(id).rights ?? []).map((r) => (typeof r === 'string' ? { text: r, sources: [] } : r));
const rightsText = (id: string) =>
  rights(id)
    .map((r) => r.text)
    .join(' ');
const lawOf = (id: string, words: RegExp) =>
  rights(id)
    .filter((r) => words.test(r.text))
    .flatMap((r) => r.sources.filter((s) => !s.secondary && isLawSource(s.url)).map((s) => s.url));
const everything = (id: string) =>
  [node(id).title, node(id).first?.do, ...(node(id).steps ?? []), rightsText(id)].join(' ');

describe('every right names its law', () => {
  it('each right of each outcome has a legislation.gov.uk, GOV.UK or court source that is not secondary', () => {
    const missing = nodes
      .filter((n) => n.type === 'outcome')
      .flatMap((n) =>
        rights(n.id)
          .filter((r) => !r.sources.some((s) => !s.secondary && isLawSource(s.url)))
          .map((r) => `${n.id}: ${r.text}`),
      );
    expect(missing).toEqual([]);
  });
});

describe('the ten corrections', () => {
  it('eviction: no "only a court bailiff"; says who is not protected, with section 3A, and to get advice at once', () => {
    for (const id of ['landlord-notice', 'court-hearing']) {
      expect(rightsText(id)).not.toMatch(/Only a court bailiff/);
      expect(rightsText(id)).toMatch(/lodgers/);
      expect(rightsText(id)).toMatch(/emergency housing/);
      expect(rightsText(id)).toMatch(/High Court enforcement officers/);
      expect(rightsText(id)).toMatch(/get advice at once/);
      expect(lawOf(id, /lodgers/)).toContain('https://www.legislation.gov.uk/ukpga/1977/43/section/3A');
    }
  });
  it('emergency housing: no formal review, but complain and get advice', () => {
    expect(rightsText('nowhere-tonight')).toMatch(/cannot ask for a formal review of emergency housing/);
  });
  it('emergency housing can be out of the area where in-area is not practicable (section 208)', () => {
    expect(lawOf('nowhere-tonight', /another area/)).toContain(
      'https://www.legislation.gov.uk/ukpga/1996/52/section/208',
    );
  });
  it('under 18: children’s services first, 999 only for danger, and not "you are in priority need"', () => {
    const o = node('under-18');
    expect(o.first?.contacts[0]).toBe('childrens-services');
    expect(o.roles).toContain('childrens-services');
    expect(o.steps?.join(' ')).toMatch(/999 only for danger/);
    expect(rightsText('under-18')).not.toMatch(/you are in priority need/);
    expect(lawOf('under-18', /housing team/)).toContain('https://www.legislation.gov.uk/uksi/2002/2051/article/3');
  });
  it('priority need: emergency housing needs "may be homeless, eligible and in priority need", and eligible is explained', () => {
    for (const id of ['sleeping-rough', 'nowhere-tonight']) {
      expect(rightsText(id)).toMatch(/may be homeless, eligible and in priority need/);
      expect(rightsText(id)).toMatch(/Eligible means your immigration status/);
    }
  });
  it('care leavers 21 and over: how long ago they left care is one thing the council looks at', () => {
    expect(rightsText('care-leaver')).not.toMatch(/does not matter how long ago/);
    expect(rightsText('care-leaver')).toMatch(/how long ago you left/);
  });
  it('no recourse: not "cannot get council help"; the council, a must-assess, crisis help and regulated advice', () => {
    const o = node('no-recourse');
    expect(o.title).not.toMatch(/cannot get/);
    expect(node('tonight').answers?.find((a) => a.value === 'no-recourse')?.label).not.toMatch(/cannot get/);
    expect(o.first?.contacts).toContain('council-housing-options');
    expect(rightsText('no-recourse')).toMatch(/must assess you, whatever your immigration status/);
    expect(lawOf('no-recourse', /only from having no money/)).toContain(
      'https://www.legislation.gov.uk/ukpga/2014/23/section/21',
    );
    expect(everything('no-recourse')).toMatch(/choose the mental health option/);
    expect(everything('no-recourse')).toMatch(/A&E/);
    expect(everything('no-recourse')).toMatch(/OISC/);
    expect(everything('no-recourse')).toMatch(/asylum support/);
  });
  it('mental health crisis Breathing Space starts only with an Approved Mental Health Professional’s evidence', () => {
    expect(rightsText('rent-arrears')).toMatch(
      /starts only when a debt adviser accepts an application\. The application needs evidence from an Approved Mental Health Professional/,
    );
  });
  it('Awaab’s Law: social housing only, not private renting', () => {
    expect(rightsText('home-conditions')).toMatch(/social housing tenancies only, not private renting/);
  });
  it('domestic abuse priority need cites the Housing Act, not only Shelter', () => {
    expect(lawOf('domestic-abuse', /domestic abuse, you are in priority need/)).toContain(
      'https://www.legislation.gov.uk/ukpga/1996/52/section/189',
    );
  });
});

describe('the situations added for advisers', () => {
  it('repossession rests on GOV.UK’s page on what a lender must do', () => {
    expect(lawOf('mortgage-arrears', /court/)).toContain('https://www.gov.uk/repossession');
  });
  it('a council tenant’s eviction cites the Housing Act 1985 on grounds and reasonableness', () => {
    expect(lawOf('social-tenant-eviction', /reasonable/)).toContain(
      'https://www.legislation.gov.uk/ukpga/1985/68/section/84',
    );
  });
  it('hostel and emergency housing evictions cite section 3A of the Protection from Eviction Act', () => {
    expect(lawOf('told-to-leave-hostel', /without a court order/)).toContain(
      'https://www.legislation.gov.uk/ukpga/1977/43/section/3A',
    );
  });
  it('temporary housing: suitability from section 206 and the review from section 202', () => {
    expect(lawOf('temporary-housing-conditions', /must be suitable/)).toContain(
      'https://www.legislation.gov.uk/ukpga/1996/52/section/206',
    );
    expect(lawOf('temporary-housing-conditions', /review/)).toContain(
      'https://www.legislation.gov.uk/ukpga/1996/52/section/202',
    );
  });
  it('the Disabled Facilities Grant cites the Housing Grants, Construction and Regeneration Act 1996', () => {
    expect(lawOf('home-adaptations', /Disabled Facilities Grant/)).toContain(
      'https://www.legislation.gov.uk/ukpga/1996/53/section/24',
    );
  });
  it('cuckooing and hoarding rest on adult safeguarding, Care Act section 42', () => {
    expect(lawOf('cuckooing', /abuse/)).toContain('https://www.legislation.gov.uk/ukpga/2014/23/section/42');
    expect(lawOf('hoarding', /hoarding/)).toContain('https://www.legislation.gov.uk/ukpga/2014/23/section/42');
  });
  it('no new outcome makes the longest path longer than five questions', () => {
    const byId = new Map(nodes.map((n) => [n.id, n]));
    const depth = (id: string): number => {
      const n = byId.get(id) as unknown as { type: string; answers?: { next: string }[] } | undefined;
      return n?.type === 'question' ? 1 + Math.max(...(n.answers ?? []).map((a) => depth(a.next))) : 0;
    };
    expect(depth('danger')).toBeLessThanOrEqual(5);
  });
});

describe('safety advice', () => {
  it('the emergency and domestic abuse outcomes explain the silent 999 call', () => {
    for (const id of ['emergency', 'domestic-abuse']) expect(everything(id)).toMatch(/Press 55 when asked/);
  });
  it('no page or service tells people to "press 2" for NHS 111: the menu wording changes, so it says "choose the mental health option"', () => {
    const files = [
      'content/tree.yaml',
      ...globSync('content/**/agencies/*.yaml'),
      ...globSync('content/**/guide/*.mdx'),
    ];
    // Comments record what a source said; only what people read counts.
    const said = files.filter((f) =>
      readFileSync(f, 'utf8')
        .split('\n')
        .some((line) => !line.trim().startsWith('#') && /press 2/i.test(line)),
    );
    expect(said).toEqual([]);
  });
});
