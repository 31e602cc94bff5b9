/**
 * Turn an Open Referral UK feed into agency files for an edition: map each service, check it
 * against the same schema as the build, and leave out (with the reasons) any that fails or
 * that would clash with a service the guide already has.
 */
import { agencySchema } from '../content/schema.ts';
import { issueMessage } from '../content/content-rules.ts';
import { fromOrukService, servicesInFeed, slugFor } from './oruk.ts';
import type { CategoryId } from '../taxonomy.ts';
import { pinnedProblem, type Pin } from './pinned-numbers.ts';

interface ImportedAgency {
  id: string;
  name: string;
  data: Record<string, unknown>;
}
interface LeftOut {
  name: string;
  reasons: string[];
}
export interface ImportResult {
  agencies: ImportedAgency[];
  leftOut: LeftOut[];
}

/** Clearer words for fields the feed leaves empty. */
const FRIENDLY: Record<string, string> = {
  categories:
    'none of its taxonomy terms is one of the directory categories. Fix: add --category <id>, or add categories to the file by hand.',
  service_area: 'the feed gives no service area. Fix: add service_area to the file by hand.',
  description: 'the feed gives no description. Fix: write one in plain English.',
  organization: 'the feed gives no organization name.',
};

export function importFeed(
  feed: unknown,
  opts: {
    feedUrl: string;
    today: string;
    /** Services the guide already has (national ones, or the edition's own): matched by id or by name. */
    existing?: readonly { id: string; name: string }[];
    defaultCategory?: CategoryId;
    /** The pinned crisis numbers (content/pinned-numbers.yaml): a near miss of one, or another service's, is left out. */
    pins?: readonly Pin[];
  },
): ImportResult {
  const agencies: ImportedAgency[] = [];
  const leftOut: LeftOut[] = [];
  const taken = new Set((opts.existing ?? []).map((e) => e.id));
  const names = new Map((opts.existing ?? []).map((e) => [e.name.trim().toLowerCase(), e.id]));
  const services = servicesInFeed(feed);
  if (services.length === 0)
    leftOut.push({
      name: '(the feed)',
      reasons: ['has no services: expected a page with "contents", a list of services, or one service.'],
    });
  for (const raw of services) {
    const s = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
    const name = typeof s.name === 'string' && s.name.trim() ? s.name.trim() : '(a service with no name)';
    const data = fromOrukService(s, opts);
    const id = slugFor(name);
    const reasons: string[] = [];
    const same = names.get(name.toLowerCase());
    if (!id) reasons.push('name: cannot be made into a file name.');
    else if (same || taken.has(id))
      reasons.push(
        `the guide already has this service ("${same ?? id}", a national service or one already in this edition). Compare them by hand.`,
      );
    // The same number rules as the content check: the schema refuses premium-rate, personal and
    // foreign numbers; the pinned table refuses crisis numbers that are a slip away or another service's.
    const phones = Array.isArray(data.phones) ? (data.phones as { number?: unknown }[]) : [];
    phones.forEach((p, i) => {
      const problem = pinnedProblem(String(p.number ?? ''), opts.pins ?? [], id ?? undefined);
      if (problem) reasons.push(`phones.${i}.number: ${problem}`);
    });
    const res = agencySchema(opts.today).safeParse(data);
    if (!res.success)
      reasons.push(
        ...res.error.issues.map((i) => {
          const value = i.path.reduce<unknown>(
            (v, k) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined),
            data,
          );
          return `${i.path.map(String).join('.') || '(service)'}: ${FRIENDLY[String(i.path[0])] ?? issueMessage(i, value)}`;
        }),
      );
    if (reasons.length) {
      leftOut.push({ name, reasons });
      continue;
    }
    taken.add(id);
    names.set(name.toLowerCase(), id);
    agencies.push({ id, name, data });
  }
  return { agencies, leftOut };
}
