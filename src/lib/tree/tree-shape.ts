/**
 * Rules about the shape of the decision tree that keep a person safe: the first question keeps a
 * plain "No" route, and no outcome lists the same service or role twice. A role and an id that
 * name the same service in an edition are shown once there (see contactIds in present/outcome.ts),
 * so an outcome may name a national service and a role that some editions fill with it.
 */
import type { Tree } from './tree-schema.ts';

export interface ShapeProblem {
  /** The field, from the node's id: `danger.answers`, `ask-the-council.agencies`. */
  field: string;
  message: string;
}

export function treeShapeProblems(tree: Tree): ShapeProblem[] {
  const problems: ShapeProblem[] = [];
  const start = tree.nodes.find((n) => n.id === tree.start);
  if (start?.type === 'question') {
    const unsure = start.answers.filter((a) => a.unsure).map((a) => a.next);
    const plain = start.answers.filter((a) => !a.danger && !a.unsure);
    if (!plain.some((a) => !unsure.includes(a.next))) {
      problems.push({
        field: `${start.id}.answers`,
        message: `the first question has no "No" answer that goes on without passing through "I'm not sure"${plain.length ? ` (${plain.map((a) => `"${a.value}"`).join(', ')} leads where "I'm not sure" does)` : ''}, so a person who is safe cannot say so. Fix: keep an answer such as "No, no one is in danger right now" (not danger, not unsure) that leads to the next housing question.`,
      });
    }
  }
  for (const n of tree.nodes) {
    if (n.type !== 'outcome') continue;
    const twice = (list: readonly string[], field: string) => {
      const seen = new Set<string>();
      for (const id of list) {
        if (seen.has(id))
          problems.push({
            field: `${n.id}.${field}`,
            message: `lists ${id} twice. Fix: delete the second ${id} (each service is shown once; a repeat is often a slip for another service)`,
          });
        seen.add(id);
      }
    };
    twice(n.agencies, 'agencies');
    twice(n.roles, 'roles');
    twice(n.first.contacts, 'first.contacts');
  }
  return problems;
}
