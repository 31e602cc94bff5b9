import { describe, expect, it } from 'vitest';
import { absoluteUrl, addressPieces, printedAddress, selectedSiteUrl } from '../../src/lib/site/site-url.ts';
import { qrSvg } from '../../src/lib/present/qr.ts';
import { HELP } from '../../src/lib/site/routes.ts';

describe('site address', () => {
  it('prefers SITE_URL to the edition and ends with a slash', () => {
    expect(selectedSiteUrl({ SITE_URL: 'https://a.example.org' }, 'https://b.example.org/')).toBe(
      'https://a.example.org/',
    );
    expect(selectedSiteUrl({}, 'https://b.example.org/guide')).toBe('https://b.example.org/guide/');
    expect(selectedSiteUrl({ SITE_URL: '  ' })).toBeUndefined();
  });
  it('refuses something that is not a web address, saying how to fix it', () => {
    expect(() => selectedSiteUrl({ SITE_URL: 'guide.example.org' })).toThrow(/Fix: give the full address/);
    expect(() => selectedSiteUrl({ SITE_URL: 'ftp://guide.example.org' })).toThrow(/https/);
  });
  it('makes full page addresses and short printed ones', () => {
    expect(absoluteUrl('https://g.example.org/medway/', HELP)).toBe('https://g.example.org/medway/help/');
    expect(printedAddress('https://www.gov.uk/homelessness-help/')).toBe('www.gov.uk/homelessness-help');
    expect(printedAddress('mailto:help@example.org')).toBe('help@example.org');
  });
});

describe('printed addresses', () => {
  it('wrap after a slash, and put back together give the same address', () => {
    const address = 'www.medway.gov.uk/info/200169/adult_social_care/429/adult_abuse_and_safeguarding/2';
    const pieces = addressPieces(address);
    expect(pieces).toEqual([
      'www.medway.gov.uk/',
      'info/',
      '200169/',
      'adult_social_care/',
      '429/',
      'adult_abuse_and_safeguarding/',
      '2',
    ]);
    expect(pieces.join('')).toBe(address);
  });
  it('leave a short address whole', () => {
    expect(addressPieces('giveusashout.org')).toEqual(['giveusashout.org']);
    expect(addressPieces('www.samaritans.org/')).toEqual(['www.samaritans.org/']);
  });
});

describe('QR codes', () => {
  it('draws an SVG labelled with where it leads', async () => {
    const svg = await qrSvg('https://g.example.org/help/', 'QR code: where do I go for help?');
    expect(svg).toMatch(/^<svg role="img" aria-label="QR code: where do I go for help\?"/);
    expect(svg).toContain('<path');
  });
  it('encodes longer addresses in a bigger code', async () => {
    const size = (s: string) => Number(/viewBox="0 0 (\d+)/.exec(s)![1]);
    const short = await qrSvg('https://g.example.org/');
    const long = await qrSvg(`https://g.example.org/${'services/'.repeat(12)}`);
    expect(size(long)).toBeGreaterThan(size(short));
  });
  it('refuses an empty address', async () => {
    await expect(qrSvg(' ')).rejects.toThrow(/needs an address/);
  });
});
