/* Ofcom's numbers for drama (020 7946 0xxx): never a real service. */
/** Plain agency data as the content files give it, for the presentation tests. */
import type { AgencyData } from '../../src/lib/present/agency.ts';

export function agency(name: string, more: Partial<AgencyData> = {}): AgencyData & { last_verified: string } {
  return { name, description: `${name} helps.`, phones: [], last_verified: '2026-11-01', ...more };
}

export const samaritans = agency('Samaritans', {
  phones: [{ number: '116123', type: 'voice', description: 'Free, any time.' }],
  hours: { open_24_hours: true, regular_schedule: [], bank_holidays: 'open-24-hours' },
});
export const shout = agency('Shout', { phones: [{ number: '85258', type: 'text', description: 'Text SHOUT.' }] });
export const council = agency('Town Council Housing Options', {
  phones: [
    { number: '020 7946 0000', type: 'voice' },
    { number: '020 7946 0001', type: 'voice', label: 'text relay', description: 'For people who cannot speak.' },
  ],
  physical_address: { address_1: 'Gun Wharf', address_2: 'Dock Road', city: 'Chatham', postal_code: 'ME4 4TR' },
  url: 'https://www.medway.gov.uk/housing/',
  eligibility_description: 'People who live in the town.',
  hours: {
    open_24_hours: false,
    regular_schedule: [{ byday: ['MO', 'TU', 'WE', 'TH', 'FR'], opens_at: '09:00', closes_at: '17:00' }],
    bank_holidays: 'closed',
    notes: 'Ring first.',
  },
});
export const dropIn = agency('Drop-in Centre', {
  physical_address: { address_1: '1 High Street', city: 'Chatham', postal_code: 'ME4 4AA' },
});
