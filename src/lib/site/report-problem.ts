/**
 * "Report a problem with this page": an email to the edition's content address, with the page's
 * title and address already written in. Only a subject and a body are filled in (as the content
 * check asks of every email link), so the email goes to the one address the person can see.
 */

/** The page's full address when the edition has a public one, else its path on the site. */
export function pageAddress(path: string, siteUrl: string | undefined): string {
  return siteUrl ? new URL(path, siteUrl).href : path;
}

/** A mailto: link to `to` about the page titled `title` at `address`. Spaces are %20, so every mail app reads them. */
export function reportProblemHref(to: string, title: string, address: string): string {
  const subject = `Problem with the page: ${title}`;
  const body = [
    `Page: ${title}`,
    `Address: ${address}`,
    '',
    'What is wrong, missing or hard to use on this page?',
    '',
    '',
  ].join('\r\n');
  return `mailto:${to}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
