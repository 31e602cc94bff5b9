/**
 * Checks every page of a built site must pass, for any built folder: dist/ (every-page, html-valid
 * and csp specs) and the site built for printing with its booklet pages (booklet.spec.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type BrowserContext, type Page } from '@playwright/test';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import config from '../../.htmlvalidate.mjs';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

const fileOf = (dir: string, path: string) =>
  path.endsWith('.html') ? join(dir, path) : join(dir, path, 'index.html');

/** The axe (WCAG 2.2 A and AA) problems of the page as it is now, one line each. */
export async function axeProblems(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** With JavaScript off, the page still has one main heading, the crisis numbers, quick exit and the skip link. */
export async function expectEssentialsWithoutScripts(page: Page) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  await expect(page.locator('#crisis-help a[href="tel:999"]')).toBeVisible();
  await expect(page.locator('#crisis-help a[href="tel:116123"]')).toBeVisible();
  await expect(page.getByRole('link', { name: /Leave this page/ })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toHaveAttribute('href', '#main');
}

/** html-validate's problems with the pages `paths` of the site built in `dir`, with the project's settings. */
export async function htmlProblems(dir: string, paths: readonly string[]): Promise<string[]> {
  const validator = new HtmlValidate(new StaticConfigLoader(config));
  const problems: string[] = [];
  for (const path of paths) {
    const file = fileOf(dir, path);
    const report = await validator.validateString(readFileSync(file, 'utf8'), file);
    for (const r of report.results)
      for (const m of r.messages)
        problems.push(`${path}:${m.line}:${m.column} ${m.ruleId}: ${m.message}${m.selector ? ` (${m.selector})` : ''}`);
  }
  return problems;
}

/**
 * The links on this site, on the pages `from` of the site built in `dir`, that lead to no page of
 * that site (`pages`, every page it has) or to an id not on it; and how many links were checked.
 */
export function brokenLinks(
  dir: string,
  pages: readonly string[],
  from: readonly string[] = pages,
): { broken: string[]; checked: number } {
  const htmlOf = (path: string) => readFileSync(fileOf(dir, path), 'utf8');
  const ids = new Map(pages.map((p) => [p, new Set([...htmlOf(p).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]))]));
  const broken: string[] = [];
  let checked = 0;
  for (const page of from) {
    for (const [, raw] of htmlOf(page).matchAll(/<a\b[^>]*\shref="([^"]*)"/g)) {
      const href = raw.replace(/&amp;/g, '&');
      if (!href.startsWith('/') && !href.startsWith('#')) continue;
      checked++;
      if (href.startsWith('//')) {
        broken.push(`${page}: ${href} (another site without https:)`);
        continue;
      }
      const [pathAndQuery, hash] = href.split('#');
      const path = (pathAndQuery || page).split('?')[0];
      if (!ids.has(path) && !existsSync(join(dir, path))) broken.push(`${page}: ${href} (no such page)`);
      else if (hash && ids.has(path) && !ids.get(path)!.has(decodeURIComponent(hash)))
        broken.push(`${page}: ${href} (no #${hash} on ${path})`);
    }
  }
  return { broken: [...new Set(broken)], checked };
}

/** Records every CSP violation in the context's pages (and console reports of one) from the first script on. */
export async function watchPolicy(context: BrowserContext): Promise<string[]> {
  const seen: string[] = [];
  await context.exposeBinding('__cspViolation', (_src, v: string) => void seen.push(v));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __cspViolation: (v: string) => void }).__cspViolation(
        `${location.pathname}: ${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber}) ${e.sample}`,
      );
    });
  });
  context.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) seen.push(`${m.location().url}: ${m.text().slice(0, 160)}`);
  });
  return seen;
}

/** The distinct violations, a few at most, so a failure reads clearly. */
export const distinctViolations = (v: string[]) => [...new Set(v)].slice(0, 12);
