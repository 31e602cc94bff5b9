/** Open Referral UK out (the export's shape and schema) and in (the importer), and the round trip. */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { readContent } from '../../src/build-tools/content-reader.ts';
import { checkContent, formatProblem } from '../../src/lib/content/content-rules.ts';
import { serviceKey, servicesPage, stableUuid, toOrukService } from '../../src/lib/directory/oruk.ts';
import { londonToday } from '../../src/lib/directory/hours.ts';
import { importFeed } from '../../src/lib/directory/oruk-import.ts';
import { pinnedNumbersSchema, pinsFrom } from '../../src/lib/directory/pinned-numbers.ts';
import { ORUK_PAGE_SCHEMA, ORUK_SERVICE_SCHEMA } from '../../src/lib/directory/oruk-schema.ts';
import { agencySchema, editionSchema, type Agency } from '../../src/lib/content/schema.ts';

const TODAY = '2026-11-23';
/** The repository's own content is checked against the real date, as the build checks it (sources may be checked after TODAY). */
const CONTENT_DATE = londonToday();
const FEED_URL = 'https://www.example.org/open-data/services.json';

function validator() {
  const ajv = new Ajv({ allErrors: true, strict: true });
  addFormats(ajv);
  ajv.addSchema(ORUK_SERVICE_SCHEMA);
  return { service: ajv.getSchema('oruk-service')!, page: ajv.compile(ORUK_PAGE_SCHEMA), ajv };
}

/** The real content of one edition: its agencies (local and national), parsed as the build does. */
function editionAgencies(edition: string): { id: string; data: Agency; local: boolean }[] {
  const { input } = readContent(process.cwd(), CONTENT_DATE);
  return input.agencies
    .filter((a) => a.edition === null || a.edition === edition)
    .map((a) => ({ id: a.id, data: agencySchema(CONTENT_DATE).parse(a.data), local: a.edition !== null }));
}

describe('open data out', { timeout: 30_000 }, () => {
  it('every service of both editions is valid Open Referral UK in the published schema', () => {
    const v = validator();
    for (const edition of ['medway', 'bradford']) {
      const services = editionAgencies(edition).map((a) =>
        toOrukService(serviceKey(a.id, a.local ? edition : null), a.data),
      );
      const page = servicesPage(services);
      const ok = v.page(page);
      expect(v.ajv.errorsText(v.page.errors), edition).toBe('No errors');
      expect(ok).toBe(true);
      expect(page.total_items).toBe(services.length);
    }
  });

  it('writes each phone number as the site shows it (phone.ts), however the content file spaces it', () => {
    const [fr] = editionAgencies('bradford').filter((a) => a.id === 'bradford-first-response');
    const data = {
      ...fr.data,
      phones: [
        { number: '116123', type: 'voice' as const },
        { number: '08009521181', type: 'voice' as const },
      ],
    };
    expect(toOrukService(serviceKey(fr.id, 'bradford'), data).phones.map((p) => p.number)).toEqual([
      '116 123',
      '0800 952 1181',
    ]);
  });

  it('maps phones, address, hours, bank holidays, categories and the checked date', () => {
    const [fr] = editionAgencies('bradford').filter((a) => a.id === 'bradford-first-response');
    const s = toOrukService(serviceKey(fr.id, 'bradford'), fr.data);
    expect(s.id).toBe(stableUuid('service/bradford/bradford-first-response'));
    expect(s.phones).toEqual([expect.objectContaining({ number: '0800 952 1181', type: 'voice' })]);
    expect(s.schedules).toEqual([
      expect.objectContaining({
        byday: 'MO,TU,WE,TH,FR,SA,SU',
        opens_at: '00:00:00',
        closes_at: '23:59:59',
        notes: 'Open 24 hours on bank holidays.',
      }),
    ]);
    expect(s.attributes.map((a) => a.taxonomy_term.term)).toEqual(['crisis', 'mental-health']);
    expect(s.assured_date).toBe('2026-11-23');
    expect(s.organization.name).toBe('Bradford District Care NHS Foundation Trust');
    const [edt] = editionAgencies('bradford').filter((a) => a.id === 'bradford-emergency-duty-team');
    const e = toOrukService(serviceKey(edt.id, 'bradford'), edt.data);
    expect(e.schedules.map((x) => `${x.byday} ${x.opens_at}-${x.closes_at}`)).toContain('FR 16:30:00-23:59:59');
  });

  it('a service that breaks the schema is caught (the schema can fail)', () => {
    const v = validator();
    const [fr] = editionAgencies('bradford').filter((a) => a.id === 'bradford-first-response');
    const broken = { ...toOrukService(serviceKey(fr.id, 'bradford'), fr.data), status: 'open', id: 'first-response' };
    expect(v.service(broken)).toBe(false);
    expect(v.ajv.errorsText(v.service.errors)).toMatch(/id.*uuid|status/);
  });
});

