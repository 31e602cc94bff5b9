import { describe, expect, it } from 'vitest';
import { pageInPieces, servicesPage } from '../../src/lib/directory/oruk.ts';

describe('the whole directory in one file (/open-data/services.json)', () => {
  const services = Array.from({ length: 1200 }, (_, i) => ({ id: `id-${i}`, name: `Service “${i}”`, phones: [] }));

  it('is written a service at a time, and reads back as the same page', () => {
    const pieces = [...pageInPieces(servicesPage(services))];
    // Never one string holding the whole directory: a national directory's file is hundreds of megabytes.
    expect(pieces.length).toBeGreaterThan(services.length);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(300);
    expect(JSON.parse(pieces.join(''))).toEqual(servicesPage(services));
  });

  it('reads back when the directory is empty', () => {
    expect(JSON.parse([...pageInPieces(servicesPage([]))].join(''))).toEqual(servicesPage([]));
  });
});
