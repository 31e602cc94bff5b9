import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  EDITOR_PATTERNS,
  type EditorField,
  type EditorInput,
  editFormPath,
  editorConfig,
  editorFields,
  fieldsWithoutEditor,
} from '../../src/lib/editor/editor-config.ts';
import {
  agencySchema,
  bankHolidaysSchema,
  crisisSchema,
  guideSchema,
  localSchema,
} from '../../src/lib/content/schema.ts';
import { checkPhone } from '../../src/lib/directory/phone.ts';

const today = '2026-12-07';
const input: EditorInput = {
  editions: ['medway', 'bradford'],
  outcomes: [
    { id: 'homeless-tonight', label: 'Homeless tonight' },
    { id: 'rent-arrears', label: 'Behind with rent' },
  ],
  guides: [{ id: 'carers', label: 'Carers' }],
  editionsWithGuides: [],
  today,
};
const config = editorConfig(input, { proxyUrl: 'http://127.0.0.1:8081/api/v1' });
const collection = (name: string) => config.collections.find((c) => c.name === name)!;
const file = (collectionName: string, name: string) => collection(collectionName).files!.find((f) => f.name === name)!;
const find = (fields: EditorField[], path: string): EditorField | undefined => {
  const [head, ...rest] = path.split('.');
  const f = fields.find((x) => x.name === head);
  if (!f || !rest.length) return f;
  return find(f.fields ?? (f.field ? [f.field] : []), rest.join('.'));
};
const matches = (f: EditorField | undefined, value: string) => new RegExp(f!.pattern![0]).test(value);

describe('the content editor’s configuration, made from the schemas', () => {
  it('has a collection for national services and each edition’s, in their content folders', () => {
    expect(collection('services-national').folder).toBe('content/agencies');
    expect(collection('services-medway').folder).toBe('content/editions/medway/agencies');
    expect(collection('services-bradford').folder).toBe('content/editions/bradford/agencies');
    expect(collection('guide-national')).toMatchObject({
      folder: 'content/guide',
      extension: 'mdx',
      format: 'frontmatter',
    });
    expect(file('local', 'local-medway').file).toBe('content/editions/medway/local.yaml');
    expect(file('national', 'crisis').file).toBe('content/crisis.yaml');
    expect(file('national', 'bank-holidays').file).toBe('content/bank-holidays.yaml');
  });

  it('gives every field of every schema an editor field', () => {
    expect(fieldsWithoutEditor(agencySchema(today), collection('services-medway').fields!)).toEqual([]);
    expect(fieldsWithoutEditor(guideSchema(today), collection('guide-national').fields!)).toEqual([]);
    expect(fieldsWithoutEditor(localSchema(today), file('local', 'local-medway').fields)).toEqual([]);
    expect(fieldsWithoutEditor(crisisSchema, file('national', 'crisis').fields)).toEqual([]);
    expect(fieldsWithoutEditor(bankHolidaysSchema(today), file('national', 'bank-holidays').fields)).toEqual([]);
  });

  it('notices a schema field with no editor field, however deep', () => {
    const fields = editorFields(agencySchema(today));
    const withoutHours = fields.map((f) =>
      f.name === 'hours' ? { ...f, fields: f.fields!.filter((g) => g.name !== 'in_words') } : f,
    );
    expect(fieldsWithoutEditor(agencySchema(today), withoutHours)).toEqual(['hours.in_words']);
    const bigger = z.strictObject({ ...z.strictObject({ name: z.string() }).shape, added: z.string() });
    expect(fieldsWithoutEditor(bigger, editorFields(z.strictObject({ name: z.string() })))).toEqual(['added']);
  });

  it('gives each local outcome and guide page its own steps, with the outcome’s title', () => {
    const outcomes = find(file('local', 'local-medway').fields, 'outcomes')!;
    expect(outcomes.fields!.map((f) => [f.name, f.label])).toEqual([
      ['homeless-tonight', 'Homeless tonight'],
      ['rent-arrears', 'Behind with rent'],
    ]);
    expect(find(outcomes.fields!, 'homeless-tonight.steps.text')?.widget).toBe('text');
    expect(find(outcomes.fields!, 'homeless-tonight.contacts')?.widget).toBe('list');
    expect(find(file('local', 'local-medway').fields, 'guides.carers')?.widget).toBe('list');
  });

  it('gives every field an editor fills in some help', () => {
    const withoutHelp = (fields: EditorField[], path = ''): string[] =>
      fields.flatMap((f) => {
        const here = path ? `${path}.${f.name}` : f.name;
        const own = f.hint || f.widget === 'hidden' ? [] : [here];
        return [...own, ...withoutHelp(f.fields ?? [], here)];
      });
    expect(withoutHelp(collection('services-medway').fields!)).toEqual([]);
    expect(withoutHelp(collection('guide-national').fields!)).toEqual([]);
    expect(withoutHelp(file('local', 'local-medway').fields)).toEqual([]);
    expect(withoutHelp(file('national', 'crisis').fields)).toEqual([]);
    expect(withoutHelp(file('national', 'bank-holidays').fields)).toEqual([]);
  });

  it('takes each field’s help from the schema’s description', () => {
    const fields = collection('services-medway').fields!;
    expect(find(fields, 'hours.in_words')?.hint).toMatch(/source/);
    expect(find(fields, 'phones.number')?.hint).toMatch(/number/i);
    expect(find(fields, 'sources.checked')?.hint).toMatch(/date/i);
    expect(find(fields, 'last_verified')?.hint).toBeTruthy();
    expect(find(fields, 'categories')?.options).toContain('crisis');
  });

  it('checks times, dates, web addresses and phone numbers as the content check does, with its words', () => {
    const fields = collection('services-medway').fields!;
    const opens = find(fields, 'hours.regular_schedule.opens_at');
    expect(matches(opens, '09:00')).toBe(true);
    expect(matches(opens, '25:00')).toBe(false);
    expect(matches(opens, '9am')).toBe(false);
    expect(opens!.pattern![1]).toMatch(/^is not a time between 00:00 and 23:59\. Fix:/);
    const checked = find(fields, 'sources.checked');
    expect(matches(checked, '2026-11-22')).toBe(true);
    expect(matches(checked, '22/11/2026')).toBe(false);
    expect(matches(find(fields, 'url'), 'www.example.org')).toBe(false);
    expect(matches(find(fields, 'url'), 'https://www.medway.gov.uk/')).toBe(true);
    const phone = find(fields, 'phones.number');
    for (const n of ['0808 800 4444', '01634 333333', '116 123', '999', '+44 1634 333333'])
      expect(matches(phone, n), n).toBe(true);
    for (const n of ['0909 879 0000', '0871 234 5678', '07012 345678', '+44 909 879 0000', '0800 FLOWERS'])
      expect(matches(phone, n), n).toBe(false);
    expect(phone!.pattern![1]).toContain(checkPhone('0909 879 0000').fix);
    expect(EDITOR_PATTERNS.phone[1]).toMatch(/Fix: /);
  });

  it('saves through the local proxy in local mode, and as merge requests through GitLab in hosted mode', () => {
    expect(config.backend).toMatchObject({ name: 'proxy', proxy_url: 'http://127.0.0.1:8081/api/v1' });
    expect(config.publish_mode).toBeUndefined();
    const hosted = editorConfig(input, { gitlab: { repo: 'council/guide', appId: 'abc', branch: 'main' } });
    expect(hosted.backend).toMatchObject({ name: 'gitlab', auth_type: 'pkce', app_id: 'abc', repo: 'council/guide' });
    expect(hosted.publish_mode).toBe('editorial_workflow');
    expect(JSON.stringify(hosted)).not.toMatch(/secret/i);
  });
});

