import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  COLOURS,
  contrast,
  cssName,
  customProperties,
  RAW_COLOUR,
  type ColourName,
} from '../../src/lib/design-tokens.ts';

const TOKENS_CSS = 'src/styles/tokens.css';
const TOKENS_TS = 'src/lib/design-tokens.ts';
const tokensCss = readFileSync(TOKENS_CSS, 'utf8');

/** Every source file under a folder (stylesheets, components, pages, scripts). */
function sourceFiles(dir: string): string[] {
  return globSync('**/*.{css,astro,ts,tsx,js,mjs,md,mdx}', { cwd: dir }).map((f) => join(dir, f));
}

describe('design tokens', () => {
  it('tokens.css declares every colour of design-tokens.ts, written the same way', () => {
    const declared = customProperties(tokensCss);
    const wrong = Object.entries(COLOURS)
      .filter(([name, value]) => declared.get(cssName(name)) !== value)
      .map(
        ([name, value]) =>
          `${cssName(name)} is ${declared.get(cssName(name)) ?? 'missing'} in ${TOKENS_CSS} but ${name} is ${value} in ${TOKENS_TS}: make them the same`,
      );
    expect(wrong).toEqual([]);
  });

  it('tokens.css has no colour that design-tokens.ts lacks', () => {
    const names = new Set(Object.keys(COLOURS).map(cssName));
    const extra = [...customProperties(tokensCss)]
      .filter(([name, value]) => new RegExp(RAW_COLOUR.source, 'i').test(value) && !names.has(name))
      .map(([name]) => `${name} in ${TOKENS_CSS}: add it to COLOURS in ${TOKENS_TS} too`);
    expect(extra).toEqual([]);
  });

  it('no colour is written anywhere in src/ but the two token files', () => {
    const found: string[] = [];
    for (const file of sourceFiles('src')) {
      if (file === TOKENS_CSS || file === TOKENS_TS) continue;
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          // "&#039;" is a character reference in HTML, not a colour.
          const hits = [...line.matchAll(RAW_COLOUR)].filter((m) => line[m.index - 1] !== '&');
          for (const m of hits)
            found.push(
              `${file}:${i + 1}: ${m[0]} — use a token from ${TOKENS_CSS} (var(--…)) or COLOURS from ${TOKENS_TS}`,
            );
        });
    }
    expect(found).toEqual([]);
  });

  it('the site and the booklet stylesheets take their tokens from tokens.css, first', () => {
    for (const [file, path] of [
      ['src/styles/global.css', './tokens.css'],
      ['src/components/booklet/booklet.css', '../../styles/tokens.css'],
    ] as const) {
      const firstRule = readFileSync(file, 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .trim()
        .split('\n')[0];
      expect(firstRule, file).toBe(`@import '${path}';`);
    }
  });

  it('hidden text and the skip link are styled once, in helpers.css, for the site and the booklet alike', () => {
    const css = sourceFiles('src').filter((f) => f.endsWith('.css'));
    for (const rule of ['.visually-hidden {', '.skip-link {', '.skip-link:focus {']) {
      expect(
        css.filter((f) => readFileSync(f, 'utf8').includes(`\n${rule}`)),
        rule,
      ).toEqual(['src/styles/helpers.css']);
    }
    for (const [file, path] of [
      ['src/styles/global.css', './helpers.css'],
      ['src/components/booklet/booklet.css', '../../styles/helpers.css'],
    ] as const) {
      expect(readFileSync(file, 'utf8'), file).toContain(`@import '${path}';`);
    }
  });

  it('every text colour on its background passes WCAG AA (4.5:1)', () => {
    const pairs: [ColourName, ColourName][] = [
      ['text', 'bg'],
      ['text', 'panel'],
      ['text', 'tint'],
      ['text', 'focus'],
      ['muted', 'bg'],
      ['muted', 'panel'],
      ['mutedPrint', 'bg'],
      ['link', 'bg'],
      ['link', 'tint'],
      ['linkVisited', 'bg'],
      ['onDark', 'brand'],
      ['onDark', 'open'],
      ['onDark', 'exitBg'],
      ['onDark', 'exitBgHover'],
      ['dangerText', 'bg'],
      ['dangerText', 'dangerBg'],
      ['urgentText', 'crisisBg'],
      ['soonText', 'soonBg'],
      ['open', 'bg'],
      ['brand', 'bg'],
      ['crisisBorder', 'bg'],
    ];
    const low = pairs
      .map(([fg, bg]) => ({ fg, bg, ratio: contrast(COLOURS[fg], COLOURS[bg]) }))
      .filter((p) => p.ratio < 4.5)
      .map((p) => `${p.fg} on ${p.bg}: ${p.ratio.toFixed(2)}:1`);
    expect(low).toEqual([]);
  });

  it('secondary text on paper is darker than on screen', () => {
    expect(contrast(COLOURS.mutedPrint, COLOURS.bg)).toBeGreaterThan(contrast(COLOURS.muted, COLOURS.bg));
  });
});

describe('contrast', () => {
  it('gives 21:1 for black on white and 1:1 for a colour on itself', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#fff', '#ffffff')).toBeCloseTo(1, 5);
  });
});
