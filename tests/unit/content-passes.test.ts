/**
 * The content check's rule passes and the editors' list of rules are the same list: each pass is
 * named as a rule's heading in docs/editing-content.md ("The rules the build checks"), each
 * heading there names a pass, and the rules listed under a pass are the ones it says it checks.
 * So neither the docs nor the code can gain, lose or rename a rule without the other.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DRAWING_PASSES } from '../../src/build-tools/content-problems.ts';
import { CONTENT_PASSES } from '../../src/lib/content/content-rules.ts';

const DOC = 'docs/editing-content.md';
const SECTION = '## The rules the build checks';

/** The rule headings in the docs' list: each top-level bold lead-in, with the bold lead-ins listed under it. */
function ruleHeadings(markdown: string): { name: string; rules: string[] }[] {
  const start = markdown.indexOf(SECTION);
  if (start < 0) throw new Error(`${DOC} has no "${SECTION}" section`);
  const rest = markdown.slice(start + SECTION.length);
  const section = rest.slice(0, rest.search(/^## /m) < 0 ? undefined : rest.search(/^## /m));
  const out: { name: string; rules: string[] }[] = [];
  for (const line of section.split('\n')) {
    const top = /^- \*\*(.+?)\*\*/.exec(line);
    if (top) out.push({ name: top[1], rules: [] });
    const under = /^ {2}- \*\*(.+?)\*\*/.exec(line);
    if (under) {
      if (!out.length) throw new Error(`${DOC}: "${under[1]}" is listed under no rule`);
      out[out.length - 1].rules.push(under[1]);
    }
  }
  return out;
}

const docs = ruleHeadings(readFileSync(DOC, 'utf8'));
const passes = [
  ...CONTENT_PASSES.map((p) => ({ name: p.name, rules: [...(p.rules ?? [])] })),
  ...DRAWING_PASSES.map((p) => ({ name: p.name, rules: [] })),
];

describe(`the content check's passes are the rules in ${DOC}`, () => {
  it('reads a list of rules from the docs', () => {
    expect(docs.length).toBeGreaterThanOrEqual(10);
  });

  it('names every pass as a rule heading in the docs', () => {
    const headings = new Set(docs.map((d) => d.name));
    const missing = passes.filter((p) => !headings.has(p.name)).map((p) => p.name);
    expect(
      missing,
      `passes with no "- **name**" rule under "${SECTION}" in ${DOC}: add one, or rename the pass`,
    ).toEqual([]);
  });

  it('has a pass for every rule heading in the docs', () => {
    const names = new Set(passes.map((p) => p.name));
    const extra = docs.filter((d) => !names.has(d.name)).map((d) => d.name);
    expect(
      extra,
      `rule headings in ${DOC} that name no pass in CONTENT_PASSES or DRAWING_PASSES: rename the heading, or list it under the pass that checks it`,
    ).toEqual([]);
  });

  it('lists under each pass the rules it says it checks', () => {
    for (const d of docs) {
      const pass = passes.find((p) => p.name === d.name);
      if (pass) expect(d.rules, `the rules listed under "${d.name}" in ${DOC}`).toEqual(pass.rules);
    }
  });

  it('names each pass once', () => {
    expect(new Set(passes.map((p) => p.name)).size).toBe(passes.length);
    expect(new Set(docs.map((d) => d.name)).size).toBe(docs.length);
  });
});
