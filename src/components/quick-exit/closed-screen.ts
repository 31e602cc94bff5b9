/**
 * The neutral screen a closed page shows (see left-screen.ts): nothing about the guide, and
 * "Start again". Loaded only when a page is closed, by its address (src/build-tools/load-later.ts).
 */
import { HOME, KIOSK_START } from '../../lib/site/routes.ts';
import { inKioskMode } from '../kiosk/reset.ts';
import { openAfresh } from './afresh.ts';

export function showClosed(): void {
  const screen = document.createElement('div');
  screen.className = 'left-screen';
  screen.dataset.leftScreen = '';
  const heading = document.createElement('h1');
  heading.textContent = 'This page is closed';
  const again = document.createElement('button');
  again.type = 'button';
  again.className = 'button';
  again.textContent = 'Start again';
  // This entry becomes the start of the guide, opened now; the pages before it stay closed when the person goes Back.
  again.addEventListener('click', () => openAfresh(inKioskMode() ? KIOSK_START : HOME));
  screen.append(heading, again);
  document.body.replaceChildren(screen);
}
