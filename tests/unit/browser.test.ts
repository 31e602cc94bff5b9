import { describe, expect, it } from 'vitest';
import { findChromium, HOW_TO_GET_A_BROWSER } from '../../src/build-tools/browser.ts';
import { selectedEdition } from '../../src/lib/edition.ts';

describe('finding a browser', () => {
  it('uses CHROMIUM_PATH when it points at a file', () => {
    expect(findChromium({ CHROMIUM_PATH: process.execPath })).toBe(process.execPath);
  });
  it('stops with one line saying how to get a browser when CHROMIUM_PATH is wrong', () => {
    expect(() => findChromium({ CHROMIUM_PATH: '/no/such/chromium' })).toThrow(
      /^CHROMIUM_PATH is set to \/no\/such\/chromium, which does not exist\. No Chromium found: install one/,
    );
    expect(HOW_TO_GET_A_BROWSER).not.toContain('\n');
  });
});

describe('choosing the edition', () => {
  it('builds Medway unless told otherwise', () => {
    expect(selectedEdition({})).toBe('medway');
    expect(selectedEdition({ EDITION: '  ' })).toBe('medway');
    expect(selectedEdition({ EDITION: 'Bradford' })).toBe('bradford');
  });
});
