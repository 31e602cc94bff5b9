/**
 * What an edition's local.yaml adds, checked on the built site for each edition: every local step
 * is on its outcome's page (on screen and when printed) under "In <edition>", with its sources;
 * every local contact is under "Who else can help"; the duty-to-refer route is on the
 * professional outcome; every local guide paragraph ends its guide page. Data-driven: it reads the
 * edition's local.yaml, so it checks whatever the edition says.
 */
import { expect, test, type Page } from '@playwright/test';
import { readEdition, readFolder, readLocal, readTree } from '../../src/build-tools/content-reader.ts';
import { DUTY_TO_REFER_OUTCOME } from '../../src/lib/present/local.ts';
import { easyNode, guideHref, helpNode } from '../../src/lib/site/routes.ts';

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

async function openOutcome(page: Page, id: string) {
  await page.goto(helpNode(id));
  await expect(page.locator(`[data-outcome="${id}"]`)).toBeVisible();
}

export function localAdditionTests(edition: string) {
  const root = process.cwd();
  const name = readEdition(root, edition)!.name;
  const local = readLocal(root, edition);
  const agencies = readFolder(root, 'agencies', edition);
  const agencyNames = new Map(agencies.map((f) => [f.id, (f.data as { name: string }).name]));
  const agencyPhones = new Map(
    agencies.map((f) => [f.id, ((f.data as { phones?: { number: string }[] }).phones ?? []).map((p) => p.number)]),
  );
  const outcomes = Object.entries(local?.outcomes ?? {});
  const tree = readTree(root);

  test(`${edition}: every local step is on its outcome's page under "In ${name}", on screen and printed, with its sources`, async ({
    page,
  }) => {
    for (const [id, o] of outcomes.filter(([, o]) => o.steps.length)) {
      await openOutcome(page, id);
      const section = page.locator('[data-local-steps]');
      await expect(section.getByRole('heading', { name: `In ${name}` })).toBeVisible();
      const shown = (await section.locator('[data-local-step]').allTextContents()).map(squash);
      expect(shown, `outcome ${id}`).toEqual(o.steps.map((s) => squash(s.text)));
      // Right after the national "What to do next" steps.
      const after = await page.evaluate(
        () => document.querySelector('.outcome__steps')?.nextElementSibling?.hasAttribute('data-local-steps') ?? false,
      );
      expect(after, `outcome ${id}: local steps follow "What to do next"`).toBe(true);
      for (const s of o.steps.flatMap((x) => x.sources))
        await expect(page.locator(`[data-local-sources] a[href="${s.url}"]`).first()).toBeAttached();
      await page.emulateMedia({ media: 'print' });
      await expect(section).toBeVisible();
      await page.emulateMedia({ media: 'screen' });
    }
  });

  test(`${edition}: every local contact is under "Who else can help" or "Do this first"`, async ({ page }) => {
    for (const [id, o] of outcomes.filter(([, o]) => o.contacts.length)) {
      await openOutcome(page, id);
      const text = squash((await page.locator(`[data-outcome="${id}"]`).textContent()) ?? '');
      for (const c of o.contacts) expect(text, `outcome ${id} names ${c}`).toContain(squash(agencyNames.get(c)!));
    }
  });

  test(`${edition}: every local contact is on its easy read outcome too, with its name and first phone number`, async ({
    page,
  }) => {
    const withContacts = outcomes.filter(([, o]) => o.contacts.length);
    expect(withContacts.length, 'outcomes with local contacts').toBeGreaterThan(0);
    for (const [id, o] of withContacts) {
      await page.goto(easyNode(id));
      const outcome = page.locator(`article.easy-outcome[data-outcome="${id}"]`);
      await expect(outcome).toBeVisible();
      for (const c of o.contacts) {
        const name = squash(agencyNames.get(c)!);
        await expect(
          outcome.locator('.agency-card__name', { hasText: name }),
          `easy read ${id} names ${c}`,
        ).toBeVisible();
        const number = agencyPhones.get(c)?.[0];
        if (number)
          expect(squash((await outcome.textContent()) ?? ''), `easy read ${id}: ${c}'s number`).toContain(number);
      }
    }
  });

  test(`${edition}: an easy read outcome with local steps says there is more help in ${name}, and links to the standard page`, async ({
    page,
  }) => {
    // Every outcome the edition adds steps to (Medway adds none today; Bradford adds several).
    for (const [id] of outcomes.filter(([, o]) => o.steps.length)) {
      await page.goto(easyNode(id));
      const section = page.locator(`article.easy-outcome[data-outcome="${id}"] [data-easy-local]`);
      await expect(section.getByRole('heading', { name: `In ${name}` }), `easy read ${id}`).toBeVisible();
      await expect(section).toContainText(`There is more help in ${name}.`);
      await expect(section.getByRole('img', { name: 'A signpost' })).toBeVisible();
      await section.getByRole('link', { name: 'Go to the standard page' }).click();
      await expect(page.locator(`[data-outcome="${id}"] [data-local-steps]`)).toBeVisible();
    }
    // An outcome with no local steps says nothing of them.
    const without = tree.nodes.find((n) => n.type === 'outcome' && !local?.outcomes[n.id]?.steps.length);
    await page.goto(easyNode(without!.id));
    await expect(page.locator(`article.easy-outcome[data-outcome="${without!.id}"]`)).toBeVisible();
    await expect(page.locator('[data-easy-local]')).toHaveCount(0);
  });

  test(`${edition}: the professional outcome shows how to refer to the council, when the edition gives the route`, async ({
    page,
  }) => {
    const refer = local?.council.duty_to_refer;
    await openOutcome(page, DUTY_TO_REFER_OUTCOME);
    const section = page.locator('[data-duty-to-refer]');
    if (!refer) {
      await expect(section).toHaveCount(0);
      return;
    }
    await expect(section.getByRole('heading', { name: `How to refer in ${name}` })).toBeVisible();
    await expect(section).toContainText(squash(refer.how));
    if (refer.url) await expect(section.locator(`a[href="${refer.url}"]`)).toBeVisible();
    if (refer.email) await expect(section.locator(`a[href="mailto:${refer.email}"]`)).toBeVisible();
    // "What to include" is folded on screen: a tap opens it, and it prints open.
    if (refer.include.length) {
      await section.getByText('What to include').click();
      for (const item of refer.include) await expect(section.getByText(squash(item))).toBeVisible();
    }
  });

  test(`${edition}: every local guide paragraph ends its page under "In ${name}", with its sources`, async ({
    page,
  }) => {
    for (const [id, paragraphs] of Object.entries(local?.guides ?? {})) {
      await page.goto(guideHref(id));
      const section = page.locator('[data-local-paragraphs]');
      await expect(section.getByRole('heading', { name: `In ${name}` })).toBeVisible();
      expect((await section.locator('[data-local-paragraph]').allTextContents()).map(squash)).toEqual(
        paragraphs.map((p) => squash(p.text)),
      );
      for (const s of paragraphs.flatMap((p) => p.sources))
        await expect(section.locator(`a[href="${s.url}"]`)).toBeVisible();
    }
  });
}
