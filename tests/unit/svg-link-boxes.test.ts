import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { drawingLinks, translateOf } from '../../src/lib/present/svg-link-boxes.ts';

/** Made-up paths, not the site's own addresses; the shapes are as Mermaid writes them. */
const svg = `<svg id="d-0" width="400.5" height="200" viewBox="0 0 400.5 200" xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">
<style>#d-0 .node rect{fill:#fff}</style>
<g class="root"><g class="edgePaths"><path d="M0,0L10,10"/></g><g class="edgeLabels"><g class="label" transform="translate(5, 5)"><text>Yes</text></g></g>
<g class="nodes">
<a xlink:href="/step/first/" transform="translate(100, 30)"><g class="node default question clickable"><polygon points="9.75,0 147.5,0 157.25,-19.5 147.5,-39 9.75,-39 0,-19.5" transform="translate(-78.5,19.5)"/><g class="label" transform="translate(-61, -12)"><rect/><foreignObject width="120" height="24"><div xmlns="http://www.w3.org/1999/xhtml"><span class="nodeLabel"><p>In danger now?</p></span></div></foreignObject></g></g></a>
<a href="/step/second/" xlink:href="/step/second/" transform="translate(300,150)"><g class="node default"><rect class="basic label-container" x="-60" y="-39" width="120" height="78"/><g class="label" transform="translate(-50, -24)"><rect/><foreignObject width="100" height="48"><div xmlns="http://www.w3.org/1999/xhtml"><p>Rent &amp; money<br/>help</p></div></foreignObject></g></g></a>
<g class="node default" transform="translate(20, 20)"><rect x="0" y="0" width="5" height="5"/></g>
</g></g></svg>`;

describe('where the links are in a drawing', () => {
  it('finds each link with its words and the box of its shape, in the drawing’s coordinates', () => {
    const d = drawingLinks(svg);
    expect(d.viewBox).toBe('0 0 400.5 200');
    expect(d.width).toBe(401);
    expect(d.height).toBe(200);
    expect(d.links).toEqual([
      // The hexagon: points moved by its own translate and the link's (100 - 78.5 = 21.5; 30 + 19.5 - 39 = 10.5).
      { href: '/step/first/', label: 'In danger now?', x: 21.5, y: 10.5, width: 157.25, height: 39 },
      { href: '/step/second/', label: 'Rent & money help', x: 240, y: 111, width: 120, height: 78 },
    ]);
  });

  it('leaves out the words’ own empty box and nodes that are not links', () => {
    expect(drawingLinks(svg).links).toHaveLength(2);
  });

  it('understands translate() and refuses transforms it cannot place', () => {
    expect(translateOf('translate(3, -4.5)')).toEqual({ x: 3, y: -4.5 });
    expect(translateOf('translate(7)')).toEqual({ x: 7, y: 0 });
    expect(translateOf(undefined)).toEqual({ x: 0, y: 0 });
    expect(() => translateOf('rotate(45)')).toThrow(/only translate/);
  });

  it('places every link of the kept flowchart drawings inside the drawing, each with words', () => {
    const dir = join(process.cwd(), 'content', 'drawings');
    const kept = readdirSync(dir)
      .map((f) => readFileSync(join(dir, f), 'utf8'))
      .filter((s) => /^<svg id="flowchart-/.test(s));
    expect(kept.length).toBeGreaterThan(3);
    for (const s of kept) {
      const d = drawingLinks(s);
      expect(d.links.length).toBeGreaterThan(3);
      for (const l of d.links) {
        expect(l.label).not.toBe('');
        expect(l.width).toBeGreaterThan(20);
        expect(l.height).toBeGreaterThan(20);
        expect(l.x).toBeGreaterThanOrEqual(0);
        expect(l.y).toBeGreaterThanOrEqual(0);
        expect(l.x + l.width).toBeLessThanOrEqual(d.width + 1);
        expect(l.y + l.height).toBeLessThanOrEqual(d.height + 1);
      }
    }
  });
});
