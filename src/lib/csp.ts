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
