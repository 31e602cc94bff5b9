/**
 * A national service's file is shown in every edition. What a reader sees of it (its hours notes,
 * phone notes and the titles of its sources) must not speak for one area's services, or a person
 * in Bradford reads that Kent Police answer their call.
 */
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/build-tools/content-reader.ts';
import { londonToday } from '../../src/lib/directory/hours.ts';

const { input } = readContent(process.cwd(), londonToday());
const national = input.agencies.filter((a) => !a.edition);

/** The areas our editions serve and their police forces: a national service's facts come from national pages. */
const LOCAL_AREAS = /\b(kent|medway|bradford|west yorkshire)\b/i;

describe('the police non-emergency number (101), shown in every edition', () => {
  const police = national.find((a) => a.id === 'police-101');
  it('is a national service', () => {
    expect(police).toBeDefined();
  });
  const data = (police?.data ?? {}) as {
    hours?: { notes?: string };
    phones?: { description?: string }[];
    sources?: { title: string; url: string }[];
  };
  it("names no one edition's area or police force in what it shows", () => {
    const shown = [
      data.hours?.notes ?? '',
      ...(data.phones ?? []).map((p) => p.description ?? ''),
      ...(data.sources ?? []).flatMap((s) => [s.title, s.url]),
    ];
    expect(shown.filter((text) => LOCAL_AREAS.test(text))).toEqual([]);
  });
  it('does not quote the 15p charge that ended in April 2020', () => {
    const phones = (data.phones ?? []).map((p) => p.description ?? '');
    expect(phones.filter((text) => /15 ?p\b|15 pence/i.test(text))).toEqual([]);
  });
});
