/** The zod schema of the decision tree (content/tree.yaml). Build-time only: the browser never loads it. */
import { z } from 'zod';
import { ROLE_IDS } from '../taxonomy.ts';
import { MAX_DESCRIPTION, MAX_NAME, MAX_SHORT, sourceSchema, strictObject, text } from '../content/schema.ts';

const slug = z
  .string()
  .max(60, 'is too long (over 60 characters). Fix: use a few lowercase words joined by hyphens.')
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lowercase words joined by hyphens. Fix: write it like no-recourse.');

/** The most answers a question may have besides "I'm not sure". */
const MAX_ANSWERS = 7;

const answerSchema = strictObject({
  value: slug,
  label: text(MAX_NAME),
  /** A few words for the flowchart's arrow, where the label is long (the flowchart draws label otherwise). */
  short: text(MAX_SHORT).optional(),
  next: slug,
  /** The "I'm not sure" answer of a question. */
  unsure: z.boolean().default(false),
  /** The answer that means someone is in immediate danger (first question only). */
  danger: z.boolean().default(false),
});

/**
 * Easy read words beside the standard ones (shown on /easy-read/ pages). Only their shape is checked
 * here; that every question and outcome has them, every answer its easy label and every point its
 * picture, and that they read easily, is checked by src/lib/content/easy-read.ts.
 */
const easyPointSchema = strictObject(
  {
    /** One idea in one to three short sentences; **word** marks an important word in bold. */
    text: text(MAX_DESCRIPTION),
    /** A picture id from content/easy-read/pictures.yaml, shown on the left. */
    picture: z.string().optional(),
    /** What the picture shows, where the picture list's own words do not fit this point. */
    alt: text(MAX_SHORT * 2).optional(),
  },
  { error: 'must be a point with text: and picture:. Fix: write "- text: ..." and under it "picture: phone".' },
);
const easyPointsSchema = z.array(easyPointSchema);

const easyQuestionSchema = strictObject({
  question: text(MAX_NAME),
  hint: text(MAX_DESCRIPTION).optional(),
  /** An easy label for each answer, by the answer's value. */
  answers: z.record(z.string(), text(MAX_NAME)).default({}),
});

const easyOutcomeSchema = strictObject({
  title: text(MAX_NAME),
  points: easyPointsSchema.default([]),
});

const questionSchema = strictObject({
  id: slug,
  type: z.literal('question'),
  question: text(MAX_NAME),
  hint: text(MAX_DESCRIPTION).optional(),
  /** A short label for the flowchart and the answers summary. */
  short: text(MAX_SHORT),
  /** At most seven answers besides "I'm not sure", so the list fits a phone screen and stays easy to choose from. */
  answers: z
    .array(answerSchema)
    .min(2, 'needs at least two answers')
    .superRefine((answers, ctx) => {
      const chosen = answers.filter((a) => !a.unsure).length;
      if (chosen > MAX_ANSWERS)
        ctx.addIssue({
          code: 'custom',
          message: `has ${chosen} answers besides “I’m not sure”, more than ${MAX_ANSWERS}. Fix: join two answers that lead to the same kind of help, or put one under another question.`,
        });
    }),
  /** Services (agency ids) whose call buttons show above the answers, for a question asked when someone may need help now. */
  help: z
    .array(z.string())
    .max(4, 'names more than four services. Fix: keep the few a person needs at once; the crisis panel lists the rest.')
    .default([]),
  /** The question in easy read. */
  easy: easyQuestionSchema.optional(),
});

/** A right the person has, with the law it rests on (checked by rightsWithoutLaw in rights.ts). */
const rightSchema = strictObject(
  {
    text: text(MAX_DESCRIPTION),
    sources: z
      .array(sourceSchema())
      .min(
        1,
        'needs at least one source. Fix: add the law this right rests on (a legislation.gov.uk or GOV.UK page) with its title, url and checked date.',
      ),
  },
  {
    error:
      'must be an item with text: (the right in plain words) and sources: (the law it rests on). Fix: write "- text: ..." and under it "sources:" with the legislation.gov.uk or GOV.UK page.',
  },
);

