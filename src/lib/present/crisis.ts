/**
 * "Need help now?": the crisis tiers as every output shows them (the panel on every page, the
 * short line at the top of the home page, the booklet's covers). Pure.
 */
import { agencyView, type AgencyData, type AgencyView } from './agency.ts';

export interface CrisisTierData {
  id: string;
  title: string;
  when: string;
  advice?: string;
  agencies: string[];
  include_local_crisis_line?: boolean;
}

/** The agency ids a tier names, with the edition's local crisis line where the tier asks for it, each once. */
export function crisisTierIds(tier: CrisisTierData, localCrisisLine: string): string[] {
  return [...new Set([...tier.agencies, ...(tier.include_local_crisis_line ? [localCrisisLine] : [])])];
}

export interface CrisisTierView extends Omit<CrisisTierData, 'agencies'> {
  agencies: AgencyView[];
}

/**
 * Each tier with its services. A service whose numbers the tier already shows is left out (a
 * local line that is also 111); a service with no number stays.
 */
export function crisisView(
  tiers: readonly CrisisTierData[],
  localCrisisLine: string,
  agency: (id: string) => { id: string; data: AgencyData },
): CrisisTierView[] {
  return tiers.map((tier) => {
    const shown = new Set<string>();
    const agencies = crisisTierIds(tier, localCrisisLine)
      .map((id) => agency(id))
      .map((a) => agencyView(a.id, a.data))
      .filter((a) => {
        const dials = a.phones.map((p) => p.href);
        const adds = dials.length === 0 || dials.some((d) => !shown.has(d));
        for (const d of dials) shown.add(d);
        return adds;
      });
    return { ...tier, agencies };
  });
}

export interface CrisisCall {
  href: string;
  /** "Call 999", "Call Samaritans 116 123": the name only when the number does not already say it. */
  label: string;
}

/** The home page's short crisis line: the first number of the most urgent tier and of the last ("talk to someone"). */
export function crisisStripCalls(tiers: readonly CrisisTierView[]): CrisisCall[] {
  const first = (tier: CrisisTierView | undefined) => {
    const agency = tier?.agencies.find((a) => a.phones.length > 0);
    return agency ? { name: agency.name, phone: agency.phones[0]! } : undefined;
  };
  return [first(tiers[0]), first(tiers.at(-1))]
    .filter((x) => x !== undefined)
    .map(({ name, phone }) => ({
      href: phone.href,
      label: `${phone.verb} ${name.includes(phone.display) ? '' : `${name} `}${phone.display}`,
    }));
}
