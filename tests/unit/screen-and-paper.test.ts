/**
 * Screen and paper share their components: an outcome is laid out once (OutcomeBody) for its page
 * and for the booklet, and each component carries its own print styles, so the booklet's
 * stylesheet holds only the booklet's page layout.
 */
import { globSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (f: string) => readFileSync(f, 'utf8');
const components = globSync('src/components/**/*.astro');

describe('one outcome body for the next-steps page and the booklet', () => {
  it('the page and the booklet both render OutcomeBody', () => {
    for (const file of ['src/components/tree/Outcome.astro', 'src/components/booklet/NextSteps.astro'])
      expect(read(file), file).toMatch(/<OutcomeBody\b/);
  });
  it('only OutcomeBody lays out the steps, and only DoThisFirst writes "Do this first"', () => {
    expect(components.filter((f) => read(f).includes('What to do next'))).toEqual([
      'src/components/tree/OutcomeBody.astro',
    ]);
    expect(components.filter((f) => read(f).includes('>Do this first<'))).toEqual([
      'src/components/tree/DoThisFirst.astro',
    ]);
  });
  it("keeps the page's own script (print button, QR code, opening folded parts) out of the shared body", () => {
    expect(read('src/components/tree/OutcomeBody.astro')).not.toMatch(/<script/);
    expect(read('src/components/tree/Outcome.astro')).toMatch(/<script>[\s\S]*data-print/);
  });
});

describe("the booklet's stylesheet is page layout only", () => {
  const css = read('src/components/booklet/booklet.css');
  // Classes of markup that components write (shared ones, and the booklet's own parts): their styles
  // live in those components. The stylesheet keeps type, page breaks, where parts start and the screen bar.
  const owned = [
    ...['b-phone', 'b-contacts', 'b-crisis', 'b-agency', 'b-first', 'b-urgency', 'words__'],
    ...['b-cover__', 'b-draft', 'qr-block', 'b-toc', 'b-contents__', 'page-ref', 'b-flow__', 'b-prose', 'b-lede'],
    ...['b-reviewed', 'b-category', 'b-notes', 'b-back__', 'printed-address'],
  ];
  it.each(owned)('has no rule for .%s (styled by the component that writes it)', (name) => {
    expect(css).not.toContain(`.${name}`);
  });
  it.each(owned)('the component that writes .%s styles it', (name) => {
    const writers = components.filter((f) => read(f).includes(`class="${name}`) || read(f).includes(`'${name}`));
    expect(writers.length, name).toBeGreaterThan(0);
    const unstyled = writers.filter((f) => !(/<style[\s\S]*<\/style>/.exec(read(f))?.[0] ?? '').includes(`.${name}`));
    expect(unstyled, `these write .${name} but their <style> has no rule for it`).toEqual([]);
  });
});
