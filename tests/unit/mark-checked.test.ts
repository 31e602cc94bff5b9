import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { markChecked } from '../../src/build-tools/mark-checked.ts';

const service = `# A note on what was looked for and not found.
name: A service
phones:
  - number: "0808 800 4444"
sources:
  - title: The service's own page
    url: https://www.example.org/help
    checked: "2025-01-02"
  # The council's page says it again.
  - url: https://www.council.example/help
    checked: "2025-01-03"
    secondary: true
last_verified: "2025-01-03"
`;

describe('Mark as checked today', () => {
  it('sets today on the sources the editor confirms they read, and keeps the file’s notes', () => {
    const out = markChecked(service, ['https://www.example.org/help'], '2026-12-07');
    const data = parse(out);
    expect(data.sources[0].checked).toBe('2026-12-07');
    expect(data.sources[1].checked).toBe('2025-01-03');
    // Not every source was read again, so the whole service is not marked as checked.
    expect(data.last_verified).toBe('2025-01-03');
    expect(out).toContain('# A note on what was looked for and not found.');
    expect(out).toContain("# The council's page says it again.");
    expect(out).toContain('number: "0808 800 4444"');
    // Only that date's text changes.
    expect(out).toBe(service.replace('"2025-01-02"', '"2026-12-07"'));
  });

  it('marks the whole service checked only when every source was read again', () => {
    const data = parse(
      markChecked(service, ['https://www.example.org/help', 'https://www.council.example/help'], '2026-12-07'),
    );
    expect(data.sources.map((s: { checked: string }) => s.checked)).toEqual(['2026-12-07', '2026-12-07']);
    expect(data.last_verified).toBe('2026-12-07');
  });

  it('changes nothing without a confirmed source, and refuses a source the file does not list', () => {
    expect(() => markChecked(service, [], '2026-12-07')).toThrow(/Fix: tick each source you read/);
    expect(() => markChecked(service, ['https://elsewhere.example/'], '2026-12-07')).toThrow(
      /https:\/\/elsewhere\.example\/ is not a source of this entry/,
    );
  });
});
