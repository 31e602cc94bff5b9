/** The public address of an edition: needed for QR codes and printed addresses. */

/** SITE_URL from the environment wins over the edition's site_url; neither means "not known". */
export function selectedSiteUrl(env: Record<string, string | undefined>, editionSiteUrl?: string): string | undefined {
  const raw = (env.SITE_URL ?? '').trim() || (editionSiteUrl ?? '').trim();
  if (!raw) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(
      `SITE_URL "${raw}" is not a web address. Fix: give the full address, for example https://guide.example.org/`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL "${raw}" must start with https://. Fix: give the full address of the published guide.`);
  }
  return url.origin + (url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`);
}

/** The full address of a page of the guide, for printing or a QR code. */
export function absoluteUrl(site: string, path: string): string {
  return new URL(path.replace(/^\//, ''), site).href;
}

/** How an address is printed: without https:// and without a trailing slash, so it is short to type. */
export function printedAddress(href: string): string {
  return href
    .replace(/^https?:\/\//, '')
    .replace(/^mailto:/, '')
    .replace(/\/$/, '');
}

/**
 * A printed address cut into pieces after each "/", so that a long address wraps between its
 * parts ("www.example.org/info/" | "housing/") instead of in the middle of a word.
 */
export function addressPieces(address: string): string[] {
  return address.split(/(?<=\/)(?=.)/);
}