describe('a guide page’s text', () => {
  it('is edited as plain text, saved as typed: no Markdown toolbar that rewrites MDX or offers components the check refuses', () => {
    const body = find(collection('guide-national').fields!, 'body')!;
    expect(body).toMatchObject({ label: 'Page text', widget: 'text' });
    expect(Object.keys(body)).not.toContain('modes');
    expect(body.hint).toContain('Markdown');
    expect(body.hint).not.toMatch(/component/i);
  });
});

describe('fields inside a part that may be left out', () => {
  it('are not required by the editor, so a service with no address can be saved', () => {
    const fields = editorFields(agencySchema(today));
    expect(find(fields, 'physical_address')?.required).toBe(false);
    expect(find(fields, 'physical_address.address_1')?.required).toBe(false);
    expect(find(fields, 'physical_address.postal_code')?.required).toBe(false);
    // A row of opening times that is there needs both its times.
    expect(find(fields, 'hours.regular_schedule.opens_at')?.required).toBeUndefined();
    expect(find(fields, 'name')?.required).toBeUndefined();
  });
});

describe('the address of a content file’s edit form', () => {
  it('names the collection and the entry the editor gives that file', () => {
    expect(editFormPath('content/agencies/samaritans.yaml')).toBe('#/collections/services-national/entries/samaritans');
    expect(editFormPath('content/editions/medway/agencies/medway-foodbank.yaml')).toBe(
      '#/collections/services-medway/entries/medway-foodbank',
    );
    expect(editFormPath('content/guide/carers.mdx')).toBe('#/collections/guide-national/entries/carers');
    expect(editFormPath('content/editions/bradford/local.yaml')).toBe('#/collections/local/entries/local-bradford');
    expect(editFormPath('content/crisis.yaml')).toBe('#/collections/national/entries/crisis');
    expect(editFormPath('content/bank-holidays.yaml')).toBe('#/collections/national/entries/bank-holidays');
    expect(editFormPath('content/tree.yaml')).toBeNull();
    // Every collection the address names exists in the configuration.
    for (const f of ['content/agencies/a.yaml', 'content/editions/medway/agencies/a.yaml', 'content/guide/a.mdx'])
      expect(config.collections.map((c) => c.name)).toContain(editFormPath(f)!.split('/')[2]);
  });
});
