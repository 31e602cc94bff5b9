/**
 * Every built page is valid HTML, checked by html-validate with the project's settings
 * (.htmlvalidate.mjs: the recommended rules, and a reason for each one switched off).
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { brokenLinks, htmlProblems } from './page-checks.ts';
import { builtPages } from './site.ts';

test('every built page is valid HTML', async () => {
  test.setTimeout(120_000);
  const pages = builtPages();
  expect(pages.length).toBeGreaterThan(20);
  const problems = await htmlProblems('dist', pages);
  expect(problems.slice(0, 30), `${problems.length} problems`).toEqual([]);
});

test('every link on the site leads to a page the build made, and to an id on it', async () => {
  const { broken, checked } = brokenLinks('dist', builtPages());
  expect(checked).toBeGreaterThan(500);
  expect(broken.slice(0, 30), `${broken.length} broken links`).toEqual([]);
});

test('no word runs into the link after it (a line break before a link in a template is not a space)', () => {
  const joined: string[] = [];
  for (const path of builtPages()) {
    const file = path === '/404.html' ? 'dist/404.html' : `dist${path}index.html`;
    const html = readFileSync(file, 'utf8').replace(/<(script|style|svg)\b[\s\S]*?<\/\1>/gi, '');
    for (const m of html.matchAll(/[a-z,.;:]<a\s[^>]*>[^<]{0,40}/gi)) joined.push(`${path}: …${m[0]}`);
  }
  expect(joined.slice(0, 20), `${joined.length} links joined to the word before them`).toEqual([]);
});
