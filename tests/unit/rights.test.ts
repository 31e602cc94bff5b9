import { describe, expect, it } from 'vitest';
import { rightName, rightView, rightsWithoutLaw } from '../../src/lib/tree/rights.ts';

const law = {
  title: 'Housing Act 1996, section 202',
  url: 'https://www.legislation.gov.uk/ukpga/1996/52/section/202',
  checked: '2026-12-07',
};
const shelter = {
  title: 'Reviews (Shelter Legal)',
  url: 'https://england.shelter.org.uk/legal/reviews',
  checked: '2026-12-07',
  secondary: true,
};
const council = { title: 'Homelessness (a council)', url: 'https://www.medway.gov.uk/homeless', checked: '2026-12-07' };

describe('a right needs its law', () => {
  it('accepts a right with a legislation.gov.uk source, with or without a secondary one beside it', () => {
    expect(rightsWithoutLaw([{ text: 'You can ask for a review.', sources: [law] }])).toEqual([]);
    expect(rightsWithoutLaw([{ text: 'You can ask for a review.', sources: [shelter, law] }])).toEqual([]);
  });

  it('refuses a right resting only on a charity, naming its first words and the fix', () => {
    const [m] = rightsWithoutLaw([
      { text: 'You have the right to ask for a review within 21 days of being told the decision.', sources: [shelter] },
    ]);
    expect(m).toContain('"You have the right to ask for a review within ..."');
    expect(m).toContain('no primary source');
    expect(m).toMatch(/Fix: .*legislation\.gov\.uk or GOV\.UK/);
  });

  it('refuses a council page (its address ends in .gov.uk, but it restates the law) and a law page marked secondary', () => {
    expect(rightsWithoutLaw([{ text: 'A', sources: [council] }])).toHaveLength(1);
    expect(rightsWithoutLaw([{ text: 'B', sources: [{ ...law, secondary: true }] }])).toHaveLength(1);
  });

  it('names a short right whole', () => {
    expect(rightName('You can ask.')).toBe('You can ask.');
  });
});

describe('a right as it is shown', () => {
  it('puts the law first and marks the rest as restating it', () => {
    const v = rightView({ text: 'You can ask for a review.', sources: [shelter, law] });
    expect(v.law).toEqual([{ title: 'Housing Act 1996, section 202', url: law.url }]);
    expect(v.secondary).toEqual([{ title: 'Reviews (Shelter Legal)', url: shelter.url }]);
  });

  it('shows the address when a source has no title', () => {
    expect(rightView({ text: 'x', sources: [{ url: law.url, checked: '2026-12-07' }] }).law[0]!.title).toBe(
      'www.legislation.gov.uk/ukpga/1996/52/section/202',
    );
  });
});
