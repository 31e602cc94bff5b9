/**
 * Components only lay out display data: they never import a build tool (Mermaid, Playwright,
 * the browser, the PDF printer), and no build tool lives among them. A page or a print page
 * calls the build tool and passes what it made to the components.
 */
import { globSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const COMPONENTS = 'src/components';
const files = globSync(`${COMPONENTS}/**/*.{ts,tsx,astro}`);
/** Every module a file imports (static or dynamic, `later:` included), as written. */
const importsOf = (file: string) =>
  [...readFileSync(file, 'utf8').matchAll(/(?:import|from)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) =>
    m[1]!.replace(/^later:/, ''),
  );

describe('components and the build tools', () => {
  it('finds the components', () => {
    expect(files.length).toBeGreaterThan(30);
  });
  it('components never import a build tool', () => {
    const crossing = files.flatMap((f) =>
      importsOf(f)
        .filter((m) => /(^|\/)build-tools\//.test(m))
        .map((m) => `${f} imports ${m}`),
    );
    expect(crossing).toEqual([]);
  });
  it('no component needs Playwright, pdf.js or Mermaid', () => {
    const heavy = files.flatMap((f) =>
      importsOf(f)
        .filter((m) => /^(playwright|@playwright\/|pdfjs-dist|mermaid)/.test(m))
        .map((m) => `${f} imports ${m}`),
    );
    expect(heavy).toEqual([]);
  });
});

describe('the kiosk reads what the page says it is, and writes text only as text', () => {
  const kiosk = readFileSync('src/components/kiosk/kiosk-screen.ts', 'utf8');
  it("builds its dialogs from the page's <template> elements, never from strings of markup", () => {
    // The QR code's SVG (drawn by lib/present/qr.ts from the address) is the one markup it adds.
    expect(kiosk.match(/\.innerHTML\s*=/g) ?? []).toHaveLength(1);
    expect(kiosk).toMatch(/\.innerHTML\s*=\s*await qrSvg\(/);
    expect(kiosk).toContain('.content.cloneNode(true)');
    const templates = readFileSync('src/components/kiosk/Kiosk.astro', 'utf8');
    for (const kind of ['other-site', 'phone', 'idle'])
      expect(templates, kind).toContain(`<template id="kiosk-dialog-${kind}"`);
  });
  it("takes a phone link's number and whose number it is from its data- attributes, not from its markup", () => {
    expect(kiosk).not.toMatch(/\.phone__number|\.visually-hidden/);
    expect(kiosk).toMatch(/const \{ number, name \} = \(a as HTMLElement\)\.dataset;/);
    expect(readFileSync('src/components/agency/PhoneButton.tsx', 'utf8')).toMatch(
      /class="phone__link" href=\{phone\.href\} data-number=\{phone\.display\} data-name=\{name\}/,
    );
  });
  it('writes a call or text button in one place: the pages, the kiosk and the question pages all use PhoneButton', () => {
    const writers = globSync('src/**/*.{astro,tsx}').filter((f) => /class="phone__link"/.test(readFileSync(f, 'utf8')));
    expect(writers).toEqual(['src/components/agency/PhoneButton.tsx']);
    for (const file of ['src/components/agency/PhoneLink.astro', 'src/islands/TreeGuide.tsx'])
      expect(readFileSync(file, 'utf8'), file).toMatch(/import PhoneButton from '[./a-z-]*PhoneButton\.tsx';/);
  });
});
