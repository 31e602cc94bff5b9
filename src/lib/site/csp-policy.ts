/**
 * The Content-Security-Policy of the site. Astro writes it into every page as a <meta> element,
 * adding script-src and style-src with the hashes of what each page uses. The host adds, as
 * HTTP headers (public/_headers), the directives a <meta> element cannot carry.
 */

/** Directives in every page's <meta> policy (script-src and style-src are added by the build). */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
] as const;

/**
 * The policy sent as an HTTP header. It must not name script-src or style-src (the page's own
 * policy does, with its hashes; a browser enforces both). frame-ancestors only works as a header.
 */
export const CSP_HEADER = "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/**
 * The policy for files that are not pages (drawings, data, text, icons), sent by the host as a
 * header. A browser shows such a file as a document of its own when it is opened at its own
 * address, and an SVG can hold script: this lets it run none (default-src 'none', and a sandbox
 * that also keeps it away from the guide's storage and service worker), load nothing from
 * elsewhere, and keep only its own <style>. It does not apply where the file is used by a page
 * (an <img>, a fetch), and it is not sent for scripts: the service worker and the search worker
 * run under the policy of their own files (CSP_HEADER), which leaves their fetches alone.
 */
export const CSP_FILES_HEADER =
  "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; frame-ancestors 'none'; sandbox";

/**
 * HTTPS only, for a year, on every address (HTTP Strict Transport Security). No includeSubDomains:
 * the guide may be published on one address of a council's or charity's domain whose other
 * addresses are not ours to decide for.
 */
export const HSTS_HEADER = 'max-age=31536000';

/**
 * What the pages may ask the device for, sent by the host as a header: no camera, no microphone,
 * and the device's location only for the site itself ("Nearest first" in the directory works it
 * out on the device; no page from another site, framed or not, may ask for it).
 */
export const PERMISSIONS_POLICY = 'camera=(), microphone=(), geolocation=(self), interest-cohort=()';
