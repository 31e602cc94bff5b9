import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  directionsHref,
  NEAR_ITEM,
  PLACE_LATITUDE,
  distanceInWords,
  milesBetween,
  nearestFirst,
  readPlace,
} from '../../src/lib/directory/near-me.ts';

// Places used only by these tests (town centres, to about 0.01 degree): not services' addresses.
const CHATHAM = { latitude: 51.38, longitude: 0.53 };
const GILLINGHAM = { latitude: 51.39, longitude: 0.55 };
const MAIDSTONE = { latitude: 51.27, longitude: 0.52 };
const LONDON = { latitude: 51.51, longitude: -0.13 };

describe('milesBetween', () => {
  it('is zero for the same place', () => {
    expect(milesBetween(CHATHAM, CHATHAM)).toBe(0);
  });

  it('gives the distance over the earth in miles, the same both ways', () => {
    // London to Chatham is about 29.5 miles in a straight line.
    expect(milesBetween(LONDON, CHATHAM)).toBeGreaterThan(28);
    expect(milesBetween(LONDON, CHATHAM)).toBeLessThan(30);
    expect(milesBetween(CHATHAM, LONDON)).toBeCloseTo(milesBetween(LONDON, CHATHAM), 9);
  });

  it('knows that one degree of latitude is about 69 miles', () => {
    expect(milesBetween({ latitude: 51, longitude: 0 }, { latitude: 52, longitude: 0 })).toBeCloseTo(69.1, 0);
  });
});

describe('distanceInWords', () => {
  it.each([
    [0, 'less than half a mile away'],
    [0.3, 'less than half a mile away'],
    [0.6, 'about half a mile away'],
    [0.8, 'about 1 mile away'],
    [1.4, 'about 1 mile away'],
    [2.2, 'about 2 miles away'],
    [9.6, 'about 10 miles away'],
    [29.4, 'about 29 miles away'],
    [143.7, 'about 144 miles away'],
  ])('%s miles is "%s"', (miles, words) => {
    expect(distanceInWords(miles)).toBe(words);
  });
});

describe('nearestFirst', () => {
  const services = [
    { id: 'no-place-a', place: undefined },
    { id: 'maidstone', place: MAIDSTONE },
    { id: 'no-place-b', place: undefined },
    { id: 'gillingham', place: GILLINGHAM },
    { id: 'london', place: LONDON },
  ];

  it('puts services with a place in order of distance, each with its distance, then the others in their usual order', () => {
    const { near, elsewhere } = nearestFirst(services, CHATHAM);
    expect(near.map((n) => n.item.id)).toEqual(['gillingham', 'maidstone', 'london']);
    expect(near.map((n) => n.words)).toEqual(['about 1 mile away', 'about 8 miles away', 'about 30 miles away']);
    expect(elsewhere.map((s) => s.id)).toEqual(['no-place-a', 'no-place-b']);
  });

  it('keeps the usual order between services at the same distance', () => {
    const same = [
      { id: 'first', place: GILLINGHAM },
      { id: 'second', place: GILLINGHAM },
    ];
    expect(nearestFirst(same, CHATHAM).near.map((n) => n.item.id)).toEqual(['first', 'second']);
    expect(nearestFirst([...same].reverse(), CHATHAM).near.map((n) => n.item.id)).toEqual(['second', 'first']);
  });

  it('leaves everything in the usual order when no service has a place', () => {
    const none: { id: string; place?: { latitude: number; longitude: number } }[] = [{ id: 'a' }, { id: 'b' }];
    expect(nearestFirst(none, CHATHAM)).toEqual({ near: [], elsewhere: none });
  });

  it('does not change the list it was given', () => {
    const copy = services.map((s) => ({ ...s }));
    nearestFirst(services, CHATHAM);
    expect(services).toEqual(copy);
  });
});

describe('readPlace', () => {
  it('reads a place written on a page', () => {
    expect(readPlace('51.38', '0.53')).toEqual(CHATHAM);
  });

  it('is nothing for a missing, empty or broken value, or one off the earth', () => {
    expect(readPlace(undefined, '0.53')).toBeUndefined();
    expect(readPlace('51.38', null)).toBeUndefined();
    expect(readPlace('', '0.53')).toBeUndefined();
    expect(readPlace('north', '0.53')).toBeUndefined();
    expect(readPlace('91', '0.53')).toBeUndefined();
    expect(readPlace('51', '181')).toBeUndefined();
  });
});

describe('directionsHref', () => {
  const address = 'Medway Maritime Hospital, Windmill Road, Gillingham, ME7 5NY';

  it('with coordinates, opens OpenStreetMap directions to that point, leaving the start for the person to fill in', () => {
    expect(directionsHref(address, { latitude: 51.3812345, longitude: 0.5512345 })).toBe(
      'https://www.openstreetmap.org/directions?to=51.38123%2C0.55123',
    );
  });

  it('with only an address, opens an OpenStreetMap search for the address', () => {
    expect(directionsHref(address)).toBe(
      'https://www.openstreetmap.org/search?query=Medway+Maritime+Hospital%2C+Windmill+Road%2C+Gillingham%2C+ME7+5NY',
    );
  });

  it('never puts the person’s own place in the link', () => {
    expect(directionsHref(address, GILLINGHAM)).not.toMatch(/from=|route=/);
  });
});

describe('the page script that shows Nearest first', () => {
  it('looks for the same attributes the directory list writes', () => {
    const script = readFileSync('src/components/directory/near-me-start.ts', 'utf8');
    expect(script).toContain(`'[${NEAR_ITEM}][${PLACE_LATITUDE}]'`);
  });
});
