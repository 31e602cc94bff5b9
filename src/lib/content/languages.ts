/**
 * "Help now in other languages": one page per language (content/languages/<tag>.yaml), each the
 * same sections in the same order, set by the English file content/language-help.yaml. The numbers
 * shown come from the services' own files (content/agencies/), never from the translation, and any
 * number a translation writes must be one of them. Pure: the content check and the pages use it.
 */
import { z } from 'zod';
import type { ContentProblem, RawFile } from './content-input.ts';
import { MAX_DESCRIPTION, MAX_NAME, isoDate, sourceSchema, strictObject, text } from './schema.ts';
import { digitsOf } from '../directory/pinned-numbers.ts';

import { CONTENT_DIR, LANGUAGE_HELP_FILE } from './content-paths.ts';

const HELP_FILE = `${CONTENT_DIR}/${LANGUAGE_HELP_FILE}`;

/** The scripts the pages are written in (ISO 15924), each with its direction and the letters that belong to it. */
const SCRIPTS = {
  Latn: { dir: 'ltr', name: 'Latin', letters: /[A-Za-z\u00C0-\u024F]/gu },
  Arab: {
    dir: 'rtl',
    name: 'Arabic',
    letters: /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/gu,
  },
  Guru: { dir: 'ltr', name: 'Gurmukhi', letters: /[\u0A00-\u0A7F]/gu },
  Beng: { dir: 'ltr', name: 'Bengali', letters: /[\u0980-\u09FF]/gu },
  Gujr: { dir: 'ltr', name: 'Gujarati', letters: /[\u0A80-\u0AFF]/gu },
} as const;
export type Script = keyof typeof SCRIPTS;
const SCRIPT_IDS = Object.keys(SCRIPTS) as [Script, ...Script[]];

const id = z
  .string()
  .regex(
    /^[a-z0-9]+(-[a-z0-9]+)*$/,
    'is not a usable id. Fix: write lowercase words joined by hyphens, for example danger.',
  );

/** The English file: the sections every language page has, in order, with their English words and sources. */
export const languageHelpSchema = (today?: string) =>
  strictObject({
    census: strictObject({
      title: text(MAX_NAME),
      note: text(MAX_DESCRIPTION),
      sources: z.array(sourceSchema(today)).min(1),
    }),
    /** The English words every page shows under its own: how it was translated, when no translator has checked it. */
    translation_note: text(MAX_DESCRIPTION),
    /** The same when a qualified translator has checked it; {name} and {date} are filled in. */
    checked_note: text(MAX_DESCRIPTION),
    sections: z
      .array(
        strictObject({
          id,
          heading: text(MAX_NAME),
          text: text(MAX_DESCRIPTION),
          /** The service whose number this section shows (content/agencies/<id>.yaml): its first voice number. */
          agency: id.optional(),
          /** Whether the service's own page says it offers an interpreter on the call. */
          interpreter: z.enum(['offered', 'not-found']).optional(),
          /** Words to say in English, shown in English; {language} is the language's English name. */
          say_in_english: text(MAX_NAME).optional(),
          sources: z.array(sourceSchema(today)).default([]),
        }),
      )
      .min(1),
  });
export type LanguageHelp = z.output<ReturnType<typeof languageHelpSchema>>;

/** A BCP 47 tag as the pages use it: language, then a script where the language has more than one. */
const LANG_TAG = /^[a-z]{2,3}(-[A-Z][a-z]{3})?$/;

/** One language's page. */
export const languageSchema = (today?: string) =>
  strictObject({
    lang: z
      .string()
      .regex(
        LANG_TAG,
        'is not a BCP 47 tag this guide takes. Fix: write the language code, and a script where the language has more than one, for example pl, ur or pa-Guru.',
      ),
    script: z.enum(SCRIPT_IDS),
    dir: z.enum(['ltr', 'rtl']),
    name_en: text(40),
    name_native: text(40),
    census: strictObject({
      /** Its place among main languages in England after English (Census 2021). */
      rank: z.number().int().min(1).max(10),
      /** People in England with this main language (Census 2021), where the figure for England was read. */
      england: z.number().int().positive().optional(),
      /** The figure for England and Wales, where only that was read. */
      england_and_wales: z.number().int().positive().optional(),
      note: text(MAX_DESCRIPTION).optional(),
    }),
    translation: strictObject({
      method: z.enum(['machine']),
      /** Empty until a qualified translator has checked the page: their name (and body, if any). */
      checked_by: z.string().trim().default(''),
      checked_on: isoDate({ notAfter: today }).optional(),
    }),
    /** Why this script, where the language is written in more than one (shown in the page's notes). */
    script_note: text(MAX_DESCRIPTION).optional(),
    /** The sources the script note rests on. */
    script_sources: z.array(sourceSchema(today)).default([]),
    title: text(MAX_NAME),
    intro: text(MAX_DESCRIPTION),
    labels: strictObject({
      /** The call button's words, before the number. */
      call: text(40),
      /** Before the words to say in English. */
      say_in_english: text(MAX_NAME),
      /** Before each English line. */
      in_english: text(40),
      /** The link to the other languages. */
      other_languages: text(MAX_NAME),
    }),
    sections: z
      .array(
        strictObject({
          id,
          heading: text(MAX_NAME),
          text: text(MAX_DESCRIPTION),
        }),
      )
      .min(1),
  });
