/**
 * "Help now in other languages": the content check refuses a language page that leaves out a
 * section, writes a number that is not the service's, or sets a direction or script that does not
 * match its letters; and each real page passes, with every section and the numbers from the services' files.
 */
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/build-tools/content-reader.ts';
import { checkContent, formatProblem } from '../../src/lib/content/content-rules.ts';
import type { ContentInput, RawFile } from '../../src/lib/content/content-input.ts';
import {
  englishName,
  languageHelpSchema,
  languagePageSections,
  languageSchema,
  mainScript,
  translationNote,
} from '../../src/lib/content/languages.ts';
import { londonToday } from '../../src/lib/directory/hours.ts';

const TODAY = londonToday();
const real = readContent('.', TODAY).input;

/** The real content with one language file's data changed. */
function withLanguage(lang: string, edit: (data: Record<string, unknown>) => void): ContentInput {
  const input = structuredClone(real);
  const f = input.languages?.find((l) => l.id === lang);
  if (!f) throw new Error(`no content/languages/${lang}.yaml`);
  edit(f.data as Record<string, unknown>);
  return input;
}
const sections = (data: Record<string, unknown>) => data.sections as { id: string; heading: string; text: string }[];
const messages = (input: ContentInput) => checkContent(input).map(formatProblem);
const LANGS = (real.languages ?? []).map((f: RawFile) => f.id);

