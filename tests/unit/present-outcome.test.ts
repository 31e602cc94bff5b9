import { describe, expect, it } from 'vitest';
import { contactIds, outcomeView } from '../../src/lib/present/outcome.ts';

const c = (id: string, phones = 1) => ({ id, data: { phones: Array.from({ length: phones }, () => ({})) } });
const roles = { 'council-housing-options': ['town-housing', 'town-housing-2'], 'food-help': [] as string[] };

describe('a next-steps page: who to contact, in which order', () => {
  it('finds a page’s services: each role as the edition lists it, then those named by id, each once', () => {
    expect(contactIds(['helpline', 'town-housing'], ['council-housing-options', 'food-help'], roles)).toEqual([
      'town-housing',
      'town-housing-2',
      'helpline',
    ]);
  });
  it('puts "Do this first" first, then those with a phone, then those with none', () => {
    const contacts = [c('foodbank', 0), c('town-housing'), c('outreach'), c('helpline')];
    const v = outcomeView(
      { urgency: 'urgent', first: { do: 'Call the council.', contacts: ['council-housing-options'] } },
      contacts,
      roles,
    );
    expect(v.first.map((x) => x.id)).toEqual(['town-housing']);
    expect(v.rest.map((x) => x.id)).toEqual(['outreach', 'helpline', 'foodbank']);
    expect(v.restTitle).toBe('Who else can help');
    expect(v.urgencyLabel).toBe('Urgent: act today');
  });
  it('calls the list "Who to contact" when nothing comes first', () => {
    const v = outcomeView({ urgency: 'information', first: { do: '', contacts: [] } }, [c('a'), c('b', 0)], roles);
    expect(v.first).toEqual([]);
    expect(v.rest.map((x) => x.id)).toEqual(['a', 'b']);
    expect(v.restTitle).toBe('Who to contact');
  });
});
