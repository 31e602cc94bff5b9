import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../src/lib/content/frontmatter.ts';

describe('splitFrontmatter', () => {
  it('gives the YAML, the body and the line the body starts on', () => {
    expect(splitFrontmatter('---\ntitle: A\ntopic: b\n---\n# Heading\n')).toEqual({
      yaml: 'title: A\ntopic: b',
      body: '# Heading\n',
      bodyLine: 5,
    });
  });
  it('reads Windows line endings and an empty body', () => {
    expect(splitFrontmatter('---\r\ntitle: A\r\n---')).toMatchObject({ yaml: 'title: A', body: '' });
  });
  it('is null when the text does not start with frontmatter', () => {
    expect(splitFrontmatter('# Heading\n---\ntitle: A\n---\n')).toBeNull();
    expect(splitFrontmatter('---\ntitle: A\n')).toBeNull();
  });
});
