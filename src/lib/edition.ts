/** Which edition (area) a build is for. */
const DEFAULT_EDITION = 'medway';

export function selectedEdition(env: Record<string, string | undefined>): string {
  const raw = (env.EDITION ?? '').trim().toLowerCase();
  return raw || DEFAULT_EDITION;
}