export type Language = z.output<ReturnType<typeof languageSchema>>;

/** The language's name in English, with its script where the tag names one: "Panjabi (Gurmukhi script)". */
export function englishName(l: Pick<Language, 'lang' | 'name_en' | 'script'>): string {
  return l.lang.includes('-') ? `${l.name_en} (${SCRIPTS[l.script].name} script)` : l.name_en;
}

/** A language's written text, joined, for the checks on numbers and script. */
function writtenText(l: Language): string {
  return [l.title, l.intro, ...Object.values(l.labels), ...l.sections.flatMap((s) => [s.heading, s.text])].join('\n');
}

/** How many letters of each script a text has. */
function scriptCounts(s: string): Record<Script, number> {
  const out = {} as Record<Script, number>;
  for (const k of SCRIPT_IDS) out[k] = (s.match(SCRIPTS[k].letters) ?? []).length;
  return out;
}

/** The script most of a text's letters are in. */
export function mainScript(s: string): Script {
  const counts = scriptCounts(s);
  return SCRIPT_IDS.reduce((a, b) => (counts[b] > counts[a] ? b : a));
}

/** Digits other than 0 to 9 (Arabic-Indic, Eastern Arabic-Indic, Gurmukhi, Bengali, Gujarati). */
const OTHER_DIGITS = /[\u0660-\u0669\u06F0-\u06F9\u0A66-\u0A6F\u09E6-\u09EF\u0AE6-\u0AEF]/u;
/** A number as written: digits 0 to 9, with single spaces between groups. */
const NUMBER = /\d+(?: \d+)*/g;

/** The agencies' voice numbers by agency id, as the content check reads them; null for a file with its own problem. */
export type AgencyNumbers = ReadonlyMap<string, readonly string[] | null>;

