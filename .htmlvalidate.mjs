// html-validate settings for the built pages (npm test runs it over every page in dist/).
// The recommended rules apply; each rule switched off says why.
/** @type {import('html-validate').ConfigData} */
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // Phone numbers keep ordinary spaces so a long number can wrap on a 320px screen or at 400% zoom
    // (WCAG reflow); the crisis numbers are styled not to break where there is room.
    'tel-non-breaking': 'off',
    // Titles carry the page, the guide's name and the edition, so people can tell tabs and bookmarks
    // apart; the 70-character limit is a search-results guideline and the site is not indexed.
    'long-title': 'off',
    // Style only: Astro and Preact write void elements as <input />, which is valid HTML.
    'void-style': 'off',
    // The inline styles are the flowchart drawings' and the colour key's; each one is hashed into
    // the page's Content-Security-Policy after the build (src/lib/csp-inline.ts), and
    // tests/e2e/csp.spec.ts checks that no page breaks that policy.
    'no-inline-style': 'off',
  },
};
