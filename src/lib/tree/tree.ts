/**
 * The "where do I go for help?" decision tree: the checks that keep it sound, the engine that
 * walks a person's answers, and the smaller tree the browser gets (its schema is in tree-schema.ts). Answers are keyed by question id, so changing one
 * keeps every other answer that still applies.
 */
import type { RoleId } from '../taxonomy.ts';
import { rightsWithoutLaw } from './rights.ts';
import type { Answer, Outcome, Question, Tree, TreeNode } from './tree-schema.ts';

export type { Outcome, Question, Tree, TreeNode } from './tree-schema.ts';

export interface TreeContext {
  /** For each edition: the agency ids it can show (national and its own) and the roles it fills. */
  editions: Record<string, { agencies: ReadonlySet<string>; roles: ReadonlySet<RoleId> }>;
  guides: ReadonlySet<string>;
}

export interface TreeProblem {
  node: string;
  message: string;
}

/**
 * An outcome as the browser gets it: enough to name it and link to its own page, where the rest
 * (steps, contacts, rights, sources) is written out. Keeps the islands' data small.
 */
type OutcomeRef = Pick<Outcome, 'type' | 'id' | 'title' | 'urgency'>;
export type BrowserNode = Question | OutcomeRef;
/** The tree the step-by-step guide walks in the browser: questions whole, outcomes by name. A full Tree is one too. */
export interface BrowserTree {
  start: string;
  max_questions: number;
  nodes: BrowserNode[];
}

/** The tree with only what the browser needs to walk it. */
export function treeForBrowser(tree: Tree): BrowserTree {
  return {
    start: tree.start,
    max_questions: tree.max_questions,
    nodes: tree.nodes.map((n): BrowserNode => {
      if (n.type === 'outcome') return { type: n.type, id: n.id, title: n.title, urgency: n.urgency };
      // The easy read words are written into the easy read pages; the step-by-step guide never needs them.
      const { easy: _easy, ...question } = n;
      return question;
    }),
  };
}

/** Each node by its id. */
export function nodeMap<N extends { id: string }>(tree: { nodes: readonly N[] }): Map<string, N> {
  return new Map(tree.nodes.map((n) => [n.id, n]));
}

/**
 * Node ids reachable from `from`, in breadth-first order: the order of the outline of questions,
 * the booklet and the flowchart. Questions in `stopAt` are listed but not followed.
 */
export function reachableFrom(tree: BrowserTree, from: string, stopAt: string[] = []): string[] {
  const byId = nodeMap(tree);
  const seen: string[] = [];
  const queue = [from];
  while (queue.length) {
    const id = queue.shift()!;
    if (seen.includes(id) || !byId.has(id)) continue;
    seen.push(id);
    const n = byId.get(id)!;
    if (n.type === 'question' && (id === from || !stopAt.includes(id))) queue.push(...n.answers.map((a) => a.next));
  }
  return seen;
}

/**
 * Where the guide splits by situation: of the questions reachable from the start, the one whose
 * answers lead to the most different further questions (the first such on a tie), with those
 * questions in the order it lists them. The flowchart draws each of them as its own section.
 * Nothing when no question leads on to two or more others.
 */
export function branchingQuestion(tree: BrowserTree): { question: Question; branches: string[] } | undefined {
  const byId = nodeMap(tree);
  let best: { question: Question; branches: string[] } | undefined;
  for (const id of reachableFrom(tree, tree.start)) {
    const n = byId.get(id);
    if (n?.type !== 'question') continue;
    const branches = [...new Set(n.answers.map((a) => a.next))].filter((next) => byId.get(next)?.type === 'question');
    if (branches.length >= 2 && branches.length > (best?.branches.length ?? 0)) best = { question: n, branches };
  }
  return best;
}