/** Every problem with the language pages: each file's fields, its sections, its numbers, its script and direction. */
export function languageProblems(
  help: { f: RawFile; data: LanguageHelp | null } | null,
  languages: readonly { f: RawFile; data: Language | null }[],
  agencyNumbers: AgencyNumbers,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  if (!help) {
    if (languages.length)
      problems.push({
        file: HELP_FILE,
        field: '(file)',
        message: `is missing, so the language pages have no sections. Fix: put the file back (git checkout -- ${HELP_FILE}).`,
      });
    return problems;
  }
  const sections = help.data?.sections ?? [];
  for (const s of sections) {
    if (s.agency && agencyNumbers.get(s.agency) !== null && !agencyNumbers.get(s.agency)?.length)
      problems.push({
        file: help.f.file,
        field: `sections.${s.id}.agency`,
        message: `"${s.agency}" is not a national service with a phone number. Fix: name a file of content/agencies/ that has a voice number.`,
      });
    if (s.agency && s.interpreter === undefined)
      problems.push({
        file: help.f.file,
        field: `sections.${s.id}.interpreter`,
        message:
          'is missing. Fix: write offered if the service’s own page says it offers an interpreter, or not-found if no page we read says so.',
      });
    if (s.interpreter === 'offered' && !s.sources.length)
      problems.push({
        file: help.f.file,
        field: `sections.${s.id}.sources`,
        message:
          'says an interpreter is offered but gives no source. Fix: add the service’s page that says so, with the date you read it.',
      });
  }
  const wanted = sections.map((s) => s.id);
  const ranks = new Map<number, string>();
  for (const { f, data } of languages) {
    if (!data) continue;
    const have = data.sections.map((s) => s.id);
    const missing = wanted.filter((w) => !have.includes(w));
    if (missing.length)
      problems.push({
        file: f.file,
        field: 'sections',
        message: `has no section ${missing.join(', ')}. Fix: add ${missing.length === 1 ? 'it' : 'them'}, translated from ${HELP_FILE} (every page has the sections ${wanted.join(', ')}).`,
      });
    for (const extra of have.filter((h) => !wanted.includes(h)))
      problems.push({
        file: f.file,
        field: `sections.${extra}`,
        message: `is not a section of the language pages. Fix: use one of ${wanted.join(', ')}, or add it to ${HELP_FILE} first.`,
      });
    if (f.id !== data.lang.toLowerCase())
      problems.push({
        file: f.file,
        field: 'lang',
        message: `is ${data.lang} but the file is named ${f.id}. Fix: name the file ${data.lang.toLowerCase()}.yaml (the page's address comes from it).`,
      });
    const subtag = data.lang.split('-')[1];
    if (subtag && subtag !== data.script)
      problems.push({
        file: f.file,
        field: 'lang',
        message: `names the script ${subtag} but script is ${data.script}. Fix: make them the same.`,
      });
    const wantDir = SCRIPTS[data.script].dir;
    if (data.dir !== wantDir)
      problems.push({
        file: f.file,
        field: 'dir',
        message: `is ${data.dir}, but ${SCRIPTS[data.script].name} script (${data.script}) is written ${wantDir === 'rtl' ? 'right to left' : 'left to right'}. Fix: set dir: ${wantDir}.`,
      });
    const written = writtenText(data);
    const main = mainScript(written);
    if (main !== data.script)
      problems.push({
        file: f.file,
        field: 'script',
        message: `is ${data.script}, but most of the page's letters are ${SCRIPTS[main].name} (${main}). Fix: set script: ${main}, or check that the right text is in the file.`,
      });
    const other = ranks.get(data.census.rank);
    if (other)
      problems.push({
        file: f.file,
        field: 'census.rank',
        message: `${data.census.rank} is also the rank of ${other}. Fix: give each language its own place in the Census 2021 list.`,
      });
    ranks.set(data.census.rank, f.file);
    if (data.census.england === undefined && data.census.england_and_wales === undefined && !data.census.note)
      problems.push({
        file: f.file,
        field: 'census',
        message:
          'gives no Census 2021 figure. Fix: add england (or england_and_wales where only that figure was read), from the sources in language-help.yaml, or a note saying why the figure is not given.',
      });
    const checked = data.translation.checked_by !== '';
    if (checked !== (data.translation.checked_on !== undefined))
      problems.push({
        file: f.file,
        field: 'translation.checked_on',
        message: checked
          ? 'is missing, but checked_by names a translator. Fix: add the date they checked the page, as YYYY-MM-DD.'
          : 'gives a date but checked_by is empty. Fix: name the qualified translator who checked the page, or remove the date.',
      });
    for (const s of data.sections) {
      const numbers = agencyNumbers.get(sections.find((w) => w.id === s.id)?.agency ?? '') ?? [];
      // The service's file has its own problem (reported on its own): its numbers are not known.
      if (numbers === null) continue;
      for (const field of ['heading', 'text'] as const) {
        const where = `sections.${s.id}.${field}`;
        if (OTHER_DIGITS.test(s[field]))
          problems.push({
            file: f.file,
            field: where,
            message:
              'writes a number in digits other than 0 to 9. Fix: write phone numbers with 0 to 9, as they are on the phone’s keypad.',
          });
        for (const m of s[field].matchAll(NUMBER)) {
          const digits = digitsOf(m[0]);
          // One or two digits are a count ("24 hours"), not a phone number.
          if (digits.length < 3) continue;
          if (numbers.some((n) => digitsOf(n) === digits)) continue;
          problems.push({
            file: f.file,
            field: where,
            message: numbers.length
              ? `writes ${m[0]}, but the service's number is ${numbers.join(' or ')} (its file in content/agencies/). Fix: write ${numbers[0]}, or leave the number out: the page shows it beside the section.`
              : `writes ${m[0]}, but this section has no service number. Fix: leave the number out.`,
          });
        }
      }
    }
  }
  return problems;
}

/** What a language page shows: its sections with the English words, numbers and sources beside them. */
export interface LanguagePageSection {
  id: string;
  heading: string;
  text: string;
  english: { heading: string; text: string };
  /** The number to call, from the service's own file, and the service's name. */
  phone?: { number: string; service: string };
  sayInEnglish?: string;
  interpreter?: 'offered' | 'not-found';
  sources: LanguageHelp['sections'][number]['sources'];
}

/** A language page's sections in the English file's order, each with its English words and number. */
export function languagePageSections(
  help: LanguageHelp,
  language: Language,
  agencies: ReadonlyMap<string, { name: string; numbers: readonly string[] }>,
): LanguagePageSection[] {
  return help.sections.map((s) => {
    const own = language.sections.find((x) => x.id === s.id);
    if (!own) throw new Error(`${language.lang}: no section ${s.id} (the content check refuses this)`);
    const agency = s.agency ? agencies.get(s.agency) : undefined;
    return {
      id: s.id,
      heading: own.heading,
      text: own.text,
      english: { heading: s.heading, text: s.text },
      phone: agency?.numbers[0] ? { number: agency.numbers[0], service: agency.name } : undefined,
      sayInEnglish: s.say_in_english?.replaceAll('{language}', language.name_en),
      interpreter: s.interpreter,
      sources: s.sources,
    };
  });
}

/** The English note on how the page was translated, and whether a qualified translator has checked it. */
export function translationNote(help: LanguageHelp, language: Language): string {
  const t = language.translation;
  return t.checked_by && t.checked_on
    ? help.checked_note.replaceAll('{name}', t.checked_by).replaceAll('{date}', t.checked_on)
    : help.translation_note;
}
