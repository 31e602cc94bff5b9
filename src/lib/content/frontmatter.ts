/**
 * The one reader of a page's frontmatter (the YAML between the first two --- lines), used by the
 * content check and the readability check. Pure: it splits the text, the caller parses the YAML.
 */

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

export interface Frontmatter {
  /** The YAML text between the --- lines. */
  yaml: string;
  /** Everything after the closing --- line. */
  body: string;
  /** The line number (from 1) on which the body starts. */
  bodyLine: number;
}

/** The frontmatter and body of a Markdown or MDX text, or null when it does not start with frontmatter. */
export function splitFrontmatter(text: string): Frontmatter | null {
  const m = FRONTMATTER.exec(text);
  if (!m) return null;
  const bodyLine = m[0].split('\n').length - (m[0].endsWith('\n') ? 0 : 1);
  return { yaml: m[1], body: text.slice(m[0].length), bodyLine };
}
