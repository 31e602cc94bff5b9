/**
 * Which sources state the law or the government's own guidance on it. A statement of a person's
 * rights needs one of these; a council, NHS trust or charity restating the law is secondary.
 * Council sites also end in .gov.uk, so hosts are matched exactly, never by suffix.
 */
const LAW_HOSTS: readonly string[] = [
  'www.legislation.gov.uk',
  'legislation.gov.uk',
  'www.gov.uk',
  'assets.publishing.service.gov.uk',
  'caselaw.nationalarchives.gov.uk',
  'www.supremecourt.uk',
  'www.judiciary.uk',
];

/** True when `url` is a page of the law itself, a court's judgment, or GOV.UK. */
export function isLawSource(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' && LAW_HOSTS.includes(u.hostname.toLowerCase());
  } catch {
    return false;
  }
}
