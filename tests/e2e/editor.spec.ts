/**
 * The content editor (npm run edit) in a real browser, in local mode, against a copy of the content
 * folder (CONTENT_ROOT), never the real one: a change is saved to the file, and the content
 * check runs after the save and shows its result; costly numbers and impossible times are refused.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { parse } from 'yaml';
import { TIME_MESSAGE } from '../../src/lib/content/schema.ts';
import { checkPhone } from '../../src/lib/directory/phone.ts';
import { serveStatic } from '../../src/build-tools/static-server.ts';
import { precacheList } from '../../src/lib/site/offline-copy.ts';
import { londonToday } from '../../src/lib/directory/hours.ts';
import { contentCacheDir } from '../../src/build-tools/content-root.ts';

const project = join(import.meta.dirname, '..', '..');
const SERVICE = 'content/editions/bradford/agencies/staying-put-bradford.yaml';
const GUIDE = 'content/guide/pets.mdx';
/** MDX that a Markdown editor could spoil: characters written as \< and \{ so that MDX shows them as text. */
const TRICKY = 'Write your own words in place of \\<name\\> and \\{date\\}.';

/**
 * The editor's own ports, beside this run's site (E2E_PORT) and Bradford's (E2E_PORT + 1), so runs
 * on other ports never meet them: the editor, its local proxy and its live preview.
 */
const E2E_PORT = Number(process.env.E2E_PORT ?? 4322);
const [port, proxyPort, previewPort] = [E2E_PORT + 2, E2E_PORT + 3, E2E_PORT + 4];
const preview = `http://127.0.0.1:${previewPort}`;

let copy: string;
let editor: ChildProcess;
let base: string;

test.describe.configure({ mode: 'serial' });
test.setTimeout(120_000);

