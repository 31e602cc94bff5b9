/** Calendar dates as ISO strings (YYYY-MM-DD), the form content and pages use. */

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

function isIsoDate(value: string): boolean {
  const m = ISO.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

/** YAML loaders may hand over a Date or a string: both become YYYY-MM-DD. */
export function toIsoDate(value: unknown): string | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value === 'string' && isIsoDate(value.trim())) return value.trim();
  return undefined;
}

/** Made once: making a formatter is slow, and every page shows dates. */
const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "22 November 2026" */
export function formatLongDate(iso: string): string {
  const m = ISO.exec(iso);
  if (!m) return iso;
  return longDate.format(new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])));
}