/**
 * A second need that often comes with the situation (for example mental health support when
 * money is the problem): a short title, one or two sentences, and who to contact for it. Shown
 * after the outcome's contacts.
 */
const alsoSchema = strictObject(
  {
    title: text(60, 'is longer than 60 characters. Fix: give the need in a few words, like "Your mental health".'),
    text: text(MAX_DESCRIPTION),
    /** Roles (filled by each edition) and agencies to contact for this need. */
    roles: z.array(z.enum(ROLE_IDS)).default([]),
    agencies: z.array(z.string()).default([]),
    sources: z
      .array(sourceSchema())
      .min(
        1,
        'needs at least one source. Fix: add the page that says this help exists (the service’s, NHS or GOV.UK page) with its title, url and checked date.',
      ),
  },
  {
    error:
      'must be a block with title:, text:, roles: or agencies:, and sources:. Fix: write "also:" and under it "title: ...", "text: ...", "roles: [...]" and "sources:".',
  },
);

const URGENCIES = ['emergency', 'urgent', 'soon', 'information'] as const;
export type Urgency = (typeof URGENCIES)[number];

const outcomeSchema = strictObject({
  id: slug,
  type: z.literal('outcome'),
  title: text(MAX_NAME),
  urgency: z.enum(URGENCIES),
  summary: text(MAX_DESCRIPTION),
  /**
   * The single most important action, shown first under the heading with its call or text button:
   * what to do, in one or two sentences, and who to contact for it (one or two agency or role ids
   * that this outcome also lists under `agencies` or `roles`, most important first).
   */
  first: strictObject(
    {
      do: text(
        240,
        'is longer than 240 characters. Fix: say the one thing to do first in a sentence or two; the other steps go under steps.',
      ),
      contacts: z
        .array(z.string())
        .min(1, 'names no one. Fix: name the agency or role to call first.')
        .max(2, 'names more than two. Fix: keep the one or two most important; the rest are listed anyway.'),
    },
    {
      error:
        'is missing. Fix: add first: with do: (the most important thing to do now) and contacts: (the agency or role to call for it).',
    },
  ),
  steps: z.array(text(MAX_DESCRIPTION)).min(1),
  agencies: z.array(z.string()).default([]),
  roles: z.array(z.enum(ROLE_IDS)).default([]),
  say: z.array(text(MAX_DESCRIPTION)).default([]),
  bring: z.array(text(MAX_DESCRIPTION)).default([]),
  /** The person's rights, each with its law: shown under "Your rights" followed by "Law: ...". */
  rights: z.array(rightSchema).default([]),
  /**
   * Keep "Your rights" open on screen (not folded on phones), where a right is the point of the
   * outcome: a review, a notice, a court hearing, intentional homelessness.
   */
  rights_open: z.boolean().default(false),
  /** A second need that comes with this situation, shown after the contacts. */
  also: alsoSchema.optional(),
  guides: z.array(z.string()).default([]),
  /** Where the rights and steps of this outcome come from: the law, GOV.UK or the service's own page where one can be read. */
  sources: z
    .array(sourceSchema())
    .min(
      1,
      'needs at least one source for its rights and steps. Fix: add sources with the url of the page each statement comes from and the date you checked it.',
    ),
  /** The outcome in easy read: its title and its points, each with a picture. Its contacts are the outcome's own. */
  easy: easyOutcomeSchema.optional(),
});

export const treeSchema = strictObject({
  start: slug,
  /** The most questions a person may be asked before reaching an outcome. */
  max_questions: z.number().int().min(1).max(8).default(8),
  nodes: z.array(z.discriminatedUnion('type', [questionSchema, outcomeSchema])).min(2),
});

export type Answer = z.output<typeof answerSchema>;
export type Question = z.output<typeof questionSchema>;
export type Outcome = z.output<typeof outcomeSchema>;
export type TreeNode = Question | Outcome;
export type Tree = z.output<typeof treeSchema>;
export type EasyPoint = z.output<typeof easyPointSchema>;
