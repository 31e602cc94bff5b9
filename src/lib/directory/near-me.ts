/**
 * "Nearest first" in the directory, and the directions link beside a walk-in address. Pure: the
 * browser gives the person's place to nearestFirst and shows the result; nothing here stores or
 * sends it. The directions link never carries the person's place, only the service's.
 */

/**
 * The attributes a directory list's items carry (ContactList with nearMe): every item is marked,
 * and an item whose service has a place carries it, for the device to sort by.
 */
export const NEAR_ITEM = 'data-near-item';
export const PLACE_LATITUDE = 'data-latitude';
export const PLACE_LONGITUDE = 'data-longitude';

/** A point on the earth in degrees (WGS 84), as a service file or the device gives it. */
export interface Place {
  latitude: number;
  longitude: number;
}

/** The earth's mean radius in miles. */
const EARTH_MILES = 3958.8;
const radians = (degrees: number) => (degrees * Math.PI) / 180;

/** The distance between two places in a straight line over the earth (haversine), in miles. */
export function milesBetween(a: Place, b: Place): number {
  const dLat = radians(b.latitude - a.latitude);
  const dLon = radians(b.longitude - a.longitude);
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(radians(a.latitude)) * Math.cos(radians(b.latitude)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_MILES * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * A distance as people say it ("about 2 miles away"). Rounded, because it is a straight line,
 * not the way by road, and the device's place may be rough.
 */
export function distanceInWords(miles: number): string {
  if (miles < 0.5) return 'less than half a mile away';
  if (miles < 0.75) return 'about half a mile away';
  const whole = Math.max(1, Math.round(miles));
  return `about ${whole} ${whole === 1 ? 'mile' : 'miles'} away`;
}

export interface Near<T> {
  item: T;
  miles: number;
  words: string;
}

/**
 * The services with a place, nearest first, each with its distance; then the services without a
 * place, in the order they came (the directory's usual order). The same distance keeps the usual order.
 */
export function nearestFirst<T extends { place?: Place }>(
  items: readonly T[],
  here: Place,
): { near: Near<T>[]; elsewhere: T[] } {
  const near: Near<T>[] = [];
  const elsewhere: T[] = [];
  for (const item of items) {
    if (item.place) {
      const miles = milesBetween(here, item.place);
      near.push({ item, miles, words: distanceInWords(miles) });
    } else elsewhere.push(item);
  }
  // Array.prototype.sort is stable, so equal distances keep the usual order.
  near.sort((a, b) => a.miles - b.miles);
  return { near, elsewhere };
}

/** A place written on a page (two attributes), or nothing if either is missing or not a place on the earth. */
export function readPlace(
  latitude: string | null | undefined,
  longitude: string | null | undefined,
): Place | undefined {
  if (!latitude || !longitude) return undefined;
  const lat = Number(latitude);
  const lon = Number(longitude);
  if (!Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) return undefined;
  return { latitude: lat, longitude: lon };
}

const OSM = 'https://www.openstreetmap.org';

/**
 * A link to the way to a walk-in address on OpenStreetMap: with the service's coordinates, its
 * directions page with the service as the end (the person fills in where they start, so the
 * link never holds their place); with only the address, a search for the address, from which
 * OpenStreetMap offers directions. The forms are OpenStreetMap's own (its site's
 * /directions?to= and /search?query= addresses).
 */
export function directionsHref(address: string, place?: Place): string {
  if (place) {
    const to = `${place.latitude.toFixed(5)},${place.longitude.toFixed(5)}`;
    return `${OSM}/directions?${new URLSearchParams({ to })}`;
  }
  return `${OSM}/search?${new URLSearchParams({ query: address })}`;
}
