/**
 * Easy read: the rules its words keep, and how its markup is read. Easy read words live beside the
 * standard words (an `easy:` block on each question and outcome of content/tree.yaml, and the files
 * in content/easy-read/), so the easy read pages can never give different contacts or numbers.
 *
 * The rules follow UK easy read guidance (Mencap, "Am I making myself clear?"; Department of Health,
 * "Making written information easier to understand for people with learning disabilities", 2010):
 * one idea per point, a picture beside each point, short sentences of everyday words, numbers as
 * digits, important words in bold, and no hard word without its meaning. Measured here:
 * - every sentence has at most 15 words;
 * - each page's words read at age 7 or under, by the Flesch-Kincaid grade plus 5 (the measure the
 *   rest of the guide uses, in readability.ts);
 * - every point has a picture from the list (content/easy-read/pictures.yaml) with words that say
 *   what it shows;
 * - a word from the glossary is explained in the same point (", this means ...", "(...)", ":");
 * - numbers one to twenty are written as digits; ** marks are paired.
 *
 * Pure: takes the content as read by the content check, returns problems naming the file, the
 * question or outcome id, the field and the fix.
 */
import { z } from 'zod';
import { mentions, readingAge, sentencesOf, type GlossaryTerm } from './readability.ts';

/** The list of pictures as the site loads it (the content check has already reported any problem with it). */
export const easyPicturesFileSchema = z.object({
  pictures: z.array(z.object({ id: z.string(), alt: z.string() })),
});

/** The longest easy read sentence, in words. */
const EASY_MAX_SENTENCE_WORDS = 15;
/** The highest reading age of a page's easy read words (Flesch-Kincaid grade + 5). */
const EASY_MAX_READING_AGE = 7;

interface EasyPointInput {
  text?: unknown;
  picture?: unknown;
  alt?: unknown;
}

export interface EasyPicture {
  id: string;
  /** What the picture shows, used as its alt text unless a point gives its own. */
  alt: string;
}

export interface EasyProblem {
  file: string;
  field: string;
  message: string;
}

/** A piece of easy read text: bold or not. */
export interface EasyRun {
  text: string;
  bold: boolean;
}

/** Easy read markup (**word** is bold) as runs of plain and bold text, for a page to lay out. */
export function easyRuns(markup: string): EasyRun[] {
  return markup
    .split('**')
    .map((text, i) => ({ text, bold: i % 2 === 1 }))
    .filter((r) => r.text);
}

/** Easy read markup as plain text (for measuring, titles and alt text). */
export const easyPlain = (markup: string): string => markup.replace(/\*\*/g, '');

/** Numbers a reader of easy read should see as digits. "one" is left out: "no one", "someone", "the one you chose". */
const NUMBER_WORDS =
  /\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|hundred)\b/i;

