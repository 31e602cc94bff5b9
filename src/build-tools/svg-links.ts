/**
 * Links inside a drawn diagram (Mermaid writes `<a xlink:href>`): give each the plain `href` too,
 * which search engines follow and newer browsers read, and keep `xlink:href` for older ones.
 */
export function withPlainHrefs(svg: string): string {
  return svg.replace(/<a\b([^>]*?)\sxlink:href="([^"]*)"/g, (tag, before: string, href: string) =>
    /\shref="/.test(before) ? tag : `<a${before} href="${href}" xlink:href="${href}"`,
  );
}
