import { expect, test, type Page } from '@playwright/test';
import { nodeMap, pathsToOutcomes, type Answers, type Question } from '../../src/lib/tree/tree.ts';
import { mermaidNodeId } from '../../src/lib/tree/tree-mermaid.ts';
import { openOutcomeWatchingScripts, stubNeutralSite } from './site.ts';
import { pressPrint } from './outcome-length.ts';
import { SITUATIONS } from '../situations.ts';
import { TREE_SESSION_KEY } from '../../src/lib/site/storage.ts';
import { FLOWCHART, HELP, helpNode } from '../../src/lib/site/routes.ts';
import { glossaryFileSchema, outcomeWords } from '../../src/lib/content/plain-english.ts';
import { GLOSSARY_FILE } from '../../src/lib/content/content-paths.ts';
import { readLocal, readTree, readContentFile } from '../../src/build-tools/content-reader.ts';

const tree = readTree(process.cwd());
const byId = nodeMap(tree);
const shortest = (id: string) =>
  (pathsToOutcomes(tree).get(id) ?? []).sort((a, b) => Object.keys(a).length - Object.keys(b).length)[0];

/** Answer questions by their visible labels, following the path the answers give. */
async function answerAll(page: Page, answers: Answers) {
  let at = tree.start;
  let taps = 0;
  while (byId.get(at)?.type === 'question') {
    const q = byId.get(at) as Question;
    const a = q.answers.find((x) => x.value === answers[q.id])!;
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(q.question);
    await page.getByRole('link', { name: a.label, exact: true }).click();
    taps++;
    at = a.next;
  }
  return { outcome: at, taps };
}

