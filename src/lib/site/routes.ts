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
/** "Prepare a duty to refer referral": a form for professionals, linked from the professional outcome. */
export const REFER = `${HELP}professional-referral/refer/`;
export const FLOWCHART = `${HELP}flowchart/`;
/** One of the flowchart's drawings as its own SVG file (its name carries a hash of its content). */
export const flowchartDrawing = (file: string) => `${FLOWCHART}${file}`;
/** The step-by-step guide's questions, as data: an outcome page reads them to list the answers that led to it. */
export const TREE_DATA = `${HELP}tree.json`;
/** The easy read way through the guide: its start, a question or outcome, crisis help, a guide page, a picture. */
export const EASY_READ = '/easy-read/';
export const easyNode = (id: string) => `${EASY_READ}help/${id}/`;
export const EASY_CRISIS = `${EASY_READ}crisis/`;
export const easyGuide = (id: string) => `${EASY_READ}guide/${id}/`;
export const easyPicture = (id: string) => `${EASY_READ}pictures/${id}.svg`;
export const KIOSK_START = '/kiosk/';
export const SEARCH = '/search/';
export const TOPICS = '/topics/';
export const DIRECTORY = '/directory/';
export const STAYING_SAFE = '/guide/staying-safe-online/';
export const OFFLINE = '/offline/';
/** The accessibility statement a public body must publish (linked from every page's footer). */
export const ACCESSIBILITY = '/accessibility/';
/** The privacy notice: what the guide keeps on the device (linked from every page's footer). */
export const PRIVACY = '/privacy/';
export const BOOKLET = '/booklet/';
export const BOOKLET_LARGE_PRINT = `${BOOKLET}large-print/`;
/** The easy read booklet: the easy read way through, every outcome in easy read, to print. */
export const BOOKLET_EASY_READ = `${BOOKLET}easy-read/`;
/** Where each service's own page lives (agencyHref gives one). */
export const SERVICE_PAGES = '/services/';
/** Where the guide pages live (guideHref gives one). */
export const GUIDE_PAGES = '/guide/';
/** A service's own page. */
export const agencyHref = (id: string) => `${SERVICE_PAGES}${id}/`;
/** A guide page. */
export const guideHref = (id: string) => `${GUIDE_PAGES}${id}/`;
/** A topic's list of guide pages. */
export const topicHref = (id: string) => `${TOPICS}${id}/`;
/** A directory category's page; page 2 on have their own address (`/directory/crisis/2/`). */
export const directoryCategory = (id: string, page = 1) => `${DIRECTORY}${id}/${page > 1 ? `${page}/` : ''}`;
/** Services A to Z whose names start with one letter, on their own page when the list is long. */
export const directoryLetter = (slug: string, page = 1) => `${DIRECTORY}a-z/${slug}/${page > 1 ? `${page}/` : ''}`;
/** A letter's part of the A to Z list on the directory page itself (when every service fits there). */
export const directoryLetterAnchor = (slug: string) => `${DIRECTORY}#letter-${slug}`;
/** A category of the directory (its first page). */
export const categoryHref = (id: string) => directoryCategory(id);
/** "Help now in other languages": the picker, and one page per language (its BCP 47 tag, lowercase). */
export const LANGUAGES = '/languages/';
export const languageHref = (lang: string) => `${LANGUAGES}${lang.toLowerCase()}/`;
/**
 * The language pages' styles (fonts for each script, right to left): a file of its own, so the other
 * pages' security policy does not carry its hash (an inline style's hash goes into every page's policy).
 */
export const LANGUAGES_STYLES = '/languages.css';
