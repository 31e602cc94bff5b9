/**
 * Every built page is valid HTML, checked by html-validate with the project's settings
 * (.htmlvalidate.mjs: the recommended rules, and a reason for each one switched off).
 */
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
