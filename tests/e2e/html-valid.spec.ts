/**
 * Every built page is valid HTML, checked by html-validate with the project's settings
 * (.htmlvalidate.mjs: the recommended rules, and a reason for each one switched off).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import config from '../../.htmlvalidate.mjs';
import { builtPages } from './site.ts';

test('every built page is valid HTML', async () => {
  test.setTimeout(120_000);
  const validator = new HtmlValidate(new StaticConfigLoader(config));
  const problems: string[] = [];
  const pages = builtPages();
  expect(pages.length).toBeGreaterThan(20);
  for (const path of pages) {
    const file = path.endsWith('.html') ? join('dist', path) : join('dist', path, 'index.html');
    const report = await validator.validateString(readFileSync(file, 'utf8'), file);
    for (const r of report.results)
      for (const m of r.messages) problems.push(`${path}:${m.line}:${m.column} ${m.ruleId}: ${m.message}${m.selector ? ` (${m.selector})` : ''}`);
  }
  expect(problems.slice(0, 30), `${problems.length} problems`).toEqual([]);
});

test('every link on the site leads to a page the build made, and to an id on it', async () => {
  const pages = builtPages();
  const htmlOf = (path: string) => readFileSync(path.endsWith('.html') ? join('dist', path) : join('dist', path, 'index.html'), 'utf8');
  const ids = new Map(pages.map((p) => [p, new Set([...htmlOf(p).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]))]));
  const broken: string[] = [];
  let checked = 0;
  for (const from of pages) {
    for (const [, raw] of htmlOf(from).matchAll(/<a\b[^>]*\shref="([^"]*)"/g)) {
      const href = raw.replace(/&amp;/g, '&');
      if (!href.startsWith('/') && !href.startsWith('#')) continue;
      checked++;
      if (href.startsWith('//')) {
        broken.push(`${from}: ${href} (another site without https:)`);
        continue;
      }
      const [pathAndQuery, hash] = href.split('#');
      const path = (pathAndQuery || from).split('?')[0];
      if (!ids.has(path) && !existsSync(join('dist', path))) broken.push(`${from}: ${href} (no such page)`);
      else if (hash && ids.has(path) && !ids.get(path)!.has(decodeURIComponent(hash))) broken.push(`${from}: ${href} (no #${hash} on ${path})`);
    }
  }
  expect(checked).toBeGreaterThan(500);
  expect([...new Set(broken)].slice(0, 30), `${broken.length} broken links`).toEqual([]);
});
