/**
 * The guide's colours: the one place to change one. src/styles/tokens.css writes the same values as
 * CSS custom properties (for global.css, booklet.css and kiosk.css); this module gives them to the
 * build, where a literal colour is needed (the Mermaid flowchart, the booklet's page footer, QR
 * codes, the browser's theme colour). tests/unit/design-tokens.test.ts fails when the two differ,
 * and when a colour is written anywhere else in src/.
 *
 * Each name is the CSS property's name in camelCase: `mutedPrint` is `--muted-print`.
 * Keep each value written exactly as it is: the flowchart drawings in content/drawings/ are cached
 * by their settings, so even the same colour written differently means drawing them all again.
 */
export const COLOURS = {
  /** Body text, and the dark ring round a focused control. */
  text: '#0b0c0c',
  /** Secondary text on screen (9.1:1 on white). */
  muted: '#484949',
  /** Secondary text on paper: darker, for cheap printers and small print (10.9:1 on white). */
  mutedPrint: '#3d3d3d',
  /** The page, cards and buttons drawn on it; the light squares of a QR code. */
  bg: '#ffffff',
  /** Text and edges on a dark fill (the header, buttons, the leave-this-page button). */
  onDark: '#fff',
  /** Black for paper, and the dark squares of a QR code. */
  ink: '#000000',
  link: '#1a5a96',
  linkVisited: '#4c2c92',
  /** The focus highlight (with `text` as its ring). */
  focus: '#ffdd00',
  /** The guide's own colour: the header, card edges, the flowchart's question boxes. */
  brand: '#1d3b5c',
  /** A light tint of the brand: notices, tags, the flowchart's question boxes. */
  tint: '#e8f1f8',
  border: '#b1b4b6',
  /** Dotted leader lines on paper (contents, directory). */
  leader: '#6f777b',
  /** A grey panel: the footer, rights, "good to know" outcomes. */
  panel: '#f3f2f1',
  /** Crisis help and urgent outcomes. */
  crisisBg: '#fff7e6',
  crisisBorder: '#b35c00',
  urgentText: '#6b3700',
  /** Danger: "act now" answers and outcomes, and "closed now". */
  dangerText: '#a4200c',
  dangerBg: '#fde8e6',
  /** The leave-this-page button. */
  exitBg: '#b0220e',
  exitBgHover: '#8a1a0b',
  /** Green: "open now", the main action button, "act soon" outcomes. */
  open: '#00703c',
  openShadow: '#002d18',
  soonText: '#005a30',
  soonBg: '#eef7ee',
  /** Behind a kiosk's dialog. */
  backdrop: 'rgb(0 0 0 / 0.65)',
} as const;

export type ColourName = keyof typeof COLOURS;

/** `mutedPrint` → `--muted-print`. */
export const cssName = (name: string): string => `--${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

/** The custom properties declared in a stylesheet's text, name → value as written (comments ignored). */
export function customProperties(css: string): Map<string, string> {
  const out = new Map<string, string>();
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  for (const m of text.matchAll(/(--[a-z0-9-]+)\s*:\s*([^;{}]+);/gi)) out.set(m[1]!, m[2]!.trim());
  return out;
}

/** A colour written as a literal: hex (#abc, #aabbcc, with or without alpha) or rgb()/rgba()/hsl(). */
export const RAW_COLOUR = /#[0-9a-f]{3,8}\b|\b(?:rgba?|hsla?)\(/gi;

/** The relative luminance of a #rrggbb colour (WCAG 2). */
function luminance(hex: string): number {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(
    hex.length === 4 ? `#${[...hex.slice(1)].map((c) => c + c).join('')}` : hex,
  );
  if (!m) throw new Error(`Not a #rrggbb colour: ${hex}`);
  const [r, g, b] = m.slice(1).map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The WCAG contrast ratio of two opaque colours (1 to 21; AA asks 4.5 for normal text). */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
