/**
 * A page of the guide opened before the person left ("Leave this page", or a kiosk starting again)
 * shows a neutral screen instead of its content: its title and text say nothing about the guide,
 * its address is the site's root, and "Start again" opens the guide afresh. The check runs twice:
 * as the page is drawn (the inline script in the page head, src/lib/left-guide.ts, marks <html> and
 * the page's content stays hidden), and when the browser shows the page again from its
 * back/forward cache (pageshow). The page's content is then removed, not just hidden, so nothing
 * (the search words in the box, the answers) is left to read, and the islands find nothing to start.
 */
import { CLOSED_ADDRESS, CLOSED_CLASS, CLOSED_TITLE, LEFT_KEY, leftAt, mustClose, openedAt } from '../../lib/left-guide.ts';
import { openAfresh } from './afresh.ts';
import { HOME, KIOSK_START } from '../../lib/routes.ts';
import { inKioskMode } from '../kiosk/reset.ts';

const root = document.documentElement;

export const pageClosed = () => root.classList.contains(CLOSED_CLASS);

function showClosed() {
  root.classList.add(CLOSED_CLASS);
  document.title = CLOSED_TITLE;
  try {
    history.replaceState(history.state, '', CLOSED_ADDRESS);
  } catch {
    /* ignore */
  }
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

function leftSince(): boolean {
  try {
    return mustClose(leftAt(sessionStorage.getItem(LEFT_KEY)), openedAt(history.state));
  } catch {
    return false; // storage blocked: nothing was noted, so nothing to close
  }
}

if (pageClosed()) showClosed();
window.addEventListener('pageshow', (e) => {
  if (e.persisted && leftSince()) showClosed();
});