/** Every rule the tree must keep; each problem names the node and the fix. */
export function validateTree(tree: Tree, ctx?: TreeContext): TreeProblem[] {
  const problems: TreeProblem[] = [];
  const nodes = new Map<string, TreeNode>();
  for (const n of tree.nodes) {
    if (nodes.has(n.id))
      problems.push({ node: n.id, message: `the id "${n.id}" is used twice. Fix: give each node its own id.` });
    else nodes.set(n.id, n);
  }
  const start = nodes.get(tree.start);
  if (!start) {
    problems.push({
      node: tree.start,
      message: `start names "${tree.start}", which does not exist. Fix: set start to the id of the first question.`,
    });
    return problems;
  }

  for (const n of nodes.values()) {
    if (n.type !== 'question') continue;
    const values = new Set<string>();
    n.answers.forEach((a) => {
      if (values.has(a.value))
        problems.push({
          node: n.id,
          message: `two answers have the value "${a.value}". Fix: give each answer its own value.`,
        });
      values.add(a.value);
      if (!nodes.has(a.next))
        problems.push({
          node: n.id,
          message: `the answer "${a.label}" leads to "${a.next}", which does not exist. Fix: use the id of a question or outcome.`,
        });
    });
    if (!n.answers.some((a) => a.unsure)) {
      problems.push({
        node: n.id,
        message: 'has no "I\'m not sure" answer. Fix: add an answer with unsure: true that leads somewhere useful.',
      });
    }
  }

  // Every right on a next-steps page names the law it rests on.
  for (const n of nodes.values()) {
    if (n.type === 'outcome')
      for (const message of rightsWithoutLaw(n.rights)) problems.push({ node: `${n.id}.rights`, message });
  }

  // Rights kept open need rights to show; an "also" block is short and names who to contact.
  for (const n of nodes.values()) {
    if (n.type !== 'outcome') continue;
    if (n.rights_open && n.rights.length === 0)
      problems.push({
        node: n.id,
        message:
          'rights_open is true, but this outcome has no rights to keep open. Fix: add its rights, or remove rights_open.',
      });
    if (!n.also) continue;
    if (n.also.roles.length === 0 && n.also.agencies.length === 0)
      problems.push({
        node: `${n.id}.also`,
        message:
          'names no one to contact. Fix: add roles: (for example tenancy-support) or agencies: with the services to contact.',
      });
    const sentences = n.also.text.split(/(?<=[.!?])\s+/).filter((x) => x.trim()).length;
    if (sentences > 2)
      problems.push({
        node: `${n.id}.also`,
        message: `text has ${sentences} sentences. Fix: keep it to one or two short sentences; the steps and guide pages say the rest.`,
      });
  }

  // The first question screens for immediate danger.
  if (start.type !== 'question') {
    problems.push({
      node: start.id,
      message: 'the tree starts with an outcome. Fix: start with the question about immediate danger.',
    });
  } else {
    const danger = start.answers.find((a) => a.danger);
    const target = danger && nodes.get(danger.next);
    if (!danger)
      problems.push({
        node: start.id,
        message:
          'the first question does not screen for immediate danger. Fix: mark its "in danger now" answer with danger: true.',
      });
    else if (target?.type !== 'outcome' || target.urgency !== 'emergency') {
      problems.push({
        node: start.id,
        message: `the danger answer leads to "${danger.next}", which is not an emergency outcome. Fix: point it at the outcome with urgency: emergency.`,
      });
    }
  }

  // Reachability, cycles and depth, by walking every path from the start.
  const reached = new Set<string>();
  const reportedCycles = new Set<string>();
  const reportedDepth = new Set<string>();
  const visit = (id: string, trail: string[], questions: number) => {
    const n = nodes.get(id);
    if (!n) return;
    if (trail.includes(id)) {
      const key = [...trail.slice(trail.indexOf(id)), id].join(' → ');
      if (!reportedCycles.has(id)) {
        reportedCycles.add(id);
        problems.push({
          node: id,
          message: `the answers go round in a loop (${key}). Fix: point one of these answers forward to a new question or an outcome.`,
        });
      }
      return;
    }
    reached.add(id);
    if (n.type === 'outcome') {
      if (questions > tree.max_questions && !reportedDepth.has(id)) {
        reportedDepth.add(id);
        problems.push({
          node: id,
          message: `is reached only after ${questions} questions (${trail.join(' → ')}), more than ${tree.max_questions}. Fix: ask fewer questions on this path.`,
        });
      }
      return;
    }
    for (const a of n.answers) visit(a.next, [...trail, id], questions + 1);
  };
  visit(start.id, [], 0);
  for (const id of nodes.keys()) {
    if (!reached.has(id))
      problems.push({
        node: id,
        message: 'cannot be reached from the first question. Fix: add an answer that leads here, or remove it.',
      });
  }

  // What to do first names help the outcome lists, so every edition's check of the list covers it.
  for (const n of nodes.values()) {
    if (n.type !== 'outcome') continue;
    for (const c of n.first.contacts) {
      if (!n.agencies.includes(c) && !(n.roles as string[]).includes(c)) {
        problems.push({
          node: n.id,
          message: `first.contacts names "${c}", which is not in this outcome's agencies or roles. Fix: use one of ${[...n.roles, ...n.agencies].join(', ') || 'its agencies or roles (add some first)'}.`,
        });
      }
    }
  }

  // Outcomes must name real help in every edition, and link to real guide pages.
  if (ctx) {
    for (const n of nodes.values()) {
      if (n.type === 'question') {
        for (const [ed, { agencies }] of Object.entries(ctx.editions)) {
          for (const m of n.help.filter((a) => !agencies.has(a))) {
            problems.push({
              node: n.id,
              message: `help names agency "${m}", which does not exist in the ${ed} edition. Fix: use an agency id from content/agencies/.`,
            });
          }
        }
        continue;
      }
      for (const [ed, { agencies, roles }] of Object.entries(ctx.editions)) {
        const missing = n.agencies.filter((a) => !agencies.has(a));
        for (const m of missing)
          problems.push({
            node: n.id,
            message: `names agency "${m}", which does not exist in the ${ed} edition. Fix: use an agency id from content/agencies/ or a role.`,
          });
        const resolved = n.agencies.filter((a) => agencies.has(a)).length + n.roles.filter((r) => roles.has(r)).length;
        if (resolved === 0)
          problems.push({
            node: n.id,
            message: `gives no one to contact in the ${ed} edition. Fix: add an agency, or a role that edition fills.`,
          });
      }
      for (const [ed, { agencies }] of Object.entries(ctx.editions)) {
        for (const m of (n.also?.agencies ?? []).filter((a) => !agencies.has(a)))
          problems.push({
            node: `${n.id}.also`,
            message: `names agency "${m}", which does not exist in the ${ed} edition. Fix: use an agency id from content/agencies/ or a role.`,
          });
      }
      for (const g of n.guides) {
        if (!ctx.guides.has(g))
          problems.push({
            node: n.id,
            message: `links to guide page "${g}", which does not exist. Fix: use the file name of a page in content/guide/.`,
          });
      }
    }
  }
  return problems;
}

