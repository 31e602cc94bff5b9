import { describe, expect, it } from 'vitest';
import { arrangeContacts, firstContactIds } from '../../src/lib/tree/next-steps.ts';

const c = (id: string, phones = 1) => ({ id, data: { phones: Array.from({ length: phones }, () => ({})) } });

describe('what a next-steps page shows first', () => {
  const roles = { 'council-housing-options': ['town-housing', 'town-housing-2'], 'food-help': [] as string[] };

  it('reads a role as the edition’s first service in it, and an agency id as itself', () => {
    expect(firstContactIds(['council-housing-options', 'helpline'], roles)).toEqual(['town-housing', 'helpline']);
  });
  it('drops a role the edition leaves empty, and a contact named twice', () => {
    expect(firstContactIds(['food-help', 'town-housing', 'council-housing-options'], roles)).toEqual(['town-housing']);
  });
  it('puts the first contacts first, in the order given, then those with a phone, then those without', () => {
    const all = [c('foodbank', 0), c('council'), c('outreach'), c('helpline'), c('web-only', 0)];
    const { first, rest } = arrangeContacts(all, ['helpline', 'council']);
    expect(first.map((x) => x.id)).toEqual(['helpline', 'council']);
    expect(rest.map((x) => x.id)).toEqual(['outreach', 'foodbank', 'web-only']);
  });
  it('never lists a contact twice, and ignores a first id the page does not list', () => {
    const { first, rest } = arrangeContacts([c('a'), c('b')], ['b', 'missing']);
    expect(first.map((x) => x.id)).toEqual(['b']);
    expect(rest.map((x) => x.id)).toEqual(['a']);
  });
});
