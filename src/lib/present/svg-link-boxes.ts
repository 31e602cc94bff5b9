/**
 * Where the links are in a drawn diagram. A drawing shown as an image (<img>) keeps its looks but
 * its links are dead, so the page lays a light layer of links over it: one transparent box per
 * link, at the place and size of the box drawn in the image, in the drawing's own coordinates.
 *
 * Reads the SVG Mermaid writes: each link is an `<a xlink:href>` holding its node's shape (a
 * <rect> or a <polygon>) and its words; positions are `translate()`s of the enclosing groups.
 * Pure: takes the SVG text, returns numbers and words.
 */

/** One link of a drawing: where it goes, its words and its box, in the drawing's coordinates. */
export interface LinkBox {
  href: string;
  label: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface DrawingLinks {
  /** The drawing's viewBox, as written ("0 0 1485.2 918.2"). */
  viewBox: string;
  /** Its size in CSS pixels, rounded up. */
  width: number;
  height: number;
  links: LinkBox[];
}

const attr = (tag: string, name: string): string | undefined => {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m?.[1];
};

const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;|&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&');

/** The offset a transform moves by; only translate() is written by Mermaid for nodes, anything else is refused. */
export function translateOf(transform: string | undefined): { x: number; y: number } {
  if (!transform?.trim()) return { x: 0, y: 0 };
  const m = /^\s*translate\(\s*(-?[\d.e+-]+)(?:[\s,]+(-?[\d.e+-]+))?\s*\)\s*$/i.exec(transform);
  if (!m)
    throw new Error(
      `svg-link-boxes: cannot place a link under transform="${transform}" (only translate() is understood)`,
    );
  return { x: Number(m[1]), y: Number(m[2] ?? 0) };
}

type Box = { x1: number; y1: number; x2: number; y2: number };

const union = (a: Box | undefined, b: Box): Box =>
  a ? { x1: Math.min(a.x1, b.x1), y1: Math.min(a.y1, b.y1), x2: Math.max(a.x2, b.x2), y2: Math.max(a.y2, b.y2) } : b;

/** The box of one shape tag (rect with a size, or polygon), moved by `at`; undefined for anything else. */
function shapeBox(name: string, tag: string, at: { x: number; y: number }): Box | undefined {
  if (name === 'rect') {
    const w = Number(attr(tag, 'width'));
    const h = Number(attr(tag, 'height'));
    if (!(w > 0 && h > 0)) return undefined;
    const x = at.x + Number(attr(tag, 'x') ?? 0);
    const y = at.y + Number(attr(tag, 'y') ?? 0);
    return { x1: x, y1: y, x2: x + w, y2: y + h };
  }
  if (name === 'polygon') {
    const n = (attr(tag, 'points') ?? '')
      .split(/[\s,]+/)
      .filter(Boolean)
      .map(Number);
    let box: Box | undefined;
    for (let i = 0; i + 1 < n.length; i += 2)
      box = union(box, { x1: at.x + n[i]!, y1: at.y + n[i + 1]!, x2: at.x + n[i]!, y2: at.y + n[i + 1]! });
    return box;
  }
  return undefined;
}

const round = (n: number) => Math.round(n * 100) / 100;

/** The links of a drawing and their boxes, in document order; the words are the link's text. */
export function drawingLinks(svg: string): DrawingLinks {
  const open = /<svg\b[^>]*>/.exec(svg)?.[0];
  if (!open) throw new Error('svg-link-boxes: no <svg> element');
  const viewBox = attr(open, 'viewBox') ?? `0 0 ${attr(open, 'width') ?? 0} ${attr(open, 'height') ?? 0}`;
  const [, , vw, vh] = viewBox.split(/[\s,]+/).map(Number);
  const width = Math.ceil(Number(attr(open, 'width')) || vw || 0);
  const height = Math.ceil(Number(attr(open, 'height')) || vh || 0);

  const links: LinkBox[] = [];
  // Walk the tags, keeping the offset of every open group.
  const stack: { name: string; x: number; y: number }[] = [];
  let current: { href: string; box?: Box; text: string[]; depth: number } | undefined;
  let inLabel = 0;
  const re = /<(\/?)([a-zA-Z][\w:-]*)((?:"[^"]*"|'[^']*'|[^'">])*?)(\/?)>|([^<]+)/g;
  for (const m of svg.matchAll(re)) {
    const [, close, rawName, rest, selfClose, text] = m;
    if (text !== undefined) {
      if (current) current.text.push(decode(text));
      continue;
    }
    const name = rawName!.toLowerCase();
    const tag = `<${rawName}${rest}>`;
    const parent = stack.at(-1) ?? { x: 0, y: 0 };
    if (close) {
      const top = stack.pop();
      if (top && inLabel && stack.length < inLabel) inLabel = 0;
      if (name === 'a' && current && stack.length === current.depth) {
        const label = current.text.join(' ').replace(/\s+/g, ' ').trim();
        if (current.box) {
          const b = current.box;
          links.push({
            href: current.href,
            label,
            x: round(b.x1),
            y: round(b.y1),
            width: round(b.x2 - b.x1),
            height: round(b.y2 - b.y1),
          });
        }
        current = undefined;
      }
      continue;
    }
    const t = translateOf(attr(tag, 'transform'));
    const at = { x: parent.x + t.x, y: parent.y + t.y };
    if (current && !inLabel) {
      const box = shapeBox(name, tag, at);
      if (box) current.box = union(current.box, box);
    }
    if (selfClose || name === 'br' || name === 'img') continue;
    stack.push({ name, ...at });
    if (name === 'a') {
      const href = attr(tag, 'href') ?? attr(tag, 'xlink:href');
      if (href) current = { href: decode(href), text: [], depth: stack.length - 1 };
    } else if (current && !inLabel && /\bclass="[^"]*\blabel\b/.test(tag)) {
      // The words' own group: its shapes are not the box.
      inLabel = stack.length;
    }
  }
  return { viewBox, width, height, links };
}
