/** The zod schema of the decision tree (content/tree.yaml). Build-time only: the browser never loads it. */
import { z } from 'zod';
import { ROLE_IDS } from './taxonomy.ts';
import { sourceSchema } from './schema.ts';

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lowercase words joined by hyphens');

export const answerSchema = z.object({
  value: slug,
  label: z.string().trim().min(1),
  next: slug,
  /** The "I'm not sure" answer of a question. */
  unsure: z.boolean().default(false),
  /** The answer that means someone is in immediate danger (first question only). */
  danger: z.boolean().default(false),
});

export const questionSchema = z.object({
  id: slug,
  type: z.literal('question'),
  question: z.string().trim().min(1),
  hint: z.string().trim().optional(),
  /** A short label for the flowchart and the answers summary. */
  short: z.string().trim().min(1),
  answers: z.array(answerSchema).min(2, 'needs at least two answers').max(6, 'has more than six answers'),
  /** Services (agency ids) whose call buttons show above the answers, for a question asked when someone may need help now. */
  help: z.array(z.string()).max(4, 'names more than four services. Fix: keep the few a person needs at once; the crisis panel lists the rest.').default([]),
});

/** A right the person has, with the law it rests on (checked by rightsWithoutLaw in rights.ts). */
export const rightSchema = z.object(
  {
    text: z.string().trim().min(1),
    sources: z
      .array(sourceSchema())
      .min(1, 'needs at least one source. Fix: add the law this right rests on (a legislation.gov.uk or GOV.UK page) with its title, url and checked date.'),
  },
  {
    error:
      'must be an item with text: (the right in plain words) and sources: (the law it rests on). Fix: write "- text: ..." and under it "sources:" with the legislation.gov.uk or GOV.UK page.',
  },
);

export const URGENCIES = ['emergency', 'urgent', 'soon', 'information'] as const;
export type Urgency = (typeof URGENCIES)[number];

export const outcomeSchema = z.object({
  id: slug,
  type: z.literal('outcome'),
  title: z.string().trim().min(1),
  urgency: z.enum(URGENCIES),
  summary: z.string().trim().min(1),
  /**
   * The single most important action, shown first under the heading with its call or text button:
   * what to do, in one or two sentences, and who to contact for it (one or two agency or role ids
   * that this outcome also lists under `agencies` or `roles`, most important first).
   */
  first: z.object(
    {
      do: z
        .string()
        .trim()
        .min(1)
        .max(240, 'is longer than 240 characters. Fix: say the one thing to do first in a sentence or two; the other steps go under steps.'),
      contacts: z
        .array(z.string())
        .min(1, 'names no one. Fix: name the agency or role to call first.')
        .max(2, 'names more than two. Fix: keep the one or two most important; the rest are listed anyway.'),
    },
    { error: 'is missing. Fix: add first: with do: (the most important thing to do now) and contacts: (the agency or role to call for it).' },
  ),
  steps: z.array(z.string().trim().min(1)).min(1),
  agencies: z.array(z.string()).default([]),
  roles: z.array(z.enum(ROLE_IDS)).default([]),
  say: z.array(z.string().trim().min(1)).default([]),
  bring: z.array(z.string().trim().min(1)).default([]),
  /** The person's rights, each with its law: shown under "Your rights" followed by "Law: ...". */
  rights: z.array(rightSchema).default([]),
  guides: z.array(z.string()).default([]),
  /** Where the rights and steps of this outcome come from: the law, GOV.UK or the service's own page where one can be read. */
  sources: z
    .array(sourceSchema())
    .min(
      1,
      'needs at least one source for its rights and steps. Fix: add sources with the url of the page each statement comes from and the date you checked it.',
    ),
});

export const treeSchema = z.object({
  start: slug,
  /** The most questions a person may be asked before reaching an outcome. */
  max_questions: z.number().int().min(1).max(8).default(8),
  nodes: z.array(z.discriminatedUnion('type', [questionSchema, outcomeSchema])).min(2),
});

export type Answer = z.output<typeof answerSchema>;
export type Question = z.output<typeof questionSchema>;
export type Outcome = z.output<typeof outcomeSchema>;
export type OutcomeRight = z.output<typeof rightSchema>;
export type TreeNode = Question | Outcome;
export type Tree = z.output<typeof treeSchema>;
