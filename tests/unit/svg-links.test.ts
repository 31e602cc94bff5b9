import { describe, expect, it } from 'vitest';
import { withPlainHrefs } from '../../src/build-tools/svg-links.ts';

describe('links in a drawn diagram', () => {
  it('carry a plain href beside xlink:href, so search engines and every browser follow them', () => {
    const svg =
      '<svg><a xlink:href="/steps/danger/" data-look="classic"><g/></a><a data-x="1" xlink:href="/steps/who/"></a></svg>';
    expect(withPlainHrefs(svg)).toBe(
      '<svg><a href="/steps/danger/" xlink:href="/steps/danger/" data-look="classic"><g/></a><a data-x="1" href="/steps/who/" xlink:href="/steps/who/"></a></svg>',
    );
  });
  it('leaves a link that already has a plain href, and other elements, as they are', () => {
    const svg = '<a href="/a/" xlink:href="/a/"></a><use xlink:href="#m"/>';
    expect(withPlainHrefs(svg)).toBe(svg);
  });
});