/** A person's answers: question id → answer value. */
export type Answers = Record<string, string>;

export interface Walk<N extends BrowserNode = BrowserNode> {
  /** The questions answered on the way, in order, with the answer given. */
  path: { question: Question; answer: Answer }[];
  /** Where the person is now: the next question to answer, or their outcome. */
  current: N;
  /** Answers that were given but did not fit (unknown question, or a value the question does not offer). */
  rejected: string[];
}

/**
 * Follow the answers from the start. Stops at the first question without a valid answer, so
 * stale, tampered or partial answers always land on a real question.
 */
export function walk<N extends BrowserNode>(tree: { start: string; nodes: N[] }, answers: Answers): Walk<N> {
  const nodes = nodeMap(tree);
  const path: Walk<N>['path'] = [];
  const rejected: string[] = [];
  let current: BrowserNode = nodes.get(tree.start)!;
  const seen = new Set<string>();
  while (current.type === 'question' && !seen.has(current.id)) {
    seen.add(current.id);
    const given = answers[current.id];
    if (given === undefined) break;
    const answer = current.answers.find((a) => a.value === given);
    if (!answer) {
      rejected.push(current.id);
      break;
    }
    const next = nodes.get(answer.next);
    if (!next) break;
    path.push({ question: current, answer });
    current = next;
  }
  for (const key of Object.keys(answers)) {
    if (!nodes.has(key) || nodes.get(key)!.type !== 'question') rejected.push(key);
  }
  // current is always one of the tree's own nodes, so it has the tree's node type.
  return { path, current: current as N, rejected };
}

