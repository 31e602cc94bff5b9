import { describe, expect, it } from 'vitest';
import { accessibilityView, deviceStorageView } from '../../src/lib/present/statements.ts';
import { DEVICE_STORAGE } from '../../src/lib/site/storage.ts';

const base = {
  prepared: '2026-12-07',
  reviewed: '2026-12-07',
  tested: '2026-12-07',
  known_issues: [{ issue: 'Something.', instead: 'Something else.' }],
};

describe('the accessibility statement says how compliant the guide is, honestly', () => {
  it('says partially compliant while no manual audit is recorded', () => {
    const v = accessibilityView(base);
    expect(v.compliance).toBe('partially');
    expect(v.status).toContain(
      'partially compliant with the Web Content Accessibility Guidelines version 2.2 AA standard',
    );
    expect(v.why).toContain('No person has audited it yet');
    expect(v.prepared).toBe('7 December 2026');
  });

  it('says fully compliant only when a recorded manual audit found it so', () => {
    const full = accessibilityView({
      ...base,
      manual_audit: { date: '2026-12-01', by: 'An audit team', compliance: 'fully' },
    });
    expect(full.status).toContain('fully compliant');
    expect(full.why).toContain('An audit team on 1 December 2026');
    const partial = accessibilityView({
      ...base,
      manual_audit: { date: '2026-12-01', by: 'An audit team', compliance: 'partially' },
    });
    expect(partial.status).toContain('partially compliant');
  });
});

describe('the privacy notice lists every thing kept on the device', () => {
  it('one entry for each, saying where it is kept', () => {
    const v = deviceStorageView();
    expect(v.map((s) => s.key)).toEqual(DEVICE_STORAGE.map((s) => s.key));
    for (const s of v) expect(s.where).toMatch(/\w/);
  });
});