describe('open data in', { timeout: 30_000 }, () => {
  it('leaves out premium-rate numbers and near misses of pinned crisis numbers, saying why', () => {
    const pins = pinsFrom(
      pinnedNumbersSchema(CONTENT_DATE).parse(parse(readFileSync('content/pinned-numbers.yaml', 'utf8'))),
    );
    const service = (name: string, number: string) => ({
      name,
      description: 'Help for people who are struggling.',
      organization: { name: 'Example Trust' },
      service_areas: [{ name: 'Exampleton' }],
      phones: [{ number }],
      url: 'https://www.example.org/',
    });
    const feed = { contents: [service('Paid Advice Line', '0906 512 3456'), service('Listening Line', '116 132')] };
    const { agencies, leftOut } = importFeed(feed, {
      feedUrl: FEED_URL,
      today: TODAY,
      pins,
      defaultCategory: 'crisis',
    });
    expect(agencies).toEqual([]);
    expect(leftOut).toEqual([
      {
        name: 'Paid Advice Line',
        reasons: expect.arrayContaining([
          expect.stringMatching(/^phones\.0\.number: "0906 512 3456" is a premium-rate number.*Fix: /),
        ]),
      },
      {
        name: 'Listening Line',
        reasons: expect.arrayContaining([
          expect.stringMatching(
            /^phones\.0\.number: "116 132" is one or two digits away from 116 123, the number of samaritans.*Fix: /,
          ),
        ]),
      },
    ]);
  });

  it('imports a fixture feed, leaving out what fails the content check, with reasons', () => {
    const feed = JSON.parse(readFileSync('tests/fixtures/oruk-feed.json', 'utf8'));
    const { agencies, leftOut } = importFeed(feed, {
      feedUrl: FEED_URL,
      today: TODAY,
      existing: [{ id: 'samaritans', name: 'Samaritans' }],
    });
    // A service with no service area is kept (it has the feed's id): the area is for an editor to add.
    expect(agencies.map((a) => a.id)).toEqual(['example-tenancy-support', 'example-drop-in']);
    expect(agencies[1].data).not.toHaveProperty('service_area');
    const a = agencies[0].data;
    expect(a).toMatchObject({
      name: 'Example Tenancy Support',
      organization: 'Example Housing Trust',
      categories: ['support-at-home'],
      service_area: 'Exampleton',
      phones: [{ number: '0808 800 4444', type: 'voice', description: 'Free to call' }],
      physical_address: { address_1: '1 Example Street', city: 'Exampleton', postal_code: 'ME4 4TR' },
      hours: {
        regular_schedule: [{ byday: ['MO', 'TU', 'WE', 'TH', 'FR'], opens_at: '09:00', closes_at: '17:00' }],
        bank_holidays: 'closed',
      },
      sources: [{ url: FEED_URL, checked: TODAY }],
      // The feed was read today: the source's date and last_verified agree, so npm run review passes.
      last_verified: TODAY,
    });
    expect(leftOut).toEqual([
      {
        name: 'Example Night Line',
        reasons: expect.arrayContaining([
          expect.stringMatching(/^phones\.0\.number: .*not a valid UK phone number/),
          expect.stringMatching(/^categories: /),
        ]),
      },
      {
        name: 'Samaritans',
        reasons: expect.arrayContaining([expect.stringMatching(/already has this service \("samaritans"/)]),
      },
    ]);
  });

  it('round trip: Medway exported and imported into a new edition passes the check with the same services', () => {
    const medway = editionAgencies('medway');
    const feed = JSON.parse(
      JSON.stringify(
        servicesPage(medway.map((a) => toOrukService(serviceKey(a.id, a.local ? 'medway' : null), a.data))),
      ),
    );
    const national = new Set(medway.filter((a) => !a.local).map((a) => a.id));
    const existing = medway.filter((a) => !a.local).map((a) => ({ id: a.id, name: a.data.name }));
    const { agencies, leftOut } = importFeed(feed, { feedUrl: FEED_URL, today: CONTENT_DATE, existing });
    // Only the national services (already in the guide) are left out.
    expect(leftOut.map((l) => l.name).sort()).toEqual(
      medway
        .filter((a) => !a.local)
        .map((a) => a.data.name)
        .sort(),
    );

    // Write them as a new edition beside a copy of the real content, with Medway's roles.
    const root = mkdtempSync(join(tmpdir(), 'guide-roundtrip-'));
    cpSync(join(process.cwd(), 'content'), join(root, 'content'), { recursive: true });
    const dir = join(root, 'content', 'editions', 'roundtrip');
    mkdirSync(join(dir, 'agencies'), { recursive: true });
    for (const a of agencies) writeFileSync(join(dir, 'agencies', `${a.id}.yaml`), stringify(a.data));
    const byName = new Map(agencies.map((a) => [a.name, a.id]));
    const newId = (old: string) => (national.has(old) ? old : byName.get(medway.find((m) => m.id === old)!.data.name)!);
    const ed = editionSchema.parse(parse(readFileSync('content/editions/medway/edition.yaml', 'utf8')));
    const roles = Object.fromEntries(Object.entries(ed.roles).map(([r, ids]) => [r, ids!.map(newId)]));
    writeFileSync(
      join(dir, 'edition.yaml'),
      stringify({
        name: 'Round trip',
        council: ed.council,
        publisher: ed.publisher,
        accessibility: ed.accessibility,
        local_crisis_line: newId(ed.local_crisis_line),
        roles,
      }),
    );
    // The local crisis line is reached through 111, a pinned number: its new id joins the pinned row, as an editor would add it.
    const pinned = join(root, 'content', 'pinned-numbers.yaml');
    const line = newId('kent-medway-mental-health-crisis-line');
    writeFileSync(
      pinned,
      readFileSync(pinned, 'utf8').replace(
        'also_on: [kent-medway-mental-health-crisis-line]',
        `also_on: [kent-medway-mental-health-crisis-line, ${line}]`,
      ),
    );

    const { input, readErrors } = readContent(root, CONTENT_DATE);
    expect(readErrors).toEqual([]);
    expect(checkContent(input).map(formatProblem)).toEqual([]);
    const imported = input.agencies
      .filter((a) => a.edition === 'roundtrip')
      .map((a) => agencySchema(CONTENT_DATE).parse(a.data));
    const local = medway.filter((a) => a.local).map((a) => a.data);
    // A phone's `label` is the guide's own short wording for lists, which Open Referral has no field for.
    const key = (a: Agency) => ({
      name: a.name,
      organization: a.organization,
      phones: a.phones.map(({ label: _label, ...p }) => p),
      url: a.url,
      email: a.email,
      address: a.physical_address,
      hours: a.hours,
      categories: a.categories,
      area: a.service_area,
      eligibility: a.eligibility_description,
      apply: a.application_process,
      bring: a.what_to_bring,
    });
    expect(imported.map(key).sort((a, b) => a.name.localeCompare(b.name))).toEqual(
      local.map(key).sort((a, b) => a.name.localeCompare(b.name)),
    );
  });
});

describe('npm run import:oruk', () => {
  it('writes checked agency files into an edition folder and reports what it left out', {
    timeout: 60_000,
  }, async () => {
    const { execFileSync } = await import('node:child_process');
    const root = mkdtempSync(join(tmpdir(), 'guide-import-'));
    cpSync(join(process.cwd(), 'content'), join(root, 'content'), { recursive: true });
    const out = execFileSync(
      process.execPath,
      [
        join(process.cwd(), 'scripts/import-oruk.ts'),
        join(process.cwd(), 'tests/fixtures/oruk-feed.json'),
        '--edition',
        'medway',
        '--source',
        FEED_URL,
      ],
      { cwd: root, encoding: 'utf8' },
    );
    expect(out).toMatch(
      /Wrote 2 services to content\/editions\/medway\/agencies\/:\n {2}\+ example-tenancy-support\.yaml/,
    );
    expect(out).toMatch(
      /Left out 2:[\s\S]*Example Night Line[\s\S]*not a valid UK phone number[\s\S]*Samaritans[\s\S]*already has this service/,
    );
    const written = parse(
      readFileSync(join(root, 'content/editions/medway/agencies/example-tenancy-support.yaml'), 'utf8'),
    );
    expect(written.sources).toEqual([
      { title: 'Open Referral UK feed (Example Housing Trust)', url: FEED_URL, checked: expect.any(String) },
    ]);
    // The importer stamps each source with the day it ran (in London), so check it against that same day.
    const { input } = readContent(root, londonToday());
    expect(checkContent(input).map(formatProblem)).toEqual([]);
  });

  it('into a new edition: writes a draft edition.yaml and local.yaml, and the content check and npm run review then pass', {
    timeout: 120_000,
  }, async () => {
    const { spawnSync } = await import('node:child_process');
    const root = mkdtempSync(join(tmpdir(), 'guide-import-new-'));
    cpSync(join(process.cwd(), 'content'), join(root, 'content'), { recursive: true });
    const run = (script: string, ...args: string[]) =>
      spawnSync(process.execPath, [join(process.cwd(), script), ...args], { cwd: root, encoding: 'utf8' });
    const imported = run(
      'scripts/import-oruk.ts',
      join(process.cwd(), 'tests/fixtures/oruk/hsds-3.0/examples/service_full.json'),
      '--edition',
      'exampleton',
      '--council',
      'Exampleton Council',
      '--source',
      FEED_URL,
      '--category',
      'mental-health',
    );
    expect(imported.status, imported.stderr).toBe(0);
    expect(imported.stdout).toMatch(/\+ community-counselling\.yaml {2}Community Counselling/);
    expect(imported.stdout).toMatch(
      /Kept, without some of their details \(1\):[\s\S]*url: "http:\/\/example\.com\/counselling" is not a secure/,
    );
    expect(imported.stdout).toMatch(/Wrote a draft content\/editions\/exampleton\/edition\.yaml and local\.yaml\./);
    const check = run('scripts/check-content.ts');
    expect(check.status, check.stdout + check.stderr).toBe(0);
    const review = run('scripts/review.ts', '--quiet');
    expect(review.status, review.stdout + review.stderr).toBe(0);
  });

  it('from an address: reads every page and each service in full, and a second import updates the same file', {
    timeout: 120_000,
  }, async () => {
    const { createServer } = await import('node:http');
    const { spawn } = await import('node:child_process');
    const full = JSON.parse(readFileSync('tests/fixtures/oruk/hsds-3.0/examples/service_full.json', 'utf8'));
    const second = {
      ...full,
      id: '0f2b8f9e-3c1d-4b6a-9e8f-1a2b3c4d5e6f',
      name: 'Example Drop-in',
      phones: [{ number: '01634 333333' }],
    };
    const summary = (s: Record<string, unknown>) => ({
      id: s.id,
      name: s.name,
      description: s.description,
      status: 'active',
    });
    const answers: Record<string, unknown> = {
      '/api/services': { total_pages: 2, page_number: 1, contents: [summary(full)] },
      '/api/services?page=2': { total_pages: 2, page_number: 2, contents: [summary(second)] },
      [`/api/services/${full.id}`]: full,
      [`/api/services/${second.id}`]: second,
    };
    const asked: string[] = [];
    const server = createServer((req, res) => {
      asked.push(req.url ?? '');
      const body = answers[req.url ?? ''];
      res.writeHead(body ? 200 : 404, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body ?? {}));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as { port: number }).port;
    const root = mkdtempSync(join(tmpdir(), 'guide-import-url-'));
    cpSync(join(process.cwd(), 'content'), join(root, 'content'), { recursive: true });
    // The server runs in this process, so the import runs beside it, not blocking it.
    const run = () =>
      new Promise<string>((resolve, reject) => {
        const child = spawn(
          process.execPath,
          [
            join(process.cwd(), 'scripts/import-oruk.ts'),
            `http://127.0.0.1:${port}/api/services`,
            '--edition',
            'medway',
            '--source',
            FEED_URL,
            '--category',
            'mental-health',
          ],
          { cwd: root },
        );
        let out = '';
        child.stdout.on('data', (d) => {
          out += d;
        });
        child.stderr.on('data', (d) => {
          out += d;
        });
        child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(out))));
      });
    try {
      const first = await run();
      expect(asked).toEqual(
        expect.arrayContaining(['/api/services?page=2', `/api/services/${full.id}`, `/api/services/${second.id}`]),
      );
      expect(first).toMatch(/\+ community-counselling\.yaml {2}Community Counselling/);
      expect(first).toMatch(/\+ example-drop-in\.yaml {2}Example Drop-in/);
      // An editor adds what the feed does not carry; the next import keeps it and the file name.
      const file = join(root, 'content/editions/medway/agencies/example-drop-in.yaml');
      writeFileSync(file, `${readFileSync(file, 'utf8')}what_to_expect: A worker talks with you first.\n`);
      const again = await run();
      expect(again).toMatch(/~ example-drop-in\.yaml {2}Example Drop-in \(updated\)/);
      const after = parse(readFileSync(file, 'utf8'));
      expect(after).toMatchObject({
        feed_id: second.id,
        what_to_expect: 'A worker talks with you first.',
        phones: expect.arrayContaining([expect.objectContaining({ number: '01634 333333' })]),
      });
    } finally {
      server.close();
    }
  });

  it('answers --help, and an option it does not know, with how to use it rather than a stack trace', {
    timeout: 60_000,
  }, async () => {
    const { spawnSync } = await import('node:child_process');
    const run = (...args: string[]) =>
      spawnSync(process.execPath, [join(process.cwd(), 'scripts/import-oruk.ts'), ...args], { encoding: 'utf8' });
    const help = run('--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: npm run import:oruk -- <file-or-url> --edition <id>/);
    const wrong = run('feed.json', '--edtion', 'medway');
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toMatch(/^--edtion is not an option\. Fix: .*\nUsage: npm run import:oruk/);
    expect(wrong.stderr).not.toMatch(/ at /);
  });
});
