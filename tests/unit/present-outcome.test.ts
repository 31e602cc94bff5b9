import { describe, expect, it } from 'vitest';
import { alsoContactIds, contactIds, outcomeView } from '../../src/lib/present/outcome.ts';

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
  it('lists in the "Also" block only services the page does not already list, so none is named twice', () => {
    const also = { agencies: ['fire-visit'], roles: ['council-housing-options'] };
    expect(alsoContactIds(also, roles, ['town-housing', 'helpline'])).toEqual(['town-housing-2', 'fire-visit']);
    expect(alsoContactIds(also, roles, ['town-housing', 'town-housing-2', 'fire-visit'])).toEqual([]);
  });
  it('calls the list "Who to contact" when nothing comes first', () => {
    const v = outcomeView({ urgency: 'information', first: { do: '', contacts: [] } }, [c('a'), c('b', 0)], roles);
    expect(v.first).toEqual([]);
    expect(v.rest.map((x) => x.id)).toEqual(['a', 'b']);
    expect(v.restTitle).toBe('Who to contact');
  });

  describe('the out-of-hours alternative to the first contact (docs/decisions/0008)', () => {
    const officeHours = { regular_schedule: [{ byday: ['MO'], opens_at: '09:00', closes_at: '17:00' }] };
    const h = (id: string, hours?: object) => ({ id, data: { phones: [{}], hours } });
    const edition = {
      'council-housing-options': ['town-housing'],
      'council-out-of-hours': ['town-night-line'],
      'childrens-services': ['town-children', 'town-emergency-duty-team'],
      'adult-social-care': ['town-adults'],
    };
    const contacts = [h('town-housing', officeHours), h('town-night-line'), h('helpline')];

    it('is the out-of-hours line for the council, when the outcome names that role: it moves up to "Do this first"', () => {
      const v = outcomeView(
        {
          urgency: 'urgent',
          first: { do: '', contacts: ['council-housing-options'] },
          roles: ['council-out-of-hours'],
        },
        contacts,
        edition,
      );
      expect(v.first.map((x) => x.id)).toEqual(['town-housing', 'town-night-line']);
      expect(v.rest.map((x) => x.id)).toEqual(['helpline']);
      expect(v.firstAlternative).toEqual({ id: 'town-night-line', whenClosed: true });
    });
    it('keeps its place when "Do this first" already names it (sleeping rough)', () => {
      const v = outcomeView(
        {
          urgency: 'urgent',
          first: { do: '', contacts: ['council-housing-options', 'council-out-of-hours'] },
          roles: ['council-housing-options', 'council-out-of-hours'],
        },
        contacts,
        edition,
      );
      expect(v.first.map((x) => x.id)).toEqual(['town-housing', 'town-night-line']);
      expect(v.firstAlternative).toEqual({ id: 'town-night-line', whenClosed: true });
    });
    it('is not added where the outcome does not name the out-of-hours role', () => {
      const v = outcomeView(
        {
          urgency: 'soon',
          first: { do: '', contacts: ['council-housing-options'] },
          roles: ['council-housing-options'],
        },
        contacts,
        edition,
      );
      expect(v.first.map((x) => x.id)).toEqual(['town-housing']);
      expect(v.firstAlternative).toBeUndefined();
    });
    it('is the next service the edition lists in the same role for social care (an emergency duty team)', () => {
      const v = outcomeView(
        { urgency: 'urgent', first: { do: '', contacts: ['childrens-services'] }, roles: ['childrens-services'] },
        [h('town-children', officeHours), h('town-emergency-duty-team', officeHours), h('helpline')],
        edition,
      );
      expect(v.first.map((x) => x.id)).toEqual(['town-children', 'town-emergency-duty-team']);
      expect(v.firstAlternative).toEqual({ id: 'town-emergency-duty-team', whenClosed: false });
    });
    it('is left where it was when the first contact’s hours give no times (nothing can change)', () => {
      const v = outcomeView(
        {
          urgency: 'urgent',
          first: { do: '', contacts: ['council-housing-options'] },
          roles: ['council-out-of-hours'],
        },
        [h('town-housing'), h('town-night-line'), h('helpline')],
        edition,
      );
      expect(v.first.map((x) => x.id)).toEqual(['town-housing']);
      expect(v.firstAlternative).toBeUndefined();
    });
    it('is none when the first contact is named by id, not by role', () => {
      const v = outcomeView(
        { urgency: 'urgent', first: { do: '', contacts: ['helpline'] }, roles: ['council-out-of-hours'] },
        contacts,
        edition,
      );
      expect(v.firstAlternative).toBeUndefined();
    });
  });
});