/** Only the answers on the person's current path (what a link or print-out should carry). */
export function answersOnPath(w: Walk): Answers {
  return Object.fromEntries(w.path.map((s) => [s.question.id, s.answer.value]));
}

/** Answers from a query string such as "danger=no&situation=tonight". Unknown keys are dropped by walk(). */
export function parseAnswers(search: string): Answers {
  const out: Answers = {};
  const params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  for (const [k, v] of params) if (/^[a-z0-9-]{1,60}$/.test(k) && /^[a-z0-9-]{1,60}$/.test(v)) out[k] = v;
  return out;
}

/** Answers from anything stored (session storage, history state): only well-formed key/value strings survive. */
export function cleanAnswers(value: unknown): Answers {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
  const pairs = Object.entries(value).filter((e): e is [string, string] => typeof e[1] === 'string');
  return parseAnswers(new URLSearchParams(pairs).toString());
}

export function formatAnswers(answers: Answers): string {
  return new URLSearchParams(answers).toString();
}

/** Every path from the start to each outcome: used to prove each outcome is reachable. */
export function pathsToOutcomes(tree: BrowserTree): Map<string, Answers[]> {
  const nodes = nodeMap(tree);
  const out = new Map<string, Answers[]>();
  const visit = (id: string, answers: Answers, depth: number) => {
    const n = nodes.get(id);
    if (!n || depth > 20) return;
    if (n.type === 'outcome') {
      out.set(id, [...(out.get(id) ?? []), answers]);
      return;
    }
    for (const a of n.answers) visit(a.next, { ...answers, [n.id]: a.value }, depth + 1);
  };
  visit(tree.start, {}, 0);
  return out;
}

/** The most questions still to come from a node to any outcome. */
export function questionsRemaining(tree: BrowserTree, from: string): number {
  const nodes = nodeMap(tree);
  const memo = new Map<string, number>();
  const depth = (id: string, guard: number): number => {
    const n = nodes.get(id);
    if (!n || n.type === 'outcome' || guard > 50) return 0;
    if (memo.has(id)) return memo.get(id)!;
    const d = 1 + Math.max(...n.answers.map((a) => depth(a.next, guard + 1)));
    memo.set(id, d);
    return d;
  };
  return depth(from, 0);
}

/** "Question 2 of up to 4": where the person is, for the progress indicator. */
export function progress(tree: BrowserTree, answeredBefore: number, at: string): { step: number; upTo: number } {
  return { step: answeredBefore + 1, upTo: answeredBefore + Math.max(1, questionsRemaining(tree, at)) };
}

/** How many questions come before a node on the shortest way from the start. */
export function depthOf(tree: BrowserTree, id: string): number {
  const nodes = nodeMap(tree);
  const seen = new Map<string, number>([[tree.start, 0]]);
  const queue = [tree.start];
  while (queue.length) {
    const at = queue.shift()!;
    if (at === id) return seen.get(at)!;
    const n = nodes.get(at);
    if (n?.type !== 'question') continue;
    for (const a of n.answers) {
      if (!seen.has(a.next)) {
        seen.set(a.next, seen.get(at)! + 1);
        queue.push(a.next);
      }
    }
  }
  return 0;
}
