/**
 * Sets a built page's Content-Security-Policy to the hashes of the inline styles it really has
 * (the flowchart's SVG drawings carry their own <style> and style="" attributes), so the policy
 * can stay strict: no 'unsafe-inline', only these exact styles.
 */
import { createHash } from 'node:crypto';

const META = /<meta http-equiv="content-security-policy" content="([^"]*)"\s*\/?>/i;

function decode(s: string): string {
  return s
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&amp;/g, '&');
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The page with its policy allowing exactly its own inline styles; unchanged if it has no policy. */
export function hashInlineStyles(html: string): string {
  const meta = META.exec(html);
  if (!meta) return html;
  const elementHashes = new Set<string>();
  const attributeHashes = new Set<string>();
  // <style> in HTML is raw text; inside <svg> its text is parsed, so character references are decoded.
  for (const svg of html.matchAll(/<svg\b[\s\S]*?<\/svg>/gi)) {
    for (const m of svg[0].matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) elementHashes.add(sha256(decode(m[1])));
  }
  for (const m of html.replace(/<svg\b[\s\S]*?<\/svg>/gi, '').matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi))
    elementHashes.add(sha256(m[1]));
  for (const m of html.matchAll(/\sstyle="([^"]*)"/gi)) attributeHashes.add(sha256(decode(m[1])));
  for (const m of html.matchAll(/\sstyle='([^']*)'/gi)) attributeHashes.add(sha256(decode(m[1])));
  const policy = decode(meta[1]);
  const directives = policy
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean);
  const i = directives.findIndex((d) => d.startsWith('style-src '));
  // The framework lists the hashes of every component style on the site; a page keeps only its own.
  const current = (i === -1 ? ['style-src', "'self'"] : directives[i].split(/\s+/)).filter(
    (t) => !/^'sha256-/.test(t) && t !== "'unsafe-hashes'",
  );
  const own = [...elementHashes, ...(attributeHashes.size ? ["'unsafe-hashes'", ...attributeHashes] : [])];
  const next = [...current, ...own].join(' ');
  if (i !== -1 && next === directives[i]) return html;
  if (i === -1) directives.push(next);
  else directives[i] = next;
  const content = directives.join('; ').replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return html.replace(META, `<meta http-equiv="content-security-policy" content="${content}">`);
}

/**
 * Moves <style> elements from the page body into <head> (Astro writes the islands' one-line
 * style just before the first island, where HTML does not allow it). Styles inside SVG
 * drawings stay where they are. The policy's hashes are unchanged: the text is the same.
 */
export function hoistBodyStyles(html: string): string {
  const end = html.indexOf('</head>');
  if (end === -1) return html;
  const head = html.slice(0, end);
  const styles: string[] = [];
  const body = html.slice(end).replace(/<svg\b[\s\S]*?<\/svg>|<style\b[^>]*>[\s\S]*?<\/style>/gi, (m) => {
    if (/^<svg/i.test(m)) return m;
    if (!styles.includes(m) && !head.includes(m)) styles.push(m);
    return '';
  });
  if (!styles.length && body === html.slice(end)) return html;
  return `${head}${styles.join('')}${body}`;
}
