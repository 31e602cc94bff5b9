/**
 * Mermaid diagrams rendered to SVG at build time, in the Chromium found by ./browser.ts.
 * No Mermaid code reaches the browser. Used by the flowchart page and, through
 * rehype-mermaid, by ```mermaid blocks in guide pages.
 */
import { createMermaidRenderer, type MermaidRenderer } from 'mermaid-isomorphic';
import { chromiumLaunchOptions } from './browser.ts';

/** One look for every diagram: plain colours, the system font, labels as SVG text. */
export const MERMAID_CONFIG = {
  theme: 'base' as const,
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
  themeVariables: {
    fontSize: '16px',
    primaryColor: '#e8f1f8',
    primaryTextColor: '#0b0c0c',
    primaryBorderColor: '#1d3b5c',
    lineColor: '#484949',
  },
  flowchart: { htmlLabels: false, useMaxWidth: false, curve: 'basis' as const },
  // Strict: labels are sanitised and "click" links and scripts are switched off (guide pages also refuse click lines).
  securityLevel: 'strict' as const,
};

let renderer: MermaidRenderer | undefined;

export function mermaidLaunchOptions() {
  return chromiumLaunchOptions();
}

/** Closer-packed drawings for paper, where every millimetre of height makes the words smaller. */
export const COMPACT_FLOWCHART = { nodeSpacing: 14, rankSpacing: 36 };

export async function renderMermaid(diagrams: string[], prefix = 'diagram', flowchart: Record<string, number> = {}): Promise<string[]> {
  renderer ??= createMermaidRenderer({ launchOptions: chromiumLaunchOptions() });
  const mermaidConfig = { ...MERMAID_CONFIG, flowchart: { ...MERMAID_CONFIG.flowchart, ...flowchart } };
  const results = await renderer(diagrams, { prefix, mermaidConfig });
  return results.map((r, i) => {
    if (r.status === 'rejected') throw new Error(`Mermaid diagram ${i + 1} could not be drawn: ${String(r.reason)}`);
    return r.value.svg;
  });
}
