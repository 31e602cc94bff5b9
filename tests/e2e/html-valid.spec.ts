/**
 * Every built page is valid HTML, checked by html-validate with the project's settings
 * (.htmlvalidate.mjs: the recommended rules, and a reason for each one switched off).
 */
import { readFileSync } from 'node:fs';
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