for (const js of [true, false]) {
  test.describe(`journeys with JavaScript ${js ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled: js, viewport: { width: 320, height: 640 } });
    for (const { name, answers, outcome, shows } of SITUATIONS) {
      test(`${name} reaches "${outcome}" from the home page`, async ({ page }) => {
        await page.goto('/');
        await page.getByRole('link', { name: 'Start now' }).click();
        if (js) await expect(page.locator('[data-tree][data-ready]')).toBeVisible();
        const { outcome: reached, taps } = await answerAll(page, answers);
        expect(reached).toBe(outcome);
        expect(taps + 1).toBeLessThanOrEqual(8);
        await expect(page).toHaveURL(new RegExp(`${helpNode(outcome)}$`));
        const o = byId.get(outcome)!;
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(o.type === 'outcome' ? o.title : '');
        await expect(page.locator('main')).toContainText(shows);
        // Every outcome names someone to call.
        await expect(page.locator('main a[href^="tel:"]').first()).toBeVisible();
      });
    }
  });
}

for (const js of [true, false]) {
  test(`not sure about danger (JavaScript ${js ? 'on' : 'off'}): help now with what each number is for, then on to the housing questions`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: js, viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    await page.goto(HELP);
    if (js) await expect(page.locator('[data-tree][data-ready]')).toBeVisible();
    await page.getByRole('link', { name: 'I’m not sure', exact: true }).click();
    const help = page.getByRole('region', { name: 'Help now, day or night' });
    await expect(help.locator('a[href="tel:999"]')).toBeVisible();
    // A number for a particular need says what it is for, as it does everywhere else.
    await expect(help.locator('.phone', { has: page.locator('a[href="tel:18000"]') })).toContainText(/text relay/);
    await page.getByRole('link', { name: /^Yes, go on to the housing questions/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Who are you looking for help for?');
    await context.close();
  });
}

test.describe('the interactive guide', () => {
  test('immediate danger reaches 999 in one tap', async ({ page }) => {
    await page.goto(HELP);
    await page.getByRole('link', { name: /Yes, someone’s life is at risk/ }).click();
    await expect(page).toHaveURL(/\/help\/emergency\/$/);
    await expect(page.locator('main a[href="tel:999"]').first()).toBeVisible();
  });

  test('moves focus to each new question, shows progress, and keeps answers out of the address', async ({ page }) => {
    await page.goto(HELP);
    await expect(page.locator('[data-tree][data-ready]')).toBeVisible();
    await expect(page.getByText('Question 1 of up to 5')).toBeVisible();
    await page.getByRole('link', { name: 'No, no one is in danger right now' }).click();
    const h1 = page.getByRole('heading', { level: 1 });
    await expect(h1).toHaveText('Who are you looking for help for?');
    await expect(h1).toBeFocused();
    await expect(page.getByText('Question 2 of up to 4')).toBeVisible();
    await expect(page).toHaveURL(/\/help\/$/);
    await expect(page.getByRole('region', { name: 'Your answers' })).toContainText('No, no one is in danger right now');
  });

  test('Back, reload and Change keep the answers that still apply', async ({ page }) => {
    await page.goto(HELP);
    await expect(page.locator('[data-tree][data-ready]')).toBeVisible();
    await page.getByRole('link', { name: 'No, no one is in danger right now' }).click();
    await page.getByRole('link', { name: 'Me', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Which of these is closest to what is happening?');

    await page.goBack();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Who are you looking for help for?');
    await expect(page.locator('.tree__answer[aria-current="true"]')).toHaveText('Me');
    await page.goForward();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Which of these is closest to what is happening?');

    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Which of these is closest to what is happening?');
    await expect(page.getByRole('region', { name: 'Your answers' })).toContainText('Me');

    await page.getByRole('link', { name: 'Struggling to keep my home going' }).click();
    await page.getByRole('link', { name: 'Money, rent or benefits' }).click();
    await expect(page).toHaveURL(/\/help\/rent-arrears\/$/);
    const summary = page.getByRole('region', { name: 'Your answers' });
    await expect(summary.locator('dt')).toHaveCount(4);

    // Change the situation: the first two answers are kept.
    await summary.getByRole('link', { name: /Change your answer to: Which of these is closest/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Which of these is closest to what is happening?');
    await expect(page).toHaveURL(/\/help\/$/);
    await page.getByRole('link', { name: 'The council made a housing decision I disagree with' }).click();
    await expect(page).toHaveURL(/\/help\/council-review\/$/);
    await expect(page.getByRole('region', { name: 'Your answers' }).locator('dd').first()).toHaveText(
      'No, no one is in danger right now',
    );
  });

  test('the in-page Back link and Start again', async ({ page }) => {
    await page.goto(HELP);
    await expect(page.locator('[data-tree][data-ready]')).toBeVisible();
    await page.getByRole('link', { name: 'No, no one is in danger right now' }).click();
    await page.getByRole('link', { name: 'Back', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Is anyone in danger right now?');
    await page.getByRole('link', { name: 'No, no one is in danger right now' }).click();
    await page.getByRole('link', { name: 'Start again' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Is anyone in danger right now?');
    await expect(page.getByRole('region', { name: 'Your answers' })).toHaveCount(0);
  });

  test('a link with answers shows them to check, then goes where they lead, and hides them from the address', async ({
    page,
  }) => {
    await page.goto(`${HELP}?danger=no&who=me&situation=council-decision`);
    await expect(page.locator('[data-tree][data-ready]')).toBeVisible();
    await expect(page).toHaveURL(/\/help\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check these answers before you go on');
    await expect(page.getByRole('region', { name: 'Your answers' }).locator('dt')).toHaveCount(3);
    await page.getByRole('button', { name: 'Continue to your next steps' }).click();
    await expect(page).toHaveURL(/\/help\/council-review\/$/);
  });

  test('a tampered link keeps only the answers that fit, and says so', async ({ page }) => {
    await page.goto(`${HELP}?danger=no&who=everyone&situation=tonight&evil=%3Cscript%3E`);
    await expect(page.locator('[data-tree][data-ready]')).toBeVisible();
    await expect(page.getByRole('status')).toContainText('did not fit');
    await expect(page).toHaveURL(/\/help\/$/);
    await expect(page.getByRole('region', { name: 'Your answers' }).locator('dt')).toHaveCount(1);
    await page.getByRole('button', { name: 'Continue to the next question' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Who are you looking for help for?');
    await page.getByRole('link', { name: 'Me', exact: true }).click();
    // Answers after the one that did not fit are not used: the person answers them.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Which of these is closest to what is happening?');
  });

  test('stale saved answers never break the page', async ({ page }) => {
    await page.goto(HELP);
    for (const junk of [
      '{"answers":{"danger":"maybe","gone":"x"',
      '["not","an","object"]',
      '{"danger":"no"}',
      '{"answers":{"danger":"no"},"steps":{"0":"<b>"}}',
    ]) {
      await page.evaluate(([k, v]) => sessionStorage.setItem(k, v), [TREE_SESSION_KEY, junk]);
      await page.reload();
      await expect(page.locator('[data-tree][data-ready]')).toBeVisible();
      await expect(page.locator('.tree__answer').first()).toBeVisible();
    }
  });

  test('copy a link to these answers', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(HELP);
    await expect(page.locator('[data-tree][data-ready]')).toBeVisible();
    await page.getByRole('link', { name: 'No, no one is in danger right now' }).click();
    await page.getByRole('button', { name: 'Copy a link to these answers' }).click();
    await expect(page.getByRole('status')).toContainText(`${HELP}?danger=no`);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/help\/\?danger=no$/);
  });

  test('the quick exit clears the answers', async ({ page }) => {
    await stubNeutralSite(page);
    await page.goto(HELP);
    await expect(page.locator('[data-tree][data-ready]')).toBeVisible();
    await page.getByRole('link', { name: 'No, no one is in danger right now' }).click();
    await page.getByRole('link', { name: 'Me', exact: true }).click();
    await page.getByRole('link', { name: /Leave this page/ }).click();
    await expect(page).toHaveURL(/bbc\.co\.uk/);
    await page.goto(HELP);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Is anyone in danger right now?');
    await expect(page.getByRole('region', { name: 'Your answers' })).toHaveCount(0);
  });
});

test.describe('the flowchart', () => {
  test('has a shape for every node of the tree, drawn at build time', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
    await page.goto(FLOWCHART);
    // The whole tree in one drawing is an image of its own SVG file, drawn when the site was built.
    const whole = page.locator('[data-flowchart-whole] img');
    await expect(whole).toHaveCount(1);
    const file = await whole.getAttribute('src');
    const svg = await (await page.request.get(file!)).text();
    expect(svg).toContain('<svg');
    for (const n of tree.nodes) {
      expect(svg, n.id).toMatch(new RegExp(`id="[^"]*flowchart-${mermaidNodeId(n.id)}-\\d+"`));
    }
    expect(scripts.filter((s) => /mermaid/i.test(s))).toEqual([]);
  });
  test('lists the same tree in words, each question once', async ({ page }) => {
    await page.goto(FLOWCHART);
    const words = page.locator('#in-words + ol');
    const questions = tree.nodes.filter((n) => n.type === 'question');
    await expect(words.locator(':scope > li')).toHaveCount(questions.length);
    for (const n of tree.nodes.filter((n) => n.type === 'outcome')) {
      await expect(words.locator(`a[href="${helpNode(n.id)}"]`).first()).toBeAttached();
    }
  });
});

