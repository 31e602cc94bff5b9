/**
 * The text of a guide page (the MDX after its frontmatter), checked like data: it may use
 * Markdown and the guide's own components only. Raw HTML, event handlers, scripts, embedded
 * pages, code expressions, imports and unsafe links are refused, each with its line and a fix.
 * Also lists the page's links and heading ids, so links can be checked against the site's pages.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import GithubSlugger from 'github-slugger';
import { hiddenCharacterProblem } from './schema.ts';

/**
 * Ids the page layout and the components on every guide page already use (src/layouts/Page.astro,
 * the crisis panel and strip, the save-offline box, the kiosk dialog, the guide page's own
 * "Who can help"): a heading in a guide page may not take one.
 */
export const LAYOUT_IDS: readonly string[] = [
  'main',
  'site-menu',
  'crisis-help',
  'crisis-help-title',
  'crisis-strip-title',
  'save-offline-heading',
  'kiosk-dialog-title',
  'kiosk-dialog-other-site',
  'kiosk-dialog-phone',
  'kiosk-dialog-idle',
  'who-can-help',
];

/** The longest paragraph a guide page may have: longer text is hard to read on a phone. */
const MAX_PARAGRAPH = 1500;

/** Components a guide page may use. None yet: add a component here and to the guide page template together. */
const GUIDE_COMPONENTS: readonly string[] = [];

export interface TextProblem {
  line: number;
  message: string;
}
interface PageLink {
  url: string;
  line: number;
}
export interface GuideText {
  problems: TextProblem[];
  /** Every link and image address, with its line in the file. */
  links: PageLink[];
  /** The ids the page's headings get (as the site makes them). */
  headingIds: string[];
}

const DANGEROUS_ELEMENTS = new Set([
  'script',
  'iframe',
  'object',
  'embed',
  'frame',
  'frameset',
  'style',
  'link',
  'meta',
  'base',
  'form',
]);

/** Schemes a link may use; anything else (javascript:, data:, http:, file: ...) is refused. */
function linkProblem(url: string, kind: 'link' | 'image'): string | null {
  const u = url.trim();
  if (kind === 'image') {
    if (u.startsWith('/') && !u.startsWith('//')) return null;
    return `the picture address "${u}" is not on this site. Fix: put the picture in public/ and link to it with a path starting with / (the site loads nothing from other sites).`;
  }
  if (/^https:\/\/[^\s/]+/i.test(u)) return null;
  if (/^mailto:\S+$/i.test(u)) {
    // Only a subject and a body may be filled in: cc, bcc or to would send the email to people the reader does not see.
    const query = u.slice(u.indexOf('?') + 1);
    const extra = u.includes('?')
      ? query
          .split('&')
          .map((p) => decodeURIComponent(p.split('=')[0]).toLowerCase())
          .find((k) => k !== 'subject' && k !== 'body')
      : undefined;
    if (extra !== undefined)
      return `the email link "${u}" adds "${extra}", which could send the email to people the reader does not see. Fix: link to one address, with only ?subject= or &body= after it.`;
    if (/[,;]|%2c|%3b/i.test(u.slice(7).split('?')[0]))
      return `the email link "${u}" sends to more than one address. Fix: link to one address.`;
    return null;
  }
  if (/^(tel|sms):\S+$/i.test(u)) return null;
  if (u.startsWith('/') && !u.startsWith('//')) return null;
  if (u.startsWith('#') && u.length > 1) return null;
  if (/^http:/i.test(u)) return `the link "${u}" is not secure (http). Fix: use the https:// address of the page.`;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(u)?.[1];
  if (scheme)
    return `the link "${u}" uses "${scheme}:", which is not allowed. Fix: link with https://, tel:, mailto: or a path on this site starting with /.`;
  return `the link "${u}" is not a full address. Fix: link with https://, tel:, mailto: or a path on this site starting with / (for example /guide/crisis/).`;
}

