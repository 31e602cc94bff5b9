import { describe, expect, it } from 'vitest';
import { checkReadability, mdxToProse, sentencesOf, unexplainedTerms } from '../../src/lib/content/readability.ts';
import { worstSentences } from '../../src/build-tools/review-report.ts';
import { glossaryFileSchema } from '../../src/lib/content/plain-english.ts';
import { GLOSSARY_FILE } from '../../src/lib/content/content-paths.ts';
import { readContentFile } from '../../src/build-tools/content-reader.ts';

const glossary = readContentFile(process.cwd(), GLOSSARY_FILE, glossaryFileSchema)!.terms;

describe('the readability check', () => {
  it('reads prose out of MDX: no frontmatter, diagrams, link targets or headings', () => {
    const prose = mdxToProse(
      '---\ntitle: x\n---\n## Heading\n\nRead [the page](/guide/x/). **Now.**\n\n```mermaid\nflowchart TD\n A --> B\n```\n- A list item\n',
    );
    expect(sentencesOf(prose).map((s) => s.text)).toEqual(['Read the page.', 'Now.', 'A list item']);
  });
  it('refuses a sentence of more than 25 words and names it', () => {
    const long = `This ${'word '.repeat(29).trim()}.`;
    const r = checkReadability(`Short one. ${long}`).problems.filter((p) => p.rule === 'sentence-length');
    expect(r).toHaveLength(1);
    expect(r[0].message).toContain('30 words');
  });
  it('wants a legal word explained where it is first used', () => {
    const priority = glossary.filter((t) => t.term === 'priority need');
    expect(unexplainedTerms(sentencesOf('You may be in priority need. Ask the council.'), priority)).toHaveLength(1);
    expect(
      unexplainedTerms(
        sentencesOf('You may be in priority need. This means the council must find you somewhere to stay.'),
        priority,
      ),
    ).toEqual([]);
  });
  it('ranks the worst sentences, longest first', () => {
    const pages = [{ id: 'a', sentences: sentencesOf('One two three. One two three four five.') }];
    expect(worstSentences(pages, 1)[0].sentence.words).toBe(5);
  });
});

// Every public page and every outcome of the real content: tests/unit/plain-english.test.ts.