test.describe('what the words on a next-steps page mean', () => {
  const glossary = readContentFile(process.cwd(), GLOSSARY_FILE, glossaryFileSchema)!.terms;
  test('each next-steps page explains every legal word it uses, in the order it uses them, on screen and on paper', async ({
    page,
  }) => {
    test.setTimeout(60_000);
    const outcomes = tree.nodes.filter((n) => n.type === 'outcome');
    let explained = 0;
    for (const o of outcomes) {
      await page.goto(helpNode(o.id));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(o.title);
      // The edition's local steps are on the page too (Medway is the default build), and their words are explained.
      const localSteps = readLocal(process.cwd(), 'medway')?.outcomes[o.id]?.steps.map((st) => st.text) ?? [];
      const expected = outcomeWords({ ...o, steps: [...o.steps, ...localSteps] }, glossary);
      const block = page.locator('[data-outcome-words]');
      if (!expected.length) {
        await expect(block, o.id).toHaveCount(0);
        continue;
      }
      explained++;
      await expect(block.getByRole('heading', { name: 'What these words mean' }), o.id).toBeVisible();
      await expect(block.locator('dt'), o.id).toHaveText(expected.map((w) => `${w.term}:`));
      await expect(block.locator('dd'), o.id).toHaveText(expected.map((w) => w.meaning));
    }
    expect(explained).toBeGreaterThan(10);
    // On paper too.
    await page.goto(helpNode('nowhere-tonight'));
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('[data-outcome-words] dt').filter({ hasText: /^priority need:$/ })).toBeVisible();
  });
});

test.describe('your rights and their law', () => {
  test('each right is followed by the law it rests on, as a link, and a page that only restates it is marked', async ({
    page,
  }) => {
    // The review outcome keeps its rights open (rights_open): they are the point of it.
    await page.goto(helpNode('council-review'));
    const rights = page.locator('section.outcome__rights');
    const review = rights.locator('[data-right]').filter({ hasText: 'You can ask for a review within 21 days' });
    // The law shows once "Show the law" is pressed (tests/e2e/show-law.spec.ts tests the switch itself).
    await page.locator('[data-show-law][data-ready]').getByRole('button', { name: 'Show the law' }).click();
    await expect(review.locator('[data-right-law]')).toHaveText('Law: Housing Act 1996, section 202');
    await expect(review.getByRole('link', { name: 'Housing Act 1996, section 202' })).toHaveAttribute(
      'href',
      'https://www.legislation.gov.uk/ukpga/1996/52/section/202',
    );
    for (const r of await rights.locator('[data-right]').all())
      await expect(r.locator('[data-right-law] a').first()).toBeVisible();
    await page.goto(helpNode('landlord-notice'));
    const evicted = page.locator('[data-right]').filter({ hasText: 'without a court order' }).first();
    await expect(evicted).toContainText('Also explained by: Excluded occupiers (Shelter Legal) (not the law itself)');
  });
});