/**
 * Refuses Mermaid features that run script, change the safety settings or reach other sites:
 * settings (a --- block, also after blank lines, and %%{ }%% directives), click, link and callback
 * lines, and links, addresses or url() anywhere in the text. `firstLine` is the line of the fence.
 */
export function mermaidProblems(code: string, firstLine: number): TextProblem[] {
  const problems: TextProblem[] = [];
  let settings = false;
  code.split('\n').forEach((text, i) => {
    const line = firstLine + 1 + i;
    const action = /^\s*(click|links?|callback)\b/i.exec(text)?.[1]?.toLowerCase();
    if (action) {
      problems.push({
        line,
        message: `a Mermaid "${action}" line is not allowed (it turns a box into a link or a script). Fix: delete the ${action} line, and put the link in the page text.`,
      });
    }
    if (!settings && (/%%\s*\{/.test(text) || /^\s*---\s*$/.test(text))) {
      settings = true;
      problems.push({
        line,
        message:
          "Mermaid settings inside a drawing are not allowed (they can switch off its safety settings or add styles). Fix: delete the %%{ ... }%% or --- settings block; every drawing uses the guide's own settings.",
      });
    }
    if (/\b(href|javascript:|callback)\b/i.test(text)) {
      problems.push({
        line,
        message:
          'a Mermaid drawing may not contain links or scripts. Fix: remove it, and put the link in the page text.',
      });
    } else if (/[a-z][a-z0-9+.-]*:\/\/|url\s*\(|@import/i.test(text)) {
      problems.push({
        line,
        message:
          'a Mermaid drawing may not load anything from elsewhere or hold a web address (url(), @import, https://...). Fix: remove it, and put the link in the page text.',
      });
    }
  });
  return problems;
}

/** The ```mermaid blocks of a guide page's text, each with the line of its opening fence in the file. */
export function mermaidBlocks(body: string, firstLine = 1): { code: string; line: number }[] {
  if (!/mermaid/i.test(body)) return [];
  let tree: Node;
  try {
    tree = processor.parse(body) as Node;
  } catch {
    return []; // checkGuideText reports a page that cannot be read
  }
  const blocks: { code: string; line: number }[] = [];
  const walk = (n: Node) => {
    if (n.type === 'code' && (n.lang ?? '').toLowerCase() === 'mermaid')
      blocks.push({ code: n.value ?? '', line: (n.position?.start.line ?? 1) + firstLine - 1 });
    for (const c of n.children ?? []) walk(c);
  };
  walk(tree);
  return blocks;
}

interface Node {
  type: string;
  name?: string | null;
  url?: string;
  lang?: string | null;
  value?: string;
  depth?: number;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { line: number } };
}

function textOf(n: Node): string {
  if (typeof n.value === 'string' && n.type !== 'mdxFlowExpression' && n.type !== 'mdxTextExpression') return n.value;
  return (n.children ?? []).map(textOf).join('');
}

const processor = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

/**
 * Checks a guide page's text. `firstLine` is the line of the file where `body` starts, so
 * every line number is the file's own.
 */
export function checkGuideText(body: string, firstLine = 1): GuideText {
  const problems: TextProblem[] = [];
  const links: PageLink[] = [];
  const headingIds: string[] = [];
  const at = (n: Node) => (n.position?.start.line ?? 1) + firstLine - 1;
  let tree: Node;
  try {
    tree = processor.parse(body) as Node;
  } catch (e) {
    const err = e as { line?: number; reason?: string; message: string };
    const line = (err.line ?? 1) + firstLine - 1;
    const reason = (err.reason ?? err.message).split('\n')[0];
    return {
      problems: [
        {
          line,
          message: `cannot be read as a guide page: ${reason}. Fix: check that every < and { on this line is meant; to show them as text write \\< and \\{, and close every tag you open.`,
        },
      ],
      links,
      headingIds,
    };
  }
  body.split('\n').forEach((lineText, i) => {
    const hidden = hiddenCharacterProblem(lineText);
    if (hidden) problems.push({ line: firstLine + i, message: hidden });
  });
  const slugger = new GithubSlugger();
  const walk = (n: Node) => {
    switch (n.type) {
      case 'mdxjsEsm':
        problems.push({
          line: at(n),
          message:
            'import and export lines are not allowed in guide pages. Fix: delete the line; guide pages use Markdown only.',
        });
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        problems.push({
          line: at(n),
          message:
            'code in { } is not allowed in guide pages. Fix: write plain text; to show a curly bracket write \\{.',
        });
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = n.name ?? '';
        if (!name) {
          problems.push({ line: at(n), message: 'an empty tag <> is not allowed. Fix: delete it.' });
        } else if (DANGEROUS_ELEMENTS.has(name.toLowerCase())) {
          problems.push({
            line: at(n),
            message: `<${name}> is not allowed in guide pages (it can run script or load another site). Fix: delete it; to send people to another site, write a link: [words](https://...).`,
          });
        } else if (!GUIDE_COMPONENTS.includes(name)) {
          problems.push({
            line: at(n),
            message: /^[a-z]/.test(name)
              ? `raw HTML (<${name}>) is not allowed in guide pages. Fix: use Markdown instead, for example ## for a heading, **bold**, - for a list, [words](https://...) for a link.`
              : `<${name}> is not one of the guide's components (${GUIDE_COMPONENTS.length ? GUIDE_COMPONENTS.join(', ') : 'there are none yet'}). Fix: use Markdown instead.`,
          });
        }
        for (const a of n.attributes ?? []) {
          if (a.type === 'mdxJsxAttribute' && a.name && /^on/i.test(a.name)) {
            problems.push({
              line: at(n),
              message: `the attribute ${a.name} runs script and is not allowed. Fix: delete it.`,
            });
          } else if (a.type === 'mdxJsxExpressionAttribute') {
            problems.push({
              line: at(n),
              message: 'attributes written as code ({...}) are not allowed. Fix: delete them.',
            });
          } else if (a.type === 'mdxJsxAttribute' && a.value && typeof a.value === 'object') {
            problems.push({
              line: at(n),
              message: `the attribute ${a.name} is written as code. Fix: write its value in quotes.`,
            });
          }
        }
        break;
      }
      case 'html':
        problems.push({ line: at(n), message: 'raw HTML is not allowed in guide pages. Fix: use Markdown instead.' });
        return;
      case 'link':
      case 'definition':
      case 'image': {
        const url = n.url ?? '';
        const problem = linkProblem(url, n.type === 'image' ? 'image' : 'link');
        if (problem) problems.push({ line: at(n), message: problem });
        else links.push({ url: url.trim(), line: at(n) });
        break;
      }
      case 'code':
        if ((n.lang ?? '').toLowerCase() === 'mermaid') problems.push(...mermaidProblems(n.value ?? '', at(n)));
        return;
      case 'heading': {
        const id = slugger.slug(textOf(n));
        if (LAYOUT_IDS.includes(id))
          problems.push({
            line: at(n),
            message: `the heading "${textOf(n)}" would get the id "${id}", which every page already uses (${LAYOUT_IDS.join(', ')}), so links and the skip link would go to the wrong place. Fix: reword the heading, for example "${textOf(n)} for you".`,
          });
        headingIds.push(id);
        break;
      }
      case 'paragraph': {
        const length = textOf(n).length;
        if (length > MAX_PARAGRAPH)
          problems.push({
            line: at(n),
            message: `a paragraph of ${length} characters is too long (over ${MAX_PARAGRAPH}). Fix: split it into short paragraphs of a few sentences each, with headings between the parts.`,
          });
        break;
      }
    }
    for (const c of n.children ?? []) walk(c);
  };
  walk(tree);
  return { problems, links, headingIds };
}
