/** A guide page's heading may not take an id the page frame already uses: the list in guide-text.ts must match the frame. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LAYOUT_IDS } from '../../src/lib/content/guide-text.ts';

const FRAME = [
  'src/layouts/Page.astro',
  'src/components/crisis-panel/CrisisPanel.astro',
  'src/components/crisis-panel/CrisisStrip.astro',
  'src/components/offline/SaveOffline.astro',
  'src/components/kiosk/Kiosk.astro',
  'src/pages/guide/[id].astro',
];

describe('ids the page frame uses', () => {
  it('are all in LAYOUT_IDS, so a guide heading cannot take one', () => {
    const ids = new Set<string>();
    for (const file of FRAME) {
      const source = readFileSync(file, 'utf8');
      for (const m of source.matchAll(/\sid="([^"{}]+)"/g)) ids.add(m[1]);
      // Props with a default id, e.g. { id = 'crisis-help', headingId = 'crisis-help-title' }.
      for (const m of source.matchAll(/\b(?:id|headingId)\s*=\s*'([a-z0-9-]+)'/g)) ids.add(m[1]);
    }
    expect(ids.size).toBeGreaterThan(3);
    expect([...ids].filter((id) => !LAYOUT_IDS.includes(id))).toEqual([]);
  });
});
