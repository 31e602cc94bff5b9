import { describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '../../src/lib/content/content-rules.ts';
import type { ContentInput, RawFile } from '../../src/lib/content/content-input.ts';

const TODAY = '2026-11-22';
const source = { title: 'Their page', url: 'https://example.org/contact', checked: '2026-11-01' };

function agency(id: string, edition: string | null, data: Record<string, unknown> = {}): RawFile {
  return {
    file: edition ? `content/editions/${edition}/agencies/${id}.yaml` : `content/agencies/${id}.yaml`,
    id,
    edition,
    data: {
      name: `Service ${id}`,
      organization: 'An organisation',
      description: 'Helps people.',
      categories: ['crisis'],
      service_area: 'England',
      phones: [{ number: '0808 800 4444', type: 'voice' }],
      hours: { open_24_hours: true },
      sources: [source],
      last_verified: '2026-11-01',
      ...data,
    },
  };
}

function fixture(): ContentInput {
  return {
    today: TODAY,
    agencies: [agency('helpline', null), agency('council-housing', 'testtown'), agency('crisis-line', 'testtown')],
    guides: [
      {
        file: 'content/guide/rent.mdx',
        id: 'rent',
        edition: null,
        data: {
          title: 'Behind with rent',
          summary: 'What to do.',
          topic: 'tenancy',
          audience: 'public',
          order: 1,
          last_reviewed: '2026-11-20',
          sources: [source],
          agencies: ['helpline'],
          roles: ['council-housing-options'],
        },
      },
    ],
    editions: [
      {
        file: 'content/editions/testtown/edition.yaml',
        id: 'testtown',
        edition: 'testtown',
        data: {
          name: 'Testtown',
          council: 'Testtown Council',
          publisher: { name: 'Testtown Council', content_email: 'content@testtown.guide.example' },
          accessibility: {
            prepared: '2026-12-07',
            reviewed: '2026-12-07',
            tested: '2026-12-07',
            known_issues: [{ issue: 'Not audited.', instead: 'Email us.' }],
          },
          local_crisis_line: 'crisis-line',
          roles: { 'council-housing-options': ['council-housing'] },
        },
      },
    ],
    bankHolidays: {
      file: 'content/bank-holidays.yaml',
      id: 'bank-holidays',
      edition: null,
      data: {
        division: 'england-and-wales',
        sources: [source],
        dates: [
          { date: '2026-12-25', title: 'Christmas Day' },
          { date: '2027-12-27', title: 'Christmas Day (substitute day)' },
        ],
      },
    },
    crisis: {
      file: 'content/crisis.yaml',
      id: 'crisis',
      edition: null,
      data: { tiers: [{ id: 'talk', title: 'Talk', when: 'Any time', agencies: ['helpline'] }] },
    },
  };
}

const messages = (input: ContentInput) => checkContent(input).map(formatProblem);

describe('content check', () => {
  it('passes good content', () => {
    expect(messages(fixture())).toEqual([]);
  });

  it('rejects a malformed UK phone number, naming the file, the field and the fix', () => {
    const input = fixture();
    input.agencies[0] = agency('helpline', null, { phones: [{ number: '0808 800 44', type: 'voice' }] });
    const [m] = messages(input);
    expect(m).toMatch(
      /^content\/agencies\/helpline\.yaml: phones\[0\]\.number: "0808 800 44" is not a valid UK phone number\. Fix: write a UK number/,
    );
  });

  it('rejects a phone label too long for a short list, naming the fix', () => {
    const input = fixture();
    const label = 'for people who are deaf, hard of hearing or who cannot speak on the phone';
    input.agencies[0] = agency('helpline', null, { phones: [{ number: '18000', type: 'voice', label }] });
    expect(messages(input)).toEqual([
      expect.stringMatching(
        /^content\/agencies\/helpline\.yaml: phones\[0\]\.label: .*Fix: keep the label under 40 characters/,
      ),
    ]);
  });

  it('rejects a contact without a source', () => {
    const input = fixture();
    input.agencies[1] = agency('council-housing', 'testtown', { sources: [] });
    expect(messages(input)).toEqual([
      expect.stringMatching(
        /^content\/editions\/testtown\/agencies\/council-housing\.yaml: sources: this agency has contact details but no source\. Fix: add sources/,
      ),
    ]);
  });

  it('rejects a source without a web address', () => {
    const input = fixture();
    input.agencies[0] = agency('helpline', null, { sources: [{ url: 'their leaflet', checked: '2026-11-01' }] });
    expect(messages(input)[0]).toMatch(
      /helpline\.yaml: sources\[0\]\.url: is not a full web address\. Fix: write it starting with https:\/\//,
    );
  });

  it('rejects a duplicate id between national and local agencies', () => {
    const input = fixture();
    input.agencies.push(agency('helpline', 'testtown'));
    expect(messages(input)).toEqual([
      'content/editions/testtown/agencies/helpline.yaml: (file name): duplicate agency id "helpline": content/agencies/helpline.yaml has the same id. Fix: rename one of the files, or delete the copy.',
    ]);
  });

  it('rejects a duplicate guide page id', () => {
    const input = fixture();
    input.guides.push({ ...input.guides[0], file: 'content/editions/testtown/guide/rent.mdx', edition: 'testtown' });
    expect(messages(input)[0]).toMatch(/testtown\/guide\/rent\.mdx: \(file name\): duplicate page id "rent"/);
  });

  it('rejects a reference to an agency that does not exist', () => {
    const input = fixture();
    (input.editions[0].data as { roles: Record<string, string[]> }).roles['council-housing-options'] = [
      'council-housng',
    ];
    expect(messages(input)).toEqual([
      'content/editions/testtown/edition.yaml: roles.council-housing-options[0]: refers to agency "council-housng", which does not exist. Fix: use the file name (without .yaml) of an agency in content/agencies/ or content/editions/testtown/agencies/.',
    ]);
  });

  it('rejects a local agency used from another edition', () => {
    const input = fixture();
    input.editions.push({
      file: 'content/editions/otherton/edition.yaml',
      id: 'otherton',
      edition: 'otherton',
      data: {
        name: 'Otherton',
        council: 'Otherton Council',
        publisher: { name: 'Otherton Council', content_email: 'content@otherton.guide.example' },
        accessibility: {
          prepared: '2026-12-07',
          reviewed: '2026-12-07',
          tested: '2026-12-07',
          known_issues: [{ issue: 'Not audited.', instead: 'Email us.' }],
        },
        local_crisis_line: 'crisis-line',
        roles: { 'council-housing-options': ['helpline'] },
      },
    });
    expect(messages(input)).toEqual([
      expect.stringMatching(
        /otherton\/edition\.yaml: local_crisis_line: refers to agency "crisis-line", which does not exist/,
      ),
    ]);
  });

  it('rejects a crisis tier or guide page naming a missing agency', () => {
    const input = fixture();
    (input.crisis!.data as { tiers: { agencies: string[] }[] }).tiers[0].agencies = ['samartians'];
    (input.guides[0].data as { agencies: string[] }).agencies = ['shelterr'];
    expect(messages(input)).toEqual([
      expect.stringMatching(/^content\/guide\/rent\.mdx: agencies\[0\]: refers to agency "shelterr"/),
      expect.stringMatching(/^content\/crisis\.yaml: tiers\.talk\.agencies\[0\]: refers to agency "samartians"/),
    ]);
  });

  it('rejects a page asking for a role the edition has not filled', () => {
    const input = fixture();
    (input.guides[0].data as { roles: string[] }).roles = ['food-help'];
    expect(messages(input)[0]).toMatch(
      /rent\.mdx: roles\[0\]: asks for the "food-help".*Fix: add roles\.food-help to content\/editions\/testtown\/edition\.yaml/,
    );
  });

  it('rejects a last-verified date in the future', () => {
    const input = fixture();
    input.agencies[0] = agency('helpline', null, { last_verified: '2026-12-01' });
    expect(messages(input)).toEqual([
      'content/agencies/helpline.yaml: last_verified: 2026-12-01 is in the future (today is 2026-11-22). Fix: use the date you actually checked it.',
    ]);
  });

  it('accepts dates that YAML parsed into Date objects', () => {
    const input = fixture();
    input.agencies[0] = agency('helpline', null, { last_verified: new Date('2026-11-01T00:00:00Z') });
    expect(messages(input)).toEqual([]);
  });

  it('rejects a missing field and an unknown category with the allowed values', () => {
    const input = fixture();
    const data = { ...(input.agencies[0].data as object), categories: ['housing'] } as Record<string, unknown>;
    delete data.description;
    input.agencies[0] = { ...input.agencies[0], data };
    expect(messages(input)).toEqual([
      'content/agencies/helpline.yaml: description: is missing. Fix: add this field.',
      expect.stringMatching(
        /helpline\.yaml: categories\[0\]: "housing" is not allowed\. Fix: use one of crisis, housing-and-homelessness/,
      ),
    ]);
  });

  it('rejects a service with no opening hours given', () => {
    const input = fixture();
    input.agencies[0] = agency('helpline', null, { hours: { regular_schedule: [] } });
    expect(messages(input)[0]).toMatch(/helpline\.yaml: hours: gives no opening hours\. Fix: add regular_schedule/);
  });
});
