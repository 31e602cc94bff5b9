/** The addresses of the guide's own pages that code links to, in one place. */

export const HOME = '/';
/** "Where do I go for help?": the step-by-step guide. */
export const HELP = '/help/';
/** A question or outcome of the step-by-step guide as its own page (works without JavaScript). */
export const helpNode = (id: string) => `${HELP}${id}/`;
/** Open the guide at a question already answered, to change the answer. */
export const helpChange = (questionId: string) => `${HELP}?change=${encodeURIComponent(questionId)}`;
/** Open the guide with every answer cleared ("Start again" from a page outside the guide). */
export const HELP_RESTART = `${HELP}?restart=1`;
/** A service's own page in the directory. */
export const servicePage = (id: string) => `/services/${id}/`;
export const FLOWCHART = `${HELP}flowchart/`;
export const KIOSK_START = '/kiosk/';
export const SEARCH = '/search/';
export const TOPICS = '/topics/';
export const DIRECTORY = '/directory/';
export const STAYING_SAFE = '/guide/staying-safe-online/';
