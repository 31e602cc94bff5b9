/**
 * What `npm test` needs on the machine besides Node, and how to get what is missing: a Chromium
 * for the end-to-end tests, poppler-utils (pdfinfo, pdftotext, pdftoppm) to read the booklet and
 * printed next steps PDFs back, and the web servers the deploy settings are tested on (Caddy and
 * nginx, tests/e2e/host-servers.spec.ts).
 * Pure: scripts/test-tools.ts looks at the machine, asks `toolPlan` what to do, and does it.
 */

/** The PDF commands the booklet and print tests run (pdftoppm draws a printed page as a picture). */
export const PDF_COMMANDS = ['pdfinfo', 'pdftotext', 'pdftoppm'] as const;

/** The web servers whose settings (deploy/) the tests run; each is Debian's package of the same name. */
export const SERVER_COMMANDS = ['caddy', 'nginx'] as const;

export interface MachineState {
  /** The Chromium found (see findChromium), or null. */
  chromium: string | null;
  /** PDF commands not on the PATH. */
  missingPdf: string[];
  /** Web servers (SERVER_COMMANDS) not on the PATH. */
  missingServers: string[];
  /** Debian or Ubuntu (apt-get is there). */
  debian: boolean;
  /** Running as root. */
  root: boolean;
  /** sudo works without asking for a password. */
  sudo: boolean;
}

export type SetupStep =
  | { kind: 'apt'; packages: string[]; sudo: boolean }
  | { kind: 'playwright-browser' }
  | { kind: 'tell'; message: string };

export const INSTALL_CHROMIUM_LINE =
  'No Chromium found and none could be installed: install one (Debian/Ubuntu: sudo apt-get install -y chromium; macOS: brew install --cask chromium) or set CHROMIUM_PATH, then run npm test again.';
export const INSTALL_POPPLER_LINE =
  'pdfinfo, pdftotext or pdftoppm is missing: install poppler-utils (Debian/Ubuntu: sudo apt-get install -y poppler-utils; macOS: brew install poppler), then run npm test again.';

/** The line that says how to install a web server the tests need. */
export const installServerLine = (server: string): string =>
  `${server} is missing (the deploy settings in deploy/ are tested on it): install it (Debian/Ubuntu: sudo apt-get install -y ${server}; macOS: brew install ${server}), then run npm test again.`;

/** What to do, in order, so that the tests have a browser and the PDF tools. Empty when all is there. */
export function toolPlan(state: MachineState): SetupStep[] {
  const packages = [
    ...(state.chromium ? [] : ['chromium']),
    ...(state.missingPdf.length > 0 ? ['poppler-utils'] : []),
    ...state.missingServers,
  ];
  if (packages.length === 0) return [];
  if (state.debian && (state.root || state.sudo)) return [{ kind: 'apt', packages, sudo: !state.root }];
  const steps: SetupStep[] = [];
  // Playwright can download its own Chromium without root; the PDF tools need the system's packages.
  if (!state.chromium) steps.push({ kind: 'playwright-browser' });
  if (state.missingPdf.length > 0) steps.push({ kind: 'tell', message: INSTALL_POPPLER_LINE });
  for (const server of state.missingServers) steps.push({ kind: 'tell', message: installServerLine(server) });
  return steps;
}

/** After the steps ran: the one line to show for what is still missing (null when nothing is). */
export function stillMissing(state: Pick<MachineState, 'chromium' | 'missingPdf' | 'missingServers'>): string | null {
  const lines = [
    ...(state.chromium ? [] : [INSTALL_CHROMIUM_LINE]),
    ...(state.missingPdf.length > 0 ? [INSTALL_POPPLER_LINE] : []),
    ...state.missingServers.map(installServerLine),
  ];
  return lines.length > 0 ? lines.join('\n') : null;
}
