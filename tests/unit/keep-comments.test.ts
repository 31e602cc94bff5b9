import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { keepComments, keepFrontmatter } from '../../src/build-tools/keep-comments.ts';

const before = `# Why this service is here, and what was looked for and not found.
name: A service
categories: [support-at-home]
phones:
  # The helpline, from the service's own page.
  - number: "0808 800 4444"
    type: voice
hours:
  regular_schedule:
    - { byday: [MO, TU], opens_at: "09:30", closes_at: "12:00" }
sources:
  - url: https://www.example.org/help
    checked: "2025-01-02" # read again in January
last_verified: "2025-01-02"
`;

/** What the editor writes: the same data with its own layout and no comments. */
interface Service {
  phones: { number: string; type?: string }[];
  hours?: { regular_schedule: { opens_at: string }[] };
  email?: string;
}
const saved = (change: (d: Service) => void) => {
  const d = parse(before) as Service;
  change(d);
  return stringify(d);
};

describe('keeping a file’s comments when the editor saves it', () => {
  it('keeps every comment and the layout of what did not change', () => {
    const out = keepComments(
      before,
      saved((d) => {
        d.phones[0].number = '0808 800 4445';
        d.hours!.regular_schedule[0].opens_at = '10:00';
      }),
    );
    expect(out).toContain('# Why this service is here, and what was looked for and not found.');
    expect(out).toContain("# The helpline, from the service's own page.");
    expect(out).toContain('# read again in January');
    expect(out).toContain('categories: [support-at-home]');
    expect(parse(out).phones[0].number).toBe('0808 800 4445');
    expect(parse(out).hours.regular_schedule[0]).toEqual({
      byday: ['MO', 'TU'],
      opens_at: '10:00',
      closes_at: '12:00',
    });
    expect(out.split('\n').filter((l, i) => l !== before.split('\n')[i])).toEqual([
      '  - number: "0808 800 4445"',
      '    - { byday: [MO, TU], opens_at: "10:00", closes_at: "12:00" }',
    ]);
  });

  it('adds new fields and items, and removes what the editor removed', () => {
    const out = keepComments(
      before,
      saved((d) => {
        d.phones.push({ number: '01634 333333', type: 'voice' });
        d.email = 'help@example.org';
        delete d.hours;
      }),
    );
    const data = parse(out);
    expect(data.phones.map((p: { number: string }) => p.number)).toEqual(['0808 800 4444', '01634 333333']);
    expect(data.email).toBe('help@example.org');
    expect(data.hours).toBeUndefined();
    expect(out).toContain('# Why this service is here');
  });

  it('gives back the editor’s file when the old one cannot be read', () => {
    const now = saved(() => {});
    expect(keepComments('name: [broken', now)).toBe(now);
  });
});

describe('a guide page saved by the editor', () => {
  const page = `---
# Notes on the sources.
title: A page
last_reviewed: "2026-12-07"
sources:
  - title: "A long title that the editor would wrap onto a second line, as it does for long text in lists"
    url: https://www.example.org/a
    checked: "2026-12-07"
agencies: [streetlink]
---

Some **text** with \\<angle\\> signs.
`;
  const editorSaved = `---
title: A new title
last_reviewed: 2026-12-07
sources:
  - title: "A long title that the editor would wrap onto a second line, as it does
      for long text in lists"
    url: https://www.example.org/a
    checked: 2026-12-07
agencies:
  - streetlink
---

Some **text** with \\<angle\\> signs, changed.
`;

  it('keeps the frontmatter’s comments, quotes and lists, and takes the page text as saved', () => {
    expect(keepFrontmatter(page, editorSaved)).toBe(
      page.replace('title: A page', 'title: A new title').replace('signs.', 'signs, changed.'),
    );
  });

  it('leaves a file without frontmatter as the editor saved it', () => {
    expect(keepFrontmatter('Just text.\n', 'Just new text.\n')).toBe('Just new text.\n');
  });
});
