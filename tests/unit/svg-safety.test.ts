import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { svgProblems } from '../../src/lib/content/svg-safety.ts';

const DIR = join(process.cwd(), 'content', 'drawings');
const kept = readdirSync(DIR).filter((f) => f.endsWith('.svg'));
const drawing = readFileSync(
  join(DIR, kept.find((f) => readFileSync(join(DIR, f), 'utf8').includes('<foreignObject'))!),
  'utf8',
);
const wrap = (inner: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">${inner}</svg>`;

describe('the drawings allow-list', () => {
  it('passes every drawing Mermaid made for the guide', () => {
    expect(kept.length).toBeGreaterThan(3);
    for (const f of kept) expect(svgProblems(readFileSync(join(DIR, f), 'utf8')), f).toEqual([]);
  });

  const hostile: [string, string, string | RegExp][] = [
    ['a script', wrap('<script>localStorage.x = 1</script>'), '<script>'],
    [
      'a script behind a namespace prefix',
      wrap('<x:script xmlns:x="http://www.w3.org/2000/svg">alert(1)</x:script>'),
      '<x:script>',
    ],
    ['an event handler', wrap('<g onclick="alert(1)"/>'), '<g> onclick'],
    [
      'an animation that sets a link',
      wrap('<a href="#x"><set attributeName="href" to="javascript:alert(1)"/></a>'),
      '<set>',
    ],
    ['a link to another site', wrap('<a xlink:href="https://evil.example/">x</a>'), '<a> xlink:href'],
    ['a link that starts with //', wrap('<a href="//evil.example/">x</a>'), '<a> href'],
    ['a picture from elsewhere', wrap('<image href="https://evil.example/x.png"/>'), '<image>'],
    ['another file used', wrap('<use href="/x.svg#a"/>'), '<use> href'],
    [
      'an embedded page',
      wrap('<foreignObject><div xmlns="http://www.w3.org/1999/xhtml"><iframe src="/"></iframe></div></foreignObject>'),
      '<iframe>',
    ],
    ['a label element outside a label', wrap('<p>x</p>'), '<p>'],
    ['styles from elsewhere', wrap('<style>@import "https://evil.example/x.css";</style>'), '<style>'],
    [
      'a background from elsewhere',
      wrap('<style>g{fill:url( "https://evil.example/x.svg#a" )}</style>'),
      /loads "https:\/\/evil\.example\/x\.svg#a" with url\(\)/,
    ],
    ['an address hidden by CSS escapes', wrap('<g style="fill:u\\72l(https://evil.example/)"/>'), '<g> style'],
    ['a marker from another file', wrap('<path marker-end="url(/x.svg#m)"/>'), '<path> marker-end'],
    ['a declared entity', `<!DOCTYPE svg [<!ENTITY s "<script>alert(1)</script>">]>${wrap('&s;')}`, '<!DOCTYPE>'],
    [
      'a style sheet instruction',
      `<?xml-stylesheet href="https://evil.example/x.xsl"?>${wrap('')}`,
      '<?xml-stylesheet?>',
    ],
    ['a CDATA section', wrap('<style><![CDATA[g{}]]></style>'), '<![CDATA['],
    ['another namespace', wrap('<g xmlns="http://www.w3.org/1998/Math/MathML"/>'), '<g> xmlns'],
    ['an attribute Mermaid never writes', wrap('<a href="#x" target="_blank">x</a>'), '<a> target'],
    ['text that is not XML', 'hello', '(file)'],
  ];
  it.each(hostile)('refuses %s, naming what and where', (_name, svg, where) => {
    const problems = svgProblems(svg);
    const hit = problems.find((p) =>
      typeof where === 'string' ? p.where === where || p.where.startsWith(where) : where.test(p.message),
    );
    expect(hit, JSON.stringify(problems)).toBeDefined();
    expect(hit!.line).toBeGreaterThanOrEqual(1);
    expect(hit!.message).toMatch(/Fix: /);
  });

  it('gives the line of the problem in a drawing of several lines', () => {
    const problems = svgProblems(drawing.replace('</style>', '</style>\n\n<script>alert(1)</script>'));
    expect(problems).toEqual([expect.objectContaining({ line: 3, where: '<script>' })]);
  });
});
