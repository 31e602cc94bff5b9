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
});

export const URGENCIES = ['emergency', 'urgent', 'soon', 'information'] as const;
export type Urgency = (typeof URGENCIES)[number];

export const outcomeSchema = z.object({
  id: slug,
  type: z.literal('outcome'),
  title: z.string().trim().min(1),
  urgency: z.enum(URGENCIES),
  summary: z.string().trim().min(1),
  steps: z.array(z.string().trim().min(1)).min(1),
  agencies: z.array(z.string()).default([]),
  roles: z.array(z.enum(ROLE_IDS)).default([]),
  say: z.array(z.string().trim().min(1)).default([]),
  bring: z.array(z.string().trim().min(1)).default([]),
  rights: z.array(z.string().trim().min(1)).default([]),
  guides: z.array(z.string()).default([]),
  /** Where the rights and steps of this outcome come from: the law, GOV.UK or the service's own page where one can be read. */
  sources: z
    .array(sourceSchema())
    .min(1, 'needs at least one source for its rights and steps. Fix: add sources with the url of the page each statement comes from and the date you checked it.'),
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
export type TreeNode = Question | Outcome;
export type Tree = z.output<typeof treeSchema>;

