/** A decision-tree outcome with nothing in it but what a test gives it. */
import type { Outcome } from '../../src/lib/tree/tree.ts';

export function outcomeNode(id: string, more: Partial<Outcome> = {}): Outcome {
  return {
    id,
    type: 'outcome',
    title: id,
    urgency: 'soon',
    summary: '',
    first: { do: '', contacts: [] },
    steps: [],
    agencies: [],
    roles: [],
    say: [],
    bring: [],
    rights: [],
    rights_open: false,
    guides: [],
    sources: [],
    ...more,
  };
}