/** Words that say what a glossary word means, in the same point. */
const EXPLAINED =
  /\b(means?|meaning|is called|are called|called|this is|that is|is when|is where|is a|is an|are people|is the|are the)\b|[(:]/i;

/** The rules on one piece of easy read text (a sentence or a few): sentence length, digits, bold marks. */
function textProblems(markup: string): string[] {
  const out: string[] = [];
  if ((markup.match(/\*\*/g) ?? []).length % 2 === 1)
    out.push(
      'has a ** with no partner, so the rest of the text would be bold. Fix: put ** on both sides of the bold words, like **council**.',
    );
  for (const s of sentencesOf(easyPlain(markup)))
    if (s.words > EASY_MAX_SENTENCE_WORDS)
      out.push(
        `has a sentence of ${s.words} words (easy read allows ${EASY_MAX_SENTENCE_WORDS}): "${s.text}". Fix: split it into 2 sentences, one idea each.`,
      );
  const n = NUMBER_WORDS.exec(markup);
  if (n)
    out.push(
      `writes the number "${n[1]}" in words. Fix: write it as digits (easy read writes every number as digits).`,
    );
  return out;
}

/** Glossary words a point uses without saying what they mean in that point. */
function unexplainedInPoint(markup: string, glossary: readonly GlossaryTerm[]): GlossaryTerm[] {
  const text = easyPlain(markup);
  return glossary.filter((t) => {
    if (!mentions(text, t)) return false;
    if (EXPLAINED.test(text)) return false;
    return ![t.term, ...(t.also ?? [])].some((name) =>
      new RegExp(`\\b${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}s?\\b\\W*\\s+(is|are)\\b`, 'i').test(text),
    );
  });
}

/** The reading age of a page's easy read words, and its hardest sentence. */
export function easyReadingAge(texts: readonly string[]): { age: number; hardest?: string } {
  const sentences = sentencesOf(texts.map(easyPlain).join('\n'));
  const hardest = [...sentences].sort((a, b) => readingAge([b]) * b.words - readingAge([a]) * a.words)[0];
  return { age: readingAge(sentences), hardest: hardest?.text };
}

/** One easy read page's words: its texts checked for length, digits, bold marks, hard words and reading age. */
export interface EasyPageInput {
  file: string;
  /** Where in the file (e.g. "nodes.emergency.easy"). */
  field: string;
  /** Short texts that are not points: a title, a question, a hint, answer labels. */
  texts: { field: string; text: string }[];
  points: { field: string; point: EasyPointInput }[];
}

/** Every problem with one easy read page's words. */
export function easyPageProblems(
  page: EasyPageInput,
  pictures: readonly EasyPicture[],
  glossary: readonly GlossaryTerm[],
): EasyProblem[] {
  const problems: EasyProblem[] = [];
  const add = (field: string, message: string) => problems.push({ file: page.file, field, message });
  const byId = new Map(pictures.map((p) => [p.id, p]));
  const all: string[] = [];
  for (const t of page.texts) {
    all.push(t.text);
    for (const m of textProblems(t.text)) add(t.field, m);
    for (const g of unexplainedInPoint(t.text, glossary))
      add(
        t.field,
        `uses "${g.term}" without saying what it means. Fix: say it in everyday words, or explain it here, for example: ${g.meaning}`,
      );
  }
  for (const { field, point } of page.points) {
    const text = typeof point.text === 'string' ? point.text : '';
    all.push(text);
    for (const m of textProblems(text)) add(`${field}.text`, m);
    for (const g of unexplainedInPoint(text, glossary))
      add(
        `${field}.text`,
        `uses "${g.term}" without saying what it means in the same point. Fix: add what it means to this point ("This means ..."), for example: ${g.meaning}`,
      );
    const picture = typeof point.picture === 'string' ? point.picture.trim() : '';
    if (!picture) {
      add(
        `${field}.picture`,
        `has no picture. Fix: add picture: with one of ${pictures.map((p) => p.id).join(', ')} (the list is content/easy-read/pictures.yaml).`,
      );
      continue;
    }
    const known = byId.get(picture);
    if (!known) {
      add(
        `${field}.picture`,
        `is "${picture}", which is not in content/easy-read/pictures.yaml. Fix: use one of ${pictures.map((p) => p.id).join(', ')}, or add the picture there and its file to content/easy-read/pictures/.`,
      );
      continue;
    }
    const alt = typeof point.alt === 'string' ? point.alt : known.alt;
    if (!alt.trim())
      add(
        `${field}.alt`,
        'is empty, so a screen reader says nothing for the picture. Fix: say in a few words what the picture shows.',
      );
  }
  const { age, hardest } = easyReadingAge(all);
  if (age > EASY_MAX_READING_AGE)
    add(
      page.field,
      `reads at about age ${age} (easy read allows ${EASY_MAX_READING_AGE}). The hardest sentence: "${hardest}". Fix: use shorter sentences and shorter everyday words, starting with that one.`,
    );
  return problems;
}

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {});
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** The pages a list of easy read points makes (points under `points:`), as page input. */
function pointsOf(field: string, points: unknown): EasyPageInput['points'] {
  return list(points).map((p, i) => ({ field: `${field}[${i}]`, point: obj(p) as EasyPointInput }));
}

/**
 * The decision tree's easy read words: every question and outcome has them, every answer has its
 * easy label, every outcome has points, and each page's words keep the rules above.
 */
export function easyTreeProblems(
  file: string,
  tree: unknown,
  pictures: readonly EasyPicture[],
  glossary: readonly GlossaryTerm[],
): EasyProblem[] {
  const problems: EasyProblem[] = [];
  for (const raw of list(obj(tree).nodes)) {
    const node = obj(raw);
    const id = str(node.id);
    if (!id) continue;
    const field = `nodes.${id}.easy`;
    const easy = node.easy === undefined ? undefined : obj(node.easy);
    if (node.type === 'question') {
      if (!easy) {
        problems.push({
          file,
          field,
          message:
            'is missing: this question has no easy read words. Fix: add easy: with question: (the question in easy words), hint: if it has one, and answers: with an easy label for each answer value.',
        });
        continue;
      }
      const labels = obj(easy.answers);
      const texts: EasyPageInput['texts'] = [];
      if (str(easy.question)) texts.push({ field: `${field}.question`, text: str(easy.question)! });
      if (str(easy.hint)) texts.push({ field: `${field}.hint`, text: str(easy.hint)! });
      for (const a of list(node.answers)) {
        const value = str(obj(a).value);
        if (!value) continue;
        const label = str(labels[value]);
        if (!label?.trim())
          problems.push({
            file,
            field: `${field}.answers.${value}`,
            message: `is missing: the answer "${value}" has no easy read label. Fix: under easy: answers: add ${value}: with the answer in easy words.`,
          });
        else texts.push({ field: `${field}.answers.${value}`, text: label });
      }
      for (const value of Object.keys(labels))
        if (!list(node.answers).some((a) => obj(a).value === value))
          problems.push({
            file,
            field: `${field}.answers.${value}`,
            message: `is not one of this question's answers (${list(node.answers)
              .map((a) => str(obj(a).value))
              .join(', ')}). Fix: use the answer's value, or remove it.`,
          });
      problems.push(...easyPageProblems({ file, field, texts, points: [] }, pictures, glossary));
    } else if (node.type === 'outcome') {
      if (!easy) {
        problems.push({
          file,
          field,
          message:
            'is missing: this outcome has no easy read words. Fix: add easy: with title: and points:, each point a "- text: ..." with picture:. Write them from the outcome\'s own words; its contacts are shown from its own data.',
        });
        continue;
      }
      if (!list(easy.points).length)
        problems.push({
          file,
          field: `${field}.points`,
          message:
            'lists no points. Fix: add the outcome\'s first step and main steps as points, each "- text: ..." with picture:.',
        });
      const texts = str(easy.title) ? [{ field: `${field}.title`, text: str(easy.title)! }] : [];
      problems.push(
        ...easyPageProblems(
          { file, field, texts, points: pointsOf(`${field}.points`, easy.points) },
          pictures,
          glossary,
        ),
      );
    }
  }
  return problems;
}

