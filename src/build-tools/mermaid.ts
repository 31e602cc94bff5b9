/**
 * Mermaid diagrams rendered to SVG at build time, in the Chromium found by ./browser.ts, and kept
 * in content/drawings/ so later builds need no browser. No Mermaid code reaches the browser. Used
 * by the flowchart page, the booklet and (through rehype-mermaid-cached) ```mermaid blocks in guide pages.
 * The browser and Mermaid's renderer are loaded only when a drawing is new or changed, so a page
 * that imports this module does not load Playwright while every drawing comes from the cache.
 */
import type { MermaidRenderer } from 'mermaid-isomorphic';
import { cachedDrawings, DrawingError, type DrawingSource } from './drawing-cache.ts';
import { COLOURS } from '../lib/design-tokens.ts';
import { withPlainHrefs } from './svg-links.ts';

/** One look for every diagram: the guide's colours (src/lib/design-tokens.ts), the system font, labels as SVG text. */
const MERMAID_CONFIG = {
  theme: 'base' as const,
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
  themeVariables: {
    fontSize: '16px',
    primaryColor: COLOURS.tint,
    primaryTextColor: COLOURS.text,
    primaryBorderColor: COLOURS.brand,
    lineColor: COLOURS.muted,
  },
  flowchart: { htmlLabels: false, useMaxWidth: false, curve: 'basis' as const },
  // Strict: labels are sanitised and "click" links and scripts are switched off (guide pages also refuse click lines).
  securityLevel: 'strict' as const,
};

let renderer: MermaidRenderer | undefined;

/** Closer-packed drawings for paper, where every millimetre of height makes the words smaller. */
export const COMPACT_FLOWCHART = { nodeSpacing: 14, rankSpacing: 36 };

/** Draw in Chromium: only for drawings that are new or changed (the rest come from content/drawings/). */
async function draw(items: DrawingSource[], mermaidConfig: typeof MERMAID_CONFIG): Promise<string[]> {
  try {
    if (!renderer) {
      const [{ createMermaidRenderer }, { chromiumLaunchOptions }] = await Promise.all([
        import('mermaid-isomorphic'),
        import('./browser.ts'),
      ]);
      renderer = createMermaidRenderer({ launchOptions: chromiumLaunchOptions() });
    }
  } catch (e) {
    throw new DrawingError(
      `${items.length} Mermaid drawing(s) are new or changed and must be drawn once in a browser (then they are kept in content/drawings/; commit them). ${(e as Error).message}`,
    );
  }
  const out: string[] = [];
  for (const [i, item] of items.entries()) {
    const [result] = await renderer([item.source], { prefix: item.prefix, mermaidConfig });
    if (!result || result.status === 'rejected') {
      const reason = String((result?.reason as Error | undefined)?.message ?? result?.reason).split('\n')[0];
      throw new DrawingError(
        `Mermaid diagram ${i + 1} of ${items.length} could not be drawn: ${reason}\n${item.source}\nFix: correct the diagram.`,
      );
    }
    out.push(result.value.svg);
  }
  return out;
}

/** SVG for each diagram, with ids unique on the page (prefix-0, prefix-1, ...). */
export async function renderMermaid(
  diagrams: string[],
  prefix = 'diagram',
  flowchart: Record<string, number> = {},
): Promise<string[]> {
  const mermaidConfig = { ...MERMAID_CONFIG, flowchart: { ...MERMAID_CONFIG.flowchart, ...flowchart } };
  const svgs = await cachedDrawings(
    diagrams.map((source, i) => ({ source, prefix: `${prefix}-${i}` })),
    mermaidConfig,
    (items) => draw(items, mermaidConfig),
  );
  return svgs.map(withPlainHrefs);
}
