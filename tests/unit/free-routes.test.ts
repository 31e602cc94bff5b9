import { describe, expect, it } from 'vitest';
import { agencyView, type AgencyData } from '../../src/lib/present/agency.ts';
import { everyNumberFree, freeRoutes } from '../../src/lib/present/free-routes.ts';

const agency = (id: string, more: Partial<AgencyData>) =>
  agencyView(id, { name: id, description: 'A service.', phones: [], ...more } as AgencyData);

describe('free routes on an outcome', () => {
  const council = agency('council', {
    name: 'Council housing team',
    phones: [{ number: '01634 333333', type: 'voice' }],
    physical_address: { address_1: 'Gun Wharf, Dock Road', city: 'Chatham', postal_code: 'ME4 4TR' },
    hours: {
      open_24_hours: false,
      bank_holidays: 'closed',
      regular_schedule: [{ byday: ['MO', 'TU', 'WE', 'TH', 'FR'], opens_at: '09:00', closes_at: '17:00' }],
    } as never,
  });
  const samaritans = agency('samaritans', { name: 'Samaritans', phones: [{ number: '116 123', type: 'voice' }] });
  const shout = agency('shout', {
    name: 'Shout 85258',
    phones: [{ number: '85258', type: 'text', description: 'Text the word SHOUT to 85258. Free, 24 hours a day.' }],
  });
  const paidText = agency('paid-text', { name: 'Paid text', phones: [{ number: '07700 900123', type: 'text' }] });
  const relay = agency('emergency', {
    name: 'Emergency services',
    phones: [
      { number: '999', type: 'voice' },
      { number: '18000', type: 'voice', label: 'text relay' },
    ],
  });

  it('lists free numbers, free text services and places to walk in, and leaves out numbers that cost', () => {
    const routes = freeRoutes([council, samaritans, shout, paidText, relay]);
    expect(routes.map((r) => [r.kind, r.name, r.display])).toEqual([
      ['call', 'Samaritans', '116 123'],
      ['call', 'Emergency services', '999'],
      ['call', 'Emergency services', '18000'],
      ['text', 'Shout 85258', '85258'],
      ['visit', 'Council housing team', 'Gun Wharf, Dock Road, Chatham, ME4 4TR'],
    ]);
    expect(routes.find((r) => r.kind === 'visit')?.hours).toContain('Monday to Friday: 9am to 5pm');
    expect(routes.find((r) => r.display === '18000')?.note).toBe('text relay');
    expect(routes[0]?.href).toBe('tel:116123');
  });
  it('lists each number once, even when two contacts share it', () => {
    expect(freeRoutes([samaritans, samaritans]).length).toBe(1);
  });
  it('is empty when nothing is free', () => {
    expect(freeRoutes([paidText])).toEqual([]);
  });
});

describe('when every number is free', () => {
  const helpline = agencyView('helpline', {
    name: 'Helpline',
    description: 'A helpline.',
    phones: [{ number: '0808 2000 247', type: 'voice' }],
  } as AgencyData);
  const paid = agencyView('council', {
    name: 'Council',
    description: 'The council.',
    phones: [{ number: '01634 333333', type: 'voice' }],
  } as AgencyData);
  it('says so in one line instead of repeating every number', () => {
    expect(everyNumberFree([helpline])).toBe(true);
    expect(everyNumberFree([helpline, paid])).toBe(false);
    expect(everyNumberFree([])).toBe(false);
  });
});
