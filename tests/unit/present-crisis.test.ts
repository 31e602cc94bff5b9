import { describe, expect, it } from 'vitest';
import { crisisStripCalls, crisisTierIds, crisisView, type CrisisTierData } from '../../src/lib/present/crisis.ts';
import { agency, samaritans, shout } from './present-fixtures.ts';

const agencies = {
  emergency: agency('999', { phones: [{ number: '999', type: 'voice' }] }),
  nhs111: agency('NHS 111', {
    phones: [{ number: '111', type: 'voice', description: 'Choose the mental health option.' }],
  }),
  'local-line': agency('Local crisis line (through NHS 111)', { phones: [{ number: '111', type: 'voice' }] }),
  'safe-haven': agency('Safe Haven'),
  samaritans,
  shout,
} as const;
const lookup = (id: string) => ({ id, data: agencies[id as keyof typeof agencies] });

const tiers: CrisisTierData[] = [
  { id: 'life-at-risk', title: 'If a life is at risk now', when: 'Someone is hurt.', agencies: ['emergency'] },
  {
    id: 'urgent',
    title: 'Urgent help',
    when: 'You need help today.',
    agencies: ['nhs111'],
    include_local_crisis_line: true,
  },
  { id: 'talk', title: 'Talk to someone', when: 'Any time.', agencies: ['samaritans', 'shout', 'samaritans'] },
];

describe('"Need help now?" as every output shows it', () => {
  it('adds the edition’s local crisis line where a tier asks for it, and names each service once', () => {
    expect(crisisTierIds(tiers[1]!, 'local-line')).toEqual(['nhs111', 'local-line']);
    expect(crisisTierIds(tiers[0]!, 'local-line')).toEqual(['emergency']);
    expect(crisisTierIds(tiers[2]!, 'local-line')).toEqual(['samaritans', 'shout']);
  });
  it('keeps the tiers in order and leaves out a service whose numbers the tier already shows', () => {
    const v = crisisView(tiers, 'local-line', lookup);
    expect(v.map((t) => t.id)).toEqual(['life-at-risk', 'urgent', 'talk']);
    expect(v[1]!.agencies.map((a) => a.id)).toEqual(['nhs111']);
    expect(v[2]!.agencies.map((a) => a.name)).toEqual(['Samaritans', 'Shout']);
    expect(v[2]!.agencies[1]!.phones[0]).toMatchObject({ verb: 'Text', display: '85258', href: 'sms:85258' });
  });
  it('keeps a service with no number: the tier shows it by name', () => {
    // The local line is 111 here, which the tier already shows.
    const v = crisisView([{ ...tiers[1]!, agencies: ['nhs111', 'safe-haven'] }], 'local-line', lookup);
    expect(v[0]!.agencies.map((a) => a.id)).toEqual(['nhs111', 'safe-haven']);
  });
  it('gives the home page’s short line: the first number of the most urgent tier and of the last', () => {
    const calls = crisisStripCalls(crisisView(tiers, 'local-line', lookup));
    // The name only when the number does not already say it.
    expect(calls).toEqual([
      { href: 'tel:999', label: 'Call 999' },
      { href: 'tel:116123', label: 'Call Samaritans 116 123' },
    ]);
  });
});
