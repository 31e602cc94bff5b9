/**
 * The README and the docs: a newcomer reads the README in ten minutes and follows its links
 * onward, so the README stays short and every link between the docs leads somewhere.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import GithubSlugger from 'github-slugger';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const README = 'README.md';
/** At most 8 KB, so it can be read in ten minutes. */
const README_MAX_BYTES = 8 * 1024;

/** README.md and every Markdown file under docs/, relative to the project folder. */
function docFiles(): string[] {
  const docs = readdirSync(join(ROOT, 'docs'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.md'))
    .map((f) => join('docs', f).split('\\').join('/'));
  return [README, ...docs.sort()];
}

const FENCED = /^(```+|~~~+)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm;

/** The text with fenced code blocks and inline code blanked out (links and headings there are not real), lines kept. */
function withoutCode(text: string): string {
  return text.replace(FENCED, (block) => block.replace(/[^\n]/g, '')).replace(/(`+)[^`\n]*?\1/g, '');
}

/** The `#anchor` names GitHub gives the headings of a Markdown file. */
function anchorsOf(file: string): Set<string> {
  const slugger = new GithubSlugger();
  const anchors = new Set<string>();
  const text = readFileSync(join(ROOT, file), 'utf8').replace(FENCED, '');
  for (const m of text.matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    // GitHub slugs the heading's text: a link keeps its words (github-slugger drops the marks).
    anchors.add(slugger.slug(m[1].replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')));
  }
  return anchors;
}

interface Link {
  file: string;
  line: number;
  target: string;
}

/** Every Markdown link `[words](target)` in a file, outside code. */
function linksIn(file: string): Link[] {
  const lines = withoutCode(readFileSync(join(ROOT, file), 'utf8')).split('\n');
  const links: Link[] = [];
  lines.forEach((text, i) => {
    for (const m of text.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g))
      links.push({ file, line: i + 1, target: m[1] });
  });
  return links;
}

/** A link's web address (https:, mailto: ...), which this test does not follow. */
const isAddress = (target: string) => /^[a-z][a-z0-9+.-]*:/i.test(target);

/** The file a relative link's path leads to from a file, relative to the project folder. */
const fileOf = (from: string, path: string) =>
  relative(ROOT, resolve(ROOT, dirname(from), decodeURIComponent(path)))
    .split('\\')
    .join('/');

/** Why a relative link does not resolve, or null when it does. */
function brokenBecause(link: Link): string | null {
  if (isAddress(link.target)) return null;
  const [path, anchor] = link.target.split('#', 2);
  const file = path === '' ? link.file : fileOf(link.file, path);
  if (file.startsWith('..')) return `${link.target} leads outside the project`;
  if (!existsSync(join(ROOT, file))) return `${file} does not exist`;
  if (anchor === undefined) return null;
  if (statSync(join(ROOT, file)).isDirectory() || !file.endsWith('.md'))
    return `#${anchor}: ${file} is not a Markdown file with headings`;
  if (!anchorsOf(file).has(anchor)) return `#${anchor}: ${file} has no heading with that anchor`;
  return null;
}

describe('README and docs', () => {
  it(`keeps README.md at most ${README_MAX_BYTES} bytes, so a newcomer reads it in ten minutes`, () => {
    const size = statSync(join(ROOT, README)).size;
    expect(size, `README.md is ${size} bytes. Fix: move detail into docs/ and link to it.`).toBeLessThanOrEqual(
      README_MAX_BYTES,
    );
  });

  it('has no relative link or #anchor that leads nowhere', () => {
    const links = docFiles().flatMap(linksIn);
    const broken = links.flatMap((l) => {
      const why = brokenBecause(l);
      return why ? [`${l.file}:${l.line}: (${l.target}) ${why}`] : [];
    });
    expect(broken).toEqual([]);
  });

  it('links every file in docs/ from the README or another doc', () => {
    const files = docFiles();
    const linked = new Set(
      files.flatMap((f) =>
        linksIn(f)
          .filter((l) => !isAddress(l.target) && !l.target.startsWith('#'))
          .map((l) => fileOf(f, l.target.split('#')[0])),
      ),
    );
    const orphans = files.filter((f) => f !== README && !linked.has(f));
    expect(orphans, 'Fix: link each of these from README.md or a page in docs/.').toEqual([]);
  });
});
