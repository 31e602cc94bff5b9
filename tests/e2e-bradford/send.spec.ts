/** Bradford's next-steps and service pages carry the send links too, built into the page (tests/e2e/send.spec.ts has the journeys). */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { builtPages } from '../e2e/site.ts';
import { byId } from '../e2e/journeys.ts';
import { helpNode } from '../../src/lib/site/routes.ts';

test('every next-steps page and every service page has the text and email links', () => {
  const pages = builtPages('dist-bradford');
  const outcomes = pages.filter((p) => byId.get(/^\/help\/([^/]+)\/$/.exec(p)?.[1] ?? '')?.type === 'outcome');
  const services = pages.filter((p) => /^\/services\/[^/]+\/$/.test(p));
  expect(outcomes.length).toBeGreaterThan(10);
  expect(services.length).toBeGreaterThan(10);
  const missing = [...outcomes, ...services].filter((p) => {
    const html = readFileSync(`dist-bradford${p}index.html`, 'utf8');
    return !html.includes('href="sms:?body=') || !html.includes('href="mailto:?subject=');
  });
  expect(missing).toEqual([]);
});

test('the text names Bradford’s first contact for someone with nowhere to stay tonight', async ({ page }) => {
  await page.goto(helpNode('nowhere-tonight'));
  const part = page.getByRole('region', { name: 'Send these next steps' });
  await part.getByText('Send these next steps').click();
  await expect(part).toHaveAttribute('data-send-ready', '');
  const href = (await part.getByRole('link', { name: 'Send to a phone' }).getAttribute('href'))!;
  const body = decodeURIComponent(href.slice('sms:?body='.length));
  const first = await page.locator('.first-step__name a').first().textContent();
  // Named even with no number: the page the text links to says how to reach them.
  expect(body.split('\n').some((line) => line.startsWith(first!.trim()))).toBe(true);
  // Bradford has a public address: the text carries it, not the address the page was opened at.
  expect(body.split('\n').at(-1)).toMatch(/^https:\/\/[^/]+\/help\/nowhere-tonight\/$/);
});
