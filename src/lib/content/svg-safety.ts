/**
 * Is a drawing safe to publish? Every SVG the site serves (the flowchart's files, the booklet's
 * and guide pages' drawings) is Mermaid's output, kept in content/drawings/. A file there could be
 * edited by hand, so each is read as XML (as a browser reads an .svg file opened at its own
 * address) and checked against an allow-list: Mermaid's own SVG elements and attributes, its
 * labels (<foreignObject> holding <div>, <span>, <p> and <br>), and nothing else. Scripts, event
 * handlers, links and references to other sites or files, and XML tricks (DOCTYPE, entities,
 * CDATA, processing instructions) are refused, each with its line.
 */
import sax from 'sax';

export interface SvgProblem {
  /** The line of the file (1 = first). */
  line: number;
  /** The element or attribute at fault, for example <script> or <a> xlink:href. */
  where: string;
  message: string;
}

/** SVG elements Mermaid writes. */
const SVG_ELEMENTS = new Set([
  'svg',
  'g',
  'defs',
  'style',
  'title',
  'desc',
  'marker',
  'path',
  'rect',
  'circle',
  'ellipse',
  'line',
  'polyline',
  'polygon',
  'text',
  'tspan',
  'a',
  'foreignObject',
  'linearGradient',
  'radialGradient',
  'stop',
  'filter',
  'feDropShadow',
  'feGaussianBlur',
  'feOffset',
  'feFlood',
  'feComposite',
  'feMerge',
  'feMergeNode',
  'feBlend',
  'clipPath',
  'symbol',
  'use',
]);
/** HTML Mermaid writes inside a <foreignObject> label, and only there. */
const LABEL_ELEMENTS = new Set(['div', 'span', 'p', 'br']);

/** Attributes Mermaid writes (besides aria-* and data-*). */
const ATTRIBUTES = new Set([
  'id',
  'class',
  'style',
  'role',
  'width',
  'height',
  'x',
  'y',
  'x1',
  'y1',
  'x2',
  'y2',
  'dx',
  'dy',
  'cx',
  'cy',
  'r',
  'rx',
  'ry',
  'd',
  'points',
  'transform',
  'viewBox',
  'preserveAspectRatio',
  'version',
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'alignment-baseline',
  'letter-spacing',
  'text-decoration',
  'xml:space',
  'marker-start',
  'marker-mid',
  'marker-end',
  'markerWidth',
  'markerHeight',
  'markerUnits',
  'refX',
  'refY',
  'orient',
  'offset',
  'stop-color',
  'stop-opacity',
  'gradientUnits',
  'gradientTransform',
  'x1',
  'filterUnits',
  'stdDeviation',
  'flood-color',
  'flood-opacity',
  'in',
  'in2',
  'result',
  'mode',
  'operator',
  'clip-path',
  'clipPathUnits',
  'filter',
  'mask',
  'visibility',
  'display',
  'textLength',
  'lengthAdjust',
  'href',
  'xlink:href',
  'xmlns',
  'xmlns:xlink',
]);

/** The only namespaces a drawing may declare: SVG, XLink (for links) and XHTML (for labels). */
const NAMESPACES: Record<string, readonly string[]> = {
  xmlns: ['http://www.w3.org/2000/svg', 'http://www.w3.org/1999/xhtml'],
  'xmlns:xlink': ['http://www.w3.org/1999/xlink'],
};

const FIX =
  'Fix: delete the file and build again (the build draws it afresh from its Mermaid text), or restore it with git checkout.';

