/** The decision tree as the end-to-end tests walk it: shortest answers to each outcome, answered by label. */
import { expect, type Page } from '@playwright/test';
import { nodeMap, pathsToOutcomes, type Answers, type Question } from '../../src/lib/tree/tree.ts';
import { STORAGE_PREFIX } from '../../src/lib/site/storage.ts';
import { readTree } from '../../src/build-tools/content-reader.ts';

export const tree = readTree(process.cwd());
export const byId = nodeMap(tree);

/** The shortest answers that lead to an outcome. */
export function shortest(outcome: string): Answers {
  const all = pathsToOutcomes(tree).get(outcome) ?? [];
  const best = [...all].sort((a, b) => Object.keys(a).length - Object.keys(b).length)[0];
  if (!best) throw new Error(`no path leads to ${outcome}`);
  return best;
}

/** The questions on the way to an outcome, in order, with the label of the answer to tap. */
export function stepsTo(outcome: string): { question: Question; label: string }[] {
  const answers = shortest(outcome);
  const out: { question: Question; label: string }[] = [];
  let at = tree.start;
  while (byId.get(at)?.type === 'question') {
    const q = byId.get(at) as Question;
    const a = q.answers.find((x) => x.value === answers[q.id])!;
    out.push({ question: q, label: a.label });
    at = a.next;
  }
  return out;
}

export const titleOf = (id: string) => {
  const n = byId.get(id)!;
  return n.type === 'question' ? n.question : n.title;
};

/** Wait until every island on the page has hydrated (Astro removes `ssr` from each island then). */
export async function islandsReady(page: Page) {
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
}

/** Answer each question by its label, following where the given answers lead; returns the node reached. */
export async function answerAll(page: Page, answers: Answers): Promise<string> {
  let at = tree.start;
  while (byId.get(at)?.type === 'question') {
    const q = byId.get(at) as Question;
    const a = q.answers.find((x) => x.value === answers[q.id])!;
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(q.question);
    await page.getByRole('link', { name: a.label, exact: true }).click();
    at = a.next;
  }
  return at;
}

/** Tap the first `count` answers on the way to an outcome (all of them when count is left out). */
export async function answerSteps(page: Page, outcome: string, count?: number) {
  const steps = stepsTo(outcome).slice(0, count);
  // On /help/ the guide must be running first: a tap before that follows the plain link and keeps no answers.
  await expect(page.locator('[data-tree][data-ready]')).toBeVisible();
  for (const s of steps) {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(s.question.question);
    await page.getByRole('link', { name: s.label, exact: true }).click();
  }
  return steps.length;
}

/** The keys the guide has stored in this tab and on this device. */
export function storedKeys(page: Page): Promise<string[]> {
  return page.evaluate((prefix) => {
    const keys: string[] = [];
    for (const s of [sessionStorage, localStorage])
      for (let i = 0; i < s.length; i++) if (s.key(i)!.startsWith(prefix)) keys.push(s.key(i)!);
    return keys;
  }, STORAGE_PREFIX);
}