test.beforeAll(async () => {
  copy = mkdtempSync(join(tmpdir(), 'guide-editor-'));
  cpSync(join(project, 'content'), join(copy, 'content'), { recursive: true });
  writeFileSync(join(copy, GUIDE), `${readFileSync(join(copy, GUIDE), 'utf8').trimEnd()}\n\n${TRICKY}\n`);
  base = `http://127.0.0.1:${port}`;
  editor = spawn(process.execPath, [join(project, 'scripts', 'edit.ts')], {
    cwd: project,
    env: {
      ...process.env,
      CONTENT_ROOT: copy,
      EDIT_PORT: String(port),
      EDIT_PROXY_PORT: String(proxyPort),
      EDIT_PREVIEW_PORT: String(previewPort),
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  editor.stdout?.on('data', (d) => {
    out += d;
  });
  // Ready when the editor says so, the proxy listens and the first content check is done.
  await expect.poll(() => out, { timeout: 60_000 }).toContain('Editor ready');
  await expect.poll(() => out, { timeout: 60_000 }).toContain('Proxy Server listening');
  await expect.poll(() => out, { timeout: 60_000 }).toMatch(/Content check (passed|:)/);
});

test.afterAll(() => {
  editor?.kill('SIGTERM');
  if (copy) {
    rmSync(copy, { recursive: true, force: true });
    // The content cache the build from the copy kept for it.
    const cache = contentCacheDir({ CONTENT_ROOT: copy }, project);
    if (cache) rmSync(join(project, cache), { recursive: true, force: true });
  }
});

const service = () => parse(readFileSync(join(copy, SERVICE), 'utf8'));
/**
 * The service as saved so far: nothing while its file is being written (a save writes it, then the
 * editor writes it again with its comments put back), so a poll reads it again instead of failing.
 */
const savedService = () => {
  try {
    return parse(readFileSync(join(copy, SERVICE), 'utf8')) ?? undefined;
  } catch {
    return undefined;
  }
};

/** Opens a service's edit form, signed in to the local proxy. */
async function openService(page: Page) {
  await page.goto(`${base}/admin/`);
  await page.getByRole('button', { name: 'Login' }).click();
  await expect(page.getByRole('link', { name: 'Services: Bradford' })).toBeVisible({ timeout: 30_000 });
  await page.goto(`${base}/admin/#/collections/services-bradford/entries/staying-put-bradford`);
  await expect(page.getByLabel('Number', { exact: true }).first()).toBeVisible({ timeout: 30_000 });
}

async function publish(page: Page) {
  await page.getByRole('button', { name: 'Publish' }).click();
  await page.getByText('Publish now', { exact: true }).click();
}

test('an editor changes a service’s phone number and opening hours; the file changes and the content check passes', async ({
  page,
}) => {
  await openService(page);
  await page.getByLabel('Number', { exact: true }).first().fill('0808 2800 998');
  await page.getByLabel('Opens at', { exact: true }).first().fill('10:00');
  await publish(page);

  const check = page.locator('#content-check');
  await expect(check).toContainText(`The content check passed after you saved ${SERVICE}: no problems.`, {
    timeout: 60_000,
  });
  await expect(check).toHaveAttribute('data-state', 'passed');

  expect(String(service().phones[0].number)).toBe('0808 2800 998');
  const hours = service().hours;
  expect(hours.regular_schedule[0]).toMatchObject({ opens_at: '10:00', closes_at: '12:00' });
  expect(hours.regular_schedule[1]).toMatchObject({ opens_at: '12:30', closes_at: '16:30' });
  expect(service().name).toBe('Staying Put (domestic abuse support)');
  // Only the two changed lines differ: the file's comments (notes on its sources) and layout are kept.
  const real = readFileSync(join(project, SERVICE), 'utf8');
  const saved = readFileSync(join(copy, SERVICE), 'utf8');
  expect(saved.split('\n').filter((l, i) => l !== real.split('\n')[i])).toEqual([
    '  - number: "0808 2800 998"',
    '    - { byday: [MO, TU, WE, TH, FR], opens_at: "10:00", closes_at: "12:00" }',
  ]);
  // The real content is untouched.
  expect(real).toContain('"0808 2800 999"');
});

test('a premium-rate number and an impossible time are refused with the content check’s words', async ({ page }) => {
  await openService(page);
  const before = readFileSync(join(copy, SERVICE), 'utf8');
  await page.getByLabel('Number', { exact: true }).first().fill('0909 879 0000');
  await page.getByLabel('Opens at', { exact: true }).first().fill('25:00');
  await publish(page);

  // The editor names the field, then gives the content check's own message and fix.
  await expect(
    page.getByRole('listitem').filter({ hasText: /^Number didn't match the pattern: is a premium-rate \(09\)/ }),
  ).toContainText(checkPhone('0909 879 0000').fix!);
  await expect(page.getByRole('listitem').filter({ hasText: /^Opens at didn't match the pattern/ })).toContainText(
    TIME_MESSAGE,
  );
  expect(readFileSync(join(copy, SERVICE), 'utf8')).toBe(before);
});

test('a mistake only the whole check can see is shown to the editor after saving', async ({ page }) => {
  await openService(page);
  // Closing before it opens, on the same day: each time is a real time, but together they are wrong.
  await page.getByLabel('Closes at', { exact: true }).first().fill('08:00');
  await publish(page);

  await expect.poll(() => savedService()?.hours?.regular_schedule?.[0]?.closes_at).toBe('08:00');
  const check = page.locator('#content-check');
  await expect(check).toHaveAttribute('data-state', 'problems', { timeout: 60_000 });
  await expect(check).toContainText(`${SERVICE}: hours.regular_schedule[0].closes_at: 08:00 is earlier than opens_at`);
  await expect(check).toContainText('Fix: if it really runs overnight');
  // Put the service back as it was, for the tests after this one.
  cpSync(join(project, SERVICE), join(copy, SERVICE));
  await expect(check).toHaveAttribute('data-state', 'passed', { timeout: 60_000 });
});

test('an editor changes a guide page’s summary and a sentence; its frontmatter and MDX text are kept, and the check passes', async ({
  page,
}) => {
  const split = (t: string) => {
    const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(t);
    if (!m) throw new Error(`${GUIDE} has no frontmatter`);
    return { data: parse(m[1]), body: m[2] };
  };
  const beforeText = readFileSync(join(copy, GUIDE), 'utf8');
  const before = split(beforeText);
  const OLD = 'This page says what you can do.';
  const NEW = 'This page says what you can do now.';

  await page.goto(`${base}/admin/`);
  await page.getByRole('button', { name: 'Login' }).click();
  await expect(page.getByRole('link', { name: 'Guide pages: national' })).toBeVisible({ timeout: 30_000 });
  await page.goto(`${base}/admin/#/collections/guide-national/entries/pets`);
  const text = page.getByLabel('Page text', { exact: true });
  await expect(text).toHaveValue(/This page says what you can do\./, { timeout: 30_000 });
  await page
    .getByLabel('Summary', { exact: true })
    .fill('Hostels, the council and your pet, and free vet care for dogs.');
  await text.fill((await text.inputValue()).replace(OLD, NEW));
  await publish(page);

  await expect.poll(() => readFileSync(join(copy, GUIDE), 'utf8')).toContain(NEW);
  const check = page.locator('#content-check');
  await expect(check).toContainText(`The content check passed after you saved ${GUIDE}: no problems.`, {
    timeout: 60_000,
  });
  const after = split(readFileSync(join(copy, GUIDE), 'utf8'));
  expect(after.data).toEqual({
    ...before.data,
    summary: 'Hostels, the council and your pet, and free vet care for dogs.',
  });
  // The page text is exactly as it was but for the one sentence: headings, lists, bold and escapes kept.
  expect(after.body.trim()).toBe(before.body.replace(OLD, NEW).trim());
  expect(after.body).toContain(TRICKY);
  // Only the two changed lines differ: the frontmatter's quotes, short lists and long lines are kept.
  const lines = (t: string) => t.split('\n');
  expect(lines(readFileSync(join(copy, GUIDE), 'utf8')).filter((l, i) => l !== lines(beforeText)[i])).toEqual([
    'summary: Hostels, the council and your pet, and free vet care for dogs.',
    lines(beforeText.replace(OLD, NEW)).find((l) => l.includes(NEW)),
  ]);
});

test('an editor corrects a crisis tier and a bank holiday’s name; only those lines change and the check passes', async ({
  page,
}) => {
  const read = (f: string) => readFileSync(join(copy, f), 'utf8');
  const changedLines = (f: string, before: string) =>
    read(f)
      .split('\n')
      .filter((l, i) => l !== before.split('\n')[i]);
  const check = page.locator('#content-check');
  await page.goto(`${base}/admin/`);
  await page.getByRole('button', { name: 'Login' }).click();
  await expect(page.getByRole('link', { name: 'Crisis help and bank holidays' })).toBeVisible({ timeout: 30_000 });

  const CRISIS = 'content/crisis.yaml';
  const crisis = read(CRISIS);
  await page.goto(`${base}/admin/#/collections/national/entries/crisis`);
  const when = page.getByLabel('When', { exact: true }).nth(2);
  await expect(when).toHaveValue(/^Free, confidential, day or night\./, { timeout: 30_000 });
  await when.fill('Free and confidential, day or night. You do not have to be suicidal to call.');
  await publish(page);
  await expect.poll(() => read(CRISIS)).toContain('Free and confidential, day or night.');
  await expect(check).toContainText(`The content check passed after you saved ${CRISIS}: no problems.`, {
    timeout: 60_000,
  });
  expect(changedLines(CRISIS, crisis)).toEqual([
    '    when: Free and confidential, day or night. You do not have to be suicidal to call.',
  ]);

  const HOLIDAYS = 'content/bank-holidays.yaml';
  const holidays = read(HOLIDAYS);
  // As a person would: back to the list, then the bank holidays.
  await page.getByRole('link', { name: /Writing in Crisis help and bank holidays collection/ }).click();
  await page.getByRole('link', { name: /Bank holidays \(England and Wales\)/ }).click();
  await expect(page.getByText(/^[1-9]\d* dates$/)).toBeVisible({ timeout: 30_000 });
  const summer = page.locator('input[value="Summer bank holiday"]').first();
  await expect(summer).toBeVisible({ timeout: 30_000 });
  await summer.fill('Summer bank holiday (August)');
  await publish(page);
  await expect.poll(() => read(HOLIDAYS)).toContain('Summer bank holiday (August)');
  await expect(check).toContainText(`The content check passed after you saved ${HOLIDAYS}: no problems.`, {
    timeout: 60_000,
  });
  expect(changedLines(HOLIDAYS, holidays)).toEqual([
    '  - { date: "2026-08-31", title: "Summer bank holiday (August)" }',
  ]);
});

test('moving straight from one entry to another by its address (typed, Back or Forward) shows the second entry’s own values, never an empty form that would empty its file', async ({
  page,
}) => {
  await page.goto(`${base}/admin/`);
  await page.getByRole('button', { name: 'Login' }).click();
  await expect(page.getByRole('link', { name: 'Crisis help and bank holidays' })).toBeVisible({ timeout: 30_000 });
  await page.goto(`${base}/admin/#/collections/national/entries/crisis`);
  await expect(page.getByLabel('When', { exact: true }).first()).toHaveValue(/\S/, { timeout: 30_000 });
  // Only the part after # changes, in the same tab, as when someone edits the address.
  await page.evaluate(() => {
    location.hash = '#/collections/national/entries/bank-holidays';
  });
  await expect(page.getByText(/^[1-9]\d* dates$/)).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('input[value="Christmas Day"]').first()).toBeVisible();
  await page.goBack();
  await expect(page.getByLabel('When', { exact: true }).first()).toHaveValue(/\S/, { timeout: 30_000 });
  await page.goForward();
  await expect(page.getByText(/^[1-9]\d* dates$/)).toBeVisible({ timeout: 30_000 });
});

test('the public build has no editor in it', () => {
  expect(existsSync(join(project, 'dist', 'index.html'))).toBe(true);
  expect(existsSync(join(project, 'dist', 'admin'))).toBe(false);
  const files = readdirSync(join(project, 'dist'), { recursive: true }).map(String);
  expect(files.filter((f) => /decap|admin/i.test(f))).toEqual([]);
  // The offline copy (what the service worker saves) is the site's own files only: nothing of the editor.
  const saved = precacheList(readFileSync(join(project, 'dist', 'sw.js'), 'utf8'));
  expect(saved).toContain('index.html');
  expect(saved.filter((f) => /decap|admin|config\.yml/i.test(f))).toEqual([]);
  // No public page or host setting points to the editor.
  const text = files
    .filter((f) => /\.(html|js|webmanifest)$|^_headers$|^_redirects$/.test(f))
    .filter((f) => /decap|\/admin\b/i.test(readFileSync(join(project, 'dist', f), 'utf8')));
  expect(text).toEqual([]);
});

test('“What is due” lists what the review lists, each linking to its edit form', async ({ page }) => {
  await page.goto(`${base}/admin/due/`);
  const item = page.locator('.due-item', {
    has: page.getByRole('link', { name: 'content/editions/medway/agencies/medway-foodbank.yaml' }),
  });
  await expect(item).toContainText('no-hours: gives no opening hours');
  await page.getByRole('link', { name: 'content/editions/medway/agencies/medway-foodbank.yaml' }).click();
  await page.getByRole('button', { name: 'Login' }).click();
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue(/foodbank/i, { timeout: 30_000 });
});

test('an editor adds a local step, with its source, to an outcome; the file gains it, the content check passes and the live preview shows it', async ({
  page,
}) => {
  const LOCAL = 'content/editions/medway/local.yaml';
  await page.goto(`${base}/admin/`);
  await page.getByRole('button', { name: 'Login' }).click();
  await expect(page.getByRole('link', { name: 'Local steps and contacts' })).toBeVisible({ timeout: 30_000 });
  await page.goto(`${base}/admin/#/collections/local/entries/local-medway`);
  const group = (label: RegExp, kind = 'object') =>
    page.locator(`[aria-label="${kind} field"]`).filter({ has: page.locator('label', { hasText: label }) });
  // The form is filled in once the file is read: its duty to refer route lists its two sources.
  await expect(page.getByText('2 sources', { exact: true }).first()).toBeVisible({ timeout: 30_000 });
  await group(/^Outcomes/)
    .first()
    .getByTestId('expand-button')
    .first()
    .click();
  const steps = group(/^Get emergency help now/)
    .first()
    .locator('[aria-label="list field"]')
    .filter({ has: page.locator('label', { hasText: /^Steps/ }) })
    .first();
  await steps.getByRole('button', { name: /Add steps/ }).click();
  await steps.getByLabel('Text', { exact: true }).fill('A step only this test adds.');
  await steps.getByRole('button', { name: /Add sources/ }).click();
  await steps.getByLabel('Url', { exact: true }).fill('https://www.medway.gov.uk/');
  await steps.getByLabel('Checked', { exact: true }).fill('2026-12-07');
  await publish(page);

  const local = () => parse(readFileSync(join(copy, LOCAL), 'utf8'));
  await expect.poll(() => local().outcomes?.emergency?.steps?.[0]?.text).toBe('A step only this test adds.');
  expect(String(local().outcomes.emergency.steps[0].sources[0].checked)).toMatch(/^2026-12-07/);
  // What was there before is kept.
  expect(local().outcomes['urgent-mental-health'].contacts).toEqual(['kent-medway-release-the-pressure']);
  const check = page.locator('#content-check');
  await expect(check).toContainText(`after you saved ${LOCAL}`, { timeout: 60_000 });
  await expect(check).toHaveAttribute('data-state', 'passed');

  // The live preview reads the same working folder: the outcome page, made again, shows the new step.
  const outcome = `${preview}/help/emergency/`;
  await expect
    .poll(
      () =>
        fetch(outcome).then(
          (r) => r.text(),
          () => '',
        ),
      { timeout: 90_000 },
    )
    .toContain('A step only this test adds.');
  await page.goto(outcome);
  await expect(page.getByRole('listitem').filter({ hasText: 'A step only this test adds.' })).toBeVisible();
});

test('“Mark as checked today” changes only the sources the editor ticks as read', async ({ page }) => {
  const FILE = 'content/editions/medway/agencies/kent-fire-rescue-home-safety-visit.yaml';
  const READ =
    'https://kent.connecttosupport.org/information-and-advice/health-and-wellbeing/preventing-accidents-at-home/fire-safety/';
  const before = readFileSync(join(copy, FILE), 'utf8');
  await page.goto(`${base}/admin/due/`);
  const item = page.locator('.due-item', { has: page.getByRole('link', { name: FILE }) });
  await item.getByText('Mark as checked today').click();
  const button = item.getByRole('button', { name: 'Mark the ticked sources as checked today' });
  await button.click();
  await expect(item.getByRole('status')).toHaveText(
    'Tick each source you read again today first. Nothing was changed.',
  );
  expect(readFileSync(join(copy, FILE), 'utf8')).toBe(before);

  await item.getByRole('checkbox', { name: `I read ${READ} today` }).check();
  await button.click();
  const today = londonToday();
  await expect(item.getByRole('status')).toHaveText(
    `Marked 1 source as checked on ${today}. The content check runs now.`,
  );
  const lines = (t: string) => t.split('\n');
  const changed = lines(readFileSync(join(copy, FILE), 'utf8')).filter((l, i) => l !== lines(before)[i]);
  expect(changed).toEqual([`    checked: "${today}"`]);
  const data = parse(readFileSync(join(copy, FILE), 'utf8'));
  expect(data.sources.find((s: { url: string }) => s.url === READ).checked).toBe(today);
  expect(data.last_verified).toBe(parse(before).last_verified);
});

test('the site built from the edited folder (CONTENT_ROOT) shows the new step on its outcome page', async ({
  page,
}) => {
  test.setTimeout(300_000);
  // The editor and its live preview stop first: a build beside the preview would share Astro's content cache.
  const stopped = new Promise((resolve) => editor.once('exit', resolve));
  editor.kill('SIGTERM');
  await stopped;
  const out = join(copy, 'built');
  let log = '';
  const code = await new Promise<number | null>((resolve) => {
    const build = spawn(process.execPath, [join(project, 'scripts', 'build.ts')], {
      cwd: project,
      env: { ...process.env, CONTENT_ROOT: copy, OUT_DIR: out },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    build.stdout?.on('data', (d) => {
      log += d;
    });
    build.stderr?.on('data', (d) => {
      log += d;
    });
    build.on('exit', resolve);
  });
  expect(code, log).toBe(0);
  const site = await serveStatic(out, { port: E2E_PORT + 5 });
  try {
    await page.goto(`${site.base}/help/emergency/`);
    await expect(page.getByRole('listitem').filter({ hasText: 'A step only this test adds.' })).toBeVisible();
    // The project's own build has no such step.
    expect(readFileSync(join(project, 'dist', 'help', 'emergency', 'index.html'), 'utf8')).not.toContain(
      'A step only this test adds.',
    );
  } finally {
    await site.close();
  }
});
