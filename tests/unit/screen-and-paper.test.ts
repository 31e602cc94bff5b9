/**
 * Screen and paper share their components: an outcome is laid out once (OutcomeBody) for its page
 * and for the booklet, and each component carries its own print styles, so the booklet's
 * stylesheet holds only the booklet's page layout. A shared component's styles for its booklet
 * markup sit beside it in <Component>.booklet.css, which only the booklet's pages load, so web
 * pages do not carry them.
 */
import { existsSync, globSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';

const read = (f: string) => readFileSync(f, 'utf8');
const components = globSync('src/components/**/*.astro');
const styleOf = (f: string) => /<style[\s\S]*<\/style>/.exec(read(f))?.[0] ?? '';
/** The booklet-only stylesheet beside a component, if it has one. */
const bookletSheetOf = (f: string) => {
  const sheet = f.replace(/\.astro$/, '.booklet.css');
  return existsSync(sheet) ? read(sheet) : '';
};
const bookletSheets = globSync('src/components/**/*.booklet.css');
/** Components every web page may use (the booklet's own parts are in src/components/booklet/). */
const shared = components.filter((f) => !f.startsWith('src/components/booklet/'));

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
  it.each(owned)('the component that writes .%s styles it (in its <style> or its booklet-only stylesheet)', (name) => {
    const writers = components.filter((f) => read(f).includes(`class="${name}`) || read(f).includes(`'${name}`));
    expect(writers.length, name).toBeGreaterThan(0);
    const unstyled = writers.filter((f) => !`${styleOf(f)}${bookletSheetOf(f)}`.includes(`.${name}`));
    expect(unstyled, `these write .${name} but neither their <style> nor their .booklet.css has a rule for it`).toEqual(
      [],
    );
  });
});

describe("the booklet's markup is styled only on the booklet's pages", () => {
  it('a shared component has no rule for booklet markup (.b-…) in its <style>, which web pages load', () => {
    const carrying = shared.filter((f) => /\.b-[a-z]/.test(styleOf(f)));
    expect(carrying, 'move these rules to <Component>.booklet.css beside the component').toEqual([]);
  });
  it('each booklet-only stylesheet sits beside its component and holds only rules for booklet markup', () => {
    expect(bookletSheets.length).toBeGreaterThan(0);
    for (const sheet of bookletSheets) {
      expect(existsSync(sheet.replace(/\.booklet\.css$/, '.astro')), `${sheet}: no component of that name`).toBe(true);
      const selectors = read(sheet)
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .split('}')
        .map((rule) => rule.split('{')[0]?.trim() ?? '')
        .filter((sel) => sel && !sel.startsWith('@'))
        .flatMap((sel) => sel.split(','))
        .map((sel) => sel.trim());
      for (const sel of selectors)
        expect(sel, `${sheet}: a rule for markup that is not the booklet's`).toMatch(/^\.b-/);
    }
  });
  it('only the layout of the booklet pages (src/layouts/Print.astro) loads them', () => {
    const layout = read('src/layouts/Print.astro');
    for (const sheet of bookletSheets)
      expect(layout, `Print.astro does not load ${sheet}`).toContain(`/${basename(sheet)}'`);
    const others = globSync('src/**/*.{astro,ts,tsx}').filter(
      (f) => f !== 'src/layouts/Print.astro' && /\.booklet\.css['"]/.test(read(f)),
    );
    expect(others, 'these load a booklet-only stylesheet on web pages').toEqual([]);
  });
});