describe('the language pages in content/languages/', () => {
  it('are the 10 most common main languages in England after English, each once', () => {
    expect(LANGS.sort()).toEqual(['ar', 'bn', 'es', 'gu', 'it', 'pa-guru', 'pl', 'pt', 'ro', 'ur']);
    const ranks = (real.languages ?? []).map((f) => (f.data as { census: { rank: number } }).census.rank);
    expect(ranks.sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('pass the content check', () => {
    expect(messages(real).filter((m) => m.includes('language'))).toEqual([]);
  });

  const help = languageHelpSchema(TODAY).parse(real.languageHelp?.data);
  const agencies = new Map(
    real.agencies
      .filter((f) => f.edition === null)
      .map((f) => {
        const d = f.data as { name: string; phones: { number: string; type?: string }[] };
        return [f.id, { name: d.name, numbers: d.phones.filter((p) => p.type !== 'text').map((p) => p.number) }];
      }),
  );
  for (const f of real.languages ?? []) {
    it(`${f.id}: has every section, with 999, 111, Samaritans and the abuse helpline's numbers from their own files`, () => {
      const lang = languageSchema(TODAY).parse(f.data);
      const page = languagePageSections(help, lang, agencies);
      expect(page.map((s) => s.id)).toEqual(['danger', 'urgent', 'talk', 'abuse', 'council', 'english', 'translation']);
      expect(page.map((s) => s.phone?.number)).toEqual([
        '999',
        '111',
        '116 123',
        '0808 2000 247',
        undefined,
        undefined,
        undefined,
      ]);
      expect(page.find((s) => s.id === 'danger')?.sayInEnglish).toContain(`${lang.name_en} interpreter`);
    });
    it(`${f.id}: is written in the script it names, in that script's direction, and says no translator has checked it`, () => {
      const lang = languageSchema(TODAY).parse(f.data);
      expect(
        mainScript(
          sections(f.data as Record<string, unknown>)
            .map((s) => s.text)
            .join(' '),
        ),
      ).toBe(lang.script);
      expect(lang.dir).toBe(lang.script === 'Arab' ? 'rtl' : 'ltr');
      expect(lang.translation.checked_by).toBe('');
      expect(translationNote(help, lang)).toMatch(/machine translation.*has not checked it yet/s);
    });
  }
});

describe('the note on how a page was translated', () => {
  const help = languageHelpSchema(TODAY).parse(real.languageHelp?.data);
  const pl = languageSchema(TODAY).parse(real.languages?.find((f) => f.id === 'pl')?.data);
  it('names the translator and the date only once the file records a check', () => {
    expect(translationNote(help, pl)).not.toMatch(/checked it on/);
    const checked = {
      ...pl,
      translation: { ...pl.translation, checked_by: 'A. Translator', checked_on: '2026-12-01' },
    };
    expect(translationNote(help, checked)).toMatch(/A\. Translator, a qualified translator, checked it on 2026-12-01/);
    expect(translationNote(help, checked)).not.toMatch(/has not checked/);
  });
});

describe('a language written in more than one script', () => {
  it('is named with its script in English', () => {
    const pa = languageSchema(TODAY).parse(real.languages?.find((f) => f.id === 'pa-guru')?.data);
    expect(englishName(pa)).toBe('Panjabi (Gurmukhi script)');
    const pl = languageSchema(TODAY).parse(real.languages?.find((f) => f.id === 'pl')?.data);
    expect(englishName(pl)).toBe('Polish');
  });
});

describe('the content check on the English sections (content/language-help.yaml)', () => {
  it('refuses a section whose service does not exist, naming the section by id', () => {
    const input = structuredClone(real);
    const sections = (input.languageHelp!.data as { sections: { id: string; agency?: string }[] }).sections;
    sections.find((s) => s.id === 'abuse')!.agency = 'no-such-helpline';
    expect(messages(input)).toContainEqual(
      expect.stringMatching(
        /language-help\.yaml: sections\.abuse\.agency: "no-such-helpline" is not a national service with a phone number\. Fix:/,
      ),
    );
  });

  it('refuses an interpreter said to be offered with no source', () => {
    const input = structuredClone(real);
    const sections = (input.languageHelp!.data as { sections: { id: string; sources?: unknown[] }[] }).sections;
    sections.find((s) => s.id === 'urgent')!.sources = [];
    expect(messages(input)).toContainEqual(
      expect.stringMatching(
        /language-help\.yaml: sections\.urgent\.sources: says an interpreter is offered but gives no source\. Fix:/,
      ),
    );
  });
});

describe('the content check refuses a language page that', () => {
  it('leaves out a section, naming it by id', () => {
    const input = withLanguage('pl', (d) => {
      d.sections = sections(d).filter((s) => s.id !== 'urgent');
    });
    expect(messages(input)).toContainEqual(
      expect.stringMatching(/content\/languages\/pl\.yaml: sections: has no section urgent\. Fix:/),
    );
  });

  it('writes a number that is not the service’s own', () => {
    const input = withLanguage('pl', (d) => {
      const abuse = sections(d).find((s) => s.id === 'abuse')!;
      abuse.text = `${abuse.text} 0808 2000 248`;
    });
    expect(messages(input)).toContainEqual(
      expect.stringMatching(
        /pl\.yaml: sections\.abuse\.text: writes 0808 2000 248, but the service's number is 0808 2000 247.*Fix:/,
      ),
    );
  });

  it('writes a number in digits other than 0 to 9', () => {
    const input = withLanguage('ar', (d) => {
      const danger = sections(d).find((s) => s.id === 'danger')!;
      danger.text = `${danger.text} ٩٩٩`;
    });
    expect(messages(input)).toContainEqual(
      expect.stringMatching(/ar\.yaml: sections\.danger\.text: writes a number in digits other than 0 to 9\. Fix:/),
    );
  });

  it('sets left to right for a right-to-left script', () => {
    const input = withLanguage('ur', (d) => {
      d.dir = 'ltr';
    });
    expect(messages(input)).toContainEqual(
      expect.stringMatching(
        /ur\.yaml: dir: is ltr, but Arabic script \(Arab\) is written right to left\. Fix: set dir: rtl\./,
      ),
    );
  });

  it('names a script its letters are not in', () => {
    const input = withLanguage('pa-guru', (d) => {
      d.script = 'Arab';
      d.dir = 'rtl';
      d.lang = 'pa-Arab';
    });
    const all = messages(input);
    expect(all).toContainEqual(
      expect.stringMatching(
        /pa-guru\.yaml: script: is Arab, but most of the page's letters are Gurmukhi \(Guru\)\. Fix:/,
      ),
    );
    expect(all).toContainEqual(
      expect.stringMatching(/pa-guru\.yaml: lang: is pa-Arab but the file is named pa-guru\. Fix:/),
    );
  });

  it('names a translator without the date they checked it', () => {
    const input = withLanguage('pl', (d) => {
      (d.translation as Record<string, unknown>).checked_by = 'A. Translator';
    });
    expect(messages(input)).toContainEqual(
      expect.stringMatching(/pl\.yaml: translation\.checked_on: is missing, but checked_by names a translator\. Fix:/),
    );
  });

  it('has a field the schema does not know, naming the nearest', () => {
    const input = withLanguage('pl', (d) => {
      d.name_nativ = 'Polski';
    });
    expect(messages(input)).toContainEqual(
      expect.stringMatching(/pl\.yaml: name_nativ: .*did you mean `name_native`\?/),
    );
  });
});
