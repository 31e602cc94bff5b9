/**
 * Reads a `_headers` file (the format several static hosts use): a path pattern on its own line,
 * then indented "Name: value" lines. `*` in a pattern matches any run of characters.
 */
export interface HeaderRule {
  pattern: string;
  headers: [string, string][];
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const raw of text.split(/\r?\n/)) {
    if (!raw.trim() || raw.trim().startsWith('#')) continue;
    if (!/^\s/.test(raw)) {
      rules.push({ pattern: raw.trim(), headers: [] });
      continue;
    }
    const rule = rules[rules.length - 1];
    const colon = raw.indexOf(':');
    if (!rule || colon === -1) throw new Error(`_headers: "${raw.trim()}" is not under a path, or has no colon.`);
    rule.headers.push([raw.slice(0, colon).trim(), raw.slice(colon + 1).trim()]);
  }
  return rules;
}

function matches(pattern: string, path: string): boolean {
  const re = new RegExp(
    `^${pattern
      .split('*')
      .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return re.test(path);
}

/**
 * The headers for a request path: every matching rule's, in file order. A header that several
 * matching rules set gets their values joined with commas, as Cloudflare Pages does; for a
 * Content-Security-Policy that means the browser enforces each policy.
 */
export function headersFor(rules: readonly HeaderRule[], path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rules) {
    if (!matches(rule.pattern, path)) continue;
    for (const [k, v] of rule.headers) {
      const name = k.toLowerCase();
      out[name] = out[name] === undefined ? v : `${out[name]}, ${v}`;
    }
  }
  return out;
}