test.describe('printing my next steps', () => {
  test('prints a clean sheet of at most two pages with the numbers to call', async ({ page }) => {
    await page.goto(helpNode('rent-arrears'));
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-nav')).toBeHidden();
    await expect(page.getByRole('link', { name: /Leave this page/ })).toBeHidden();
    await expect(page.locator('.breadcrumbs')).toBeHidden();
    await expect(page.getByText(/Printed from the housing and mental health guide on \d+ \w+ 20\d\d/)).toBeVisible();
    await expect(page.locator('#crisis-help')).toHaveCount(1);
    await expect(page.locator('#crisis-help')).toBeVisible();
    await expect(page.locator('main a[href^="tel:"]').first()).toBeVisible();
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
  });

  test('the sheet gives opening hours in words, not whether a service was open when it was printed', async ({
    page,
  }) => {
    await page.goto(helpNode('domestic-abuse'));
    const status = page.locator('.hours__now').filter({ hasText: /^(Open now|Closed now)/ });
    await expect(status.first()).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    for (const s of await status.all()) await expect(s).toBeHidden();
    await expect(
      page.locator('.hours__list').filter({ hasText: 'Open 24 hours a day, every day.' }).first(),
    ).toBeVisible();
  });

  test('the sheet has a QR code back to these next steps, no site header, and my answers only if I choose', async ({
    page,
  }) => {
    await page.goto(HELP);
    await answerAll(page, shortest('rent-arrears')!);
    await expect(page).toHaveURL(/\/help\/rent-arrears\/$/);
    await expect(page.locator('[data-outcome-answers][data-ready]')).toBeAttached();
    await expect(page.getByRole('heading', { name: 'Your answers' })).toBeVisible();
    const qr = page.locator('[data-outcome-qr]');
    await pressPrint(page);
    await expect(qr.locator('svg[role="img"]')).toHaveAttribute('aria-label', /127\.0\.0\.1:\d+\/help\/rent-arrears$/);
    await page.emulateMedia({ media: 'print' });
    await expect(qr).toBeVisible();
    await expect(qr).toContainText(`${HELP}rent-arrears`);
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.getByRole('heading', { name: 'Your answers' })).toBeHidden();
    await expect(page.locator('main a[href^="tel:"]').first()).toBeVisible();
    await page.emulateMedia({ media: 'screen' });
    await page.getByLabel('Include my answers when I print').check();
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('heading', { name: 'Your answers' })).toBeVisible();
    await expect(page.getByLabel('Include my answers when I print')).toBeHidden();
  });

  test('the QR code is drawn only for printing; printing from the browser menu still gives the address to type', async ({
    page,
  }) => {
    const { scripts, qr } = await openOutcomeWatchingScripts(page, 'rent-arrears');
    const loadedBefore = scripts.length;
    // The browser's own Print (menu or Ctrl+P): the address must be on the sheet at once, before any code loads.
    const shownAtOnce = await page.evaluate(() => {
      dispatchEvent(new Event('beforeprint'));
      const figure = document.querySelector<HTMLElement>('[data-outcome-qr]')!;
      return { hidden: figure.hidden, address: figure.querySelector('.outcome-qr__address')!.textContent };
    });
    expect(shownAtOnce.hidden).toBe(false);
    expect(shownAtOnce.address).toMatch(/127\.0\.0\.1:\d+\/help\/rent-arrears$/);
    // The QR code follows for the next print, from code loaded only now.
    await expect(qr.locator('svg[role="img"]')).toHaveAttribute('aria-label', /\/help\/rent-arrears$/);
    expect(scripts.length).toBeGreaterThan(loadedBefore);
  });

  test('the print button appears only with JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(helpNode('rent-arrears'));
    await expect(page.getByRole('button', { name: 'Print my next steps' })).toBeHidden();
    await context.close();
  });
});
