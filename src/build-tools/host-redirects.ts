/**
 * Reads a `_redirects` file as Netlify does, for the rules this site uses: `from [name=:value ...] to status`,
 * where `:name` in a path stands for one segment and `*` for the rest (`:splat` in `to`). Rules are
 * tried in order; a rule is skipped when a file exists at the address asked for (no `!` forcing).
 */
export interface RedirectRule {
  from: string;
  query: [string, string][];
  to: string;
  status: number;
}

export function parseRedirectsFile(text: string): RedirectRule[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
    .map((line) => {
      const parts = line.split(/\s+/);
      const status = Number(parts.at(-1));
      if (parts.length < 3 || !Number.isInteger(status))
        throw new Error(`_redirects: "${line}" needs a from address, a to address and a status.`);
      const query = parts.slice(1, -2).map((q) => q.split('=') as [string, string]);
      return { from: parts[0], query, to: parts.at(-2)!, status };
    });
}

const norm = (p: string) => (p.length > 1 ? p.replace(/\/$/, '') : p);

/** Where a request for `address` (with its query) ends up: the rule's target with its values filled in, or the address itself. */
export function resolveRedirect(
  rules: RedirectRule[],
  address: string,
  fileExists: (path: string) => boolean,
): { path: string; status: number } {
  const url = new URL(address, 'https://host.invalid');
  if (fileExists(url.pathname)) return { path: url.pathname, status: 200 };
  for (const rule of rules) {
    const values: Record<string, string> = {};
    const want = norm(rule.from).split('/');
    const got = norm(url.pathname).split('/');
    let ok = want.length === got.length || (want.at(-1) === '*' && got.length >= want.length - 1);
    for (let i = 0; ok && i < want.length; i++) {
      if (want[i] === '*') values.splat = got.slice(i).join('/');
      else if (want[i].startsWith(':')) values[want[i].slice(1)] = got[i] ?? '';
      else ok = want[i] === got[i];
    }
    for (const [name, value] of rule.query) {
      const v = url.searchParams.get(name);
      if (v === null) ok = false;
      else if (value.startsWith(':')) values[value.slice(1)] = v;
      else ok &&= v === value;
    }
    if (ok)
      return { path: rule.to.replace(/:([a-z_]+)/g, (_, n: string) => values[n] ?? `:${n}`), status: rule.status };
  }
  return { path: url.pathname, status: 200 };
}