/** The list of pictures (content/easy-read/pictures.yaml) against the picture files: each listed picture has its file. */
export function easyPictureProblems(
  file: string,
  data: unknown,
  pictureFiles: readonly string[],
): { pictures: EasyPicture[]; problems: EasyProblem[] } {
  const problems: EasyProblem[] = [];
  const pictures: EasyPicture[] = [];
  const files = new Set(pictureFiles);
  for (const raw of list(obj(data).pictures)) {
    const p = obj(raw);
    const id = str(p.id);
    if (!id) {
      problems.push({
        file,
        field: 'pictures',
        message: 'has a picture with no id. Fix: give each picture an id, the name of its file without .svg.',
      });
      continue;
    }
    const alt = str(p.alt)?.trim() ?? '';
    if (!alt)
      problems.push({
        file,
        field: `pictures.${id}.alt`,
        message: 'is missing. Fix: say in a few words what the picture shows, like "A phone".',
      });
    if (!files.has(`${id}.svg`))
      problems.push({
        file,
        field: `pictures.${id}`,
        message: `has no file content/easy-read/pictures/${id}.svg. Fix: add the picture's file there (see the README in that folder), or remove it from the list.`,
      });
    pictures.push({ id, alt });
  }
  if (!pictures.length)
    problems.push({ file, field: 'pictures', message: 'lists no pictures. Fix: list each picture with id: and alt:.' });
  return { pictures, problems };
}

const pagePointSchema = z.object({ text: z.string(), picture: z.string().optional(), alt: z.string().optional() });
/**
 * An easy read page of its own (content/easy-read/*.yaml and content/easy-read/guides/<guide id>.yaml):
 * a title, points, and sections of points. A section of the crisis page names its crisis tier
 * (`tier:`), and shows that tier's services from content/crisis.yaml under its points.
 */
export const easyPageFileSchema = z.object({
  title: z.string(),
  points: z.array(pagePointSchema).default([]),
  sections: z
    .array(z.object({ heading: z.string(), tier: z.string().optional(), points: z.array(pagePointSchema).default([]) }))
    .default([]),
});

/**
 * An easy read page file's problems: its shape, its words and pictures, and for the crisis page,
 * a section for each crisis tier (`tiers`, the ids in content/crisis.yaml) and no other.
 */
export function easyPageFileProblems(
  file: string,
  data: unknown,
  pictures: readonly EasyPicture[],
  glossary: readonly GlossaryTerm[],
  tiers?: readonly string[],
): EasyProblem[] {
  const parsed = easyPageFileSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return [
      {
        file,
        field: issue.path.join('.') || '(file)',
        message:
          'is not an easy read page. Fix: write title:, then points: (each "- text: ..." with picture:), and sections: (each with heading: and points:) if it has parts.',
      },
    ];
  }
  const page = parsed.data;
  const problems: EasyProblem[] = [];
  const texts = [
    { field: 'title', text: page.title },
    ...page.sections.map((s, i) => ({ field: `sections[${i}].heading`, text: s.heading })),
  ];
  const points = [
    ...pointsOf('points', page.points),
    ...page.sections.flatMap((s, i) => pointsOf(`sections[${i}].points`, s.points)),
  ];
  if (!points.length)
    problems.push({
      file,
      field: 'points',
      message: 'lists no points. Fix: add points, each "- text: ..." with picture:.',
    });
  problems.push(...easyPageProblems({ file, field: '(page)', texts, points }, pictures, glossary));
  if (tiers) {
    const named = page.sections.map((s) => s.tier);
    for (const t of tiers)
      if (!named.includes(t))
        problems.push({
          file,
          field: 'sections',
          message: `has no section for the crisis tier "${t}", so easy read would leave out its numbers. Fix: add a section with tier: ${t}, a heading: and points:.`,
        });
    page.sections.forEach((s, i) => {
      if (s.tier && !tiers.includes(s.tier))
        problems.push({
          file,
          field: `sections[${i}].tier`,
          message: `is "${s.tier}", which is not a tier in content/crisis.yaml. Fix: use one of ${tiers.join(', ')}.`,
        });
    });
  }
  return problems;
}