/** A link inside a drawing may go to a part of it (#id) or a page of this site (/path). */
function linkAllowed(value: string, element: string): boolean {
  const v = value.trim();
  if (/^#[\w.:-]+$/.test(v)) return true;
  return element === 'a' && /^\/(?!\/)[^\s\\]*$/.test(v) && !/[<>"']/.test(v);
}

/** CSS in a drawing (its <style> or a style="" attribute): no imports, no addresses but #ids, no script. */
function cssProblem(css: string): string | null {
  if (/@import/i.test(css)) return 'loads other styles with @import';
  if (/\\/.test(css)) return 'uses CSS escapes (\\), which can hide an address';
  const rest = css.replace(/url\s*\(\s*(['"]?)#[\w.:-]+\1\s*\)/gi, '');
  const other = /url\s*\(\s*['"]?([^'")]*)/i.exec(rest);
  if (other) return `loads "${other[1]!.trim()}" with url(), which is not a part of the drawing`;
  if (/expression\s*\(|javascript:|behavior\s*:|-moz-binding/i.test(css)) return 'holds script';
  if (/<\//.test(css)) return 'holds a closing tag (</)';
  return null;
}

/** Every reason the SVG text is not safe to publish; empty when it is. */
export function svgProblems(svg: string): SvgProblem[] {
  const problems: SvgProblem[] = [];
  const parser = sax.parser(true, { xmlns: false, position: true, strictEntities: true });
  const stack: string[] = [];
  const line = () => parser.line + 1;
  const refuse = (where: string, message: string) =>
    problems.push({ line: line(), where, message: `${message} ${FIX}` });
  let rootSeen = false;
  let broken = false;

  parser.onerror = (e: Error) => {
    if (!broken) refuse('(file)', `cannot be read as SVG: ${e.message.split('\n')[0]!.replace(/\.+$/, '')}.`);
    broken = true;
    // Stop reading: one message for a file that is not well-formed.
    throw e;
  };
  parser.ondoctype = () =>
    refuse('<!DOCTYPE>', 'a <!DOCTYPE> is not allowed in a drawing (it can declare entities that hide script).');
  parser.onprocessinginstruction = (pi: { name: string }) => {
    if (pi.name.toLowerCase() === 'xml' && !rootSeen) return;
    refuse(
      `<?${pi.name}?>`,
      `the processing instruction <?${pi.name}?> is not allowed in a drawing (it can load a style sheet from elsewhere).`,
    );
  };
  parser.oncdata = () =>
    refuse(
      '<![CDATA[',
      'a CDATA section is not allowed in a drawing (browsers read it differently in a page and in a file).',
    );
  parser.oncomment = () => refuse('<!-- -->', 'a comment is not allowed in a drawing (Mermaid writes none).');
  parser.onopentag = (node: { name: string; attributes: Record<string, string> }) => {
    const name = node.name;
    const parent = stack.at(-1);
    const inLabel = stack.includes('foreignObject');
    stack.push(name);
    if (!parent) {
      if (rootSeen || name !== 'svg') refuse(`<${name}>`, `a drawing must be one <svg> element, not <${name}>.`);
      rootSeen = true;
    } else if (name === 'svg') {
      refuse('<svg>', 'an <svg> inside the drawing is not allowed.');
    } else if (LABEL_ELEMENTS.has(name)) {
      if (!inLabel)
        refuse(
          `<${name}>`,
          `<${name}> is only allowed inside a label (<foreignObject>); elsewhere a page reads it as HTML and leaves the drawing.`,
        );
    } else if (!SVG_ELEMENTS.has(name) || inLabel) {
      const why =
        /^(script|iframe|object|embed|image|img|audio|video|handler|listener|animate|set|animateMotion|animateTransform|meta|link|base|form|input|button)$/i.test(
          name,
        )
          ? ' (it can run script or load something from elsewhere)'
          : '';
      refuse(
        `<${name}>`,
        `<${name}> is not one of the elements Mermaid draws${inLabel ? ' in a label' : ''}, so it is not allowed${why}.`,
      );
    }
    for (const [attr, value] of Object.entries(node.attributes)) {
      const where = `<${name}> ${attr}`;
      if (/^on/i.test(attr)) {
        refuse(where, `the attribute ${attr} runs script and is not allowed.`);
      } else if (attr in NAMESPACES) {
        if (!NAMESPACES[attr]!.includes(value))
          refuse(where, `the namespace "${value}" is not allowed (only SVG, XLink and XHTML).`);
      } else if (!ATTRIBUTES.has(attr) && !/^(aria|data)-[a-z0-9-]+$/.test(attr)) {
        refuse(where, `the attribute ${attr} is not one Mermaid writes, so it is not allowed.`);
      } else if (attr === 'href' || attr === 'xlink:href') {
        if (!linkAllowed(value, name))
          refuse(
            where,
            name === 'a'
              ? `the link "${value}" leaves the drawing for another site, a file or a script: only #parts of the drawing and pages of this site (starting with /) are allowed.`
              : `"${value}" is not a part of this drawing (#id): <${name}> may not load anything from elsewhere.`,
          );
      } else if (attr === 'style') {
        const why = cssProblem(value);
        if (why) refuse(where, `the CSS in style="" ${why}, which is not allowed.`);
      } else if (/url\s*\(/i.test(value) && cssProblem(value)) {
        refuse(where, `the value ${cssProblem(value)}, which is not allowed.`);
      } else if (/javascript:|data:/i.test(value)) {
        refuse(where, `the value "${value}" holds an address that can run script.`);
      }
    }
  };
  let styleText = '';
  parser.ontext = (text: string) => {
    if (stack.at(-1) === 'style') styleText += text;
    else if (!stack.length && text.trim()) refuse('(file)', 'has text outside the <svg> element.');
  };
  parser.onclosetag = (name: string) => {
    if (name === 'style') {
      const why = cssProblem(styleText);
      if (why) refuse('<style>', `the CSS in <style> ${why}, which is not allowed.`);
      styleText = '';
    }
    stack.pop();
  };
  try {
    parser.write(svg).close();
  } catch {
    // Already reported by onerror.
  }
  if (!rootSeen && !broken) problems.push({ line: 1, where: '(file)', message: `has no <svg> element. ${FIX}` });
  return problems;
}
