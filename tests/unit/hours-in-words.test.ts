import { describe, expect, it } from 'vitest';
import { readContentFile } from '../../src/build-tools/content-reader.ts';
import { describeHours } from '../../src/lib/directory/hours.ts';
import { agencySchema, hoursSchema } from '../../src/lib/content/schema.ts';

describe('opening hours given only in words', () => {
  it('are accepted when the source gives no times, and shown as written', () => {
    const h = hoursSchema.parse({ in_words: 'Outside office hours, every day.' });
    expect(describeHours(h)).toEqual(['Outside office hours, every day.']);
  });
  it('are still refused when there are no hours at all', () => {
    expect(hoursSchema.safeParse({}).success).toBe(false);
  });
  it('never leave an out-of-hours or 24-hour service saying its hours are not known', () => {
    for (const file of [
      'editions/medway/agencies/medway-council-out-of-hours.yaml',
      'editions/medway/agencies/medway-adult-social-care.yaml',
    ]) {
      const a = readContentFile(process.cwd(), file, agencySchema(new Date().toISOString().slice(0, 10)))!;
      expect(describeHours(a.hours).join(' '), file).not.toMatch(/not known/);
    }
  });
});
