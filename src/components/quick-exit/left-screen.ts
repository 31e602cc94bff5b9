/**
 * A page of the guide opened before the person left ("Leave this page", or a kiosk starting again)
 * shows a neutral screen instead of its content: its title and text say nothing about the guide,
 * its address is the site's root, and "Start again" opens the guide afresh. The check runs twice:
 * as the page is drawn (the inline script in the page head, LEFT_BOOT_SCRIPT in
 * src/lib/kiosk/boot-script.ts, marks <html> and the page's content stays hidden), and when the browser
 * shows the page again from its back/forward cache (pageshow). The page's content is then removed,
 * not just hidden, so nothing (the search words in the box, the answers) is left to read, and the
 * islands find nothing to start. The neutral screen itself loads only then (closed-screen.ts).
 */
import {
  CLOSED_ADDRESS,
  CLOSED_CLASS,
  CLOSED_TITLE,
  LEFT_KEY,
  leftAt,
  mustClose,
  openedAt,
} from '../../lib/site/left-guide.ts';
import closedScreen from 'later:./closed-screen.ts';

const root = document.documentElement;

function close() {
  root.classList.add(CLOSED_CLASS);
  document.title = CLOSED_TITLE;
  try {
    history.replaceState(history.state, '', CLOSED_ADDRESS);
  } catch {
    /* ignore */
  }
  document.body.replaceChildren();
  void (import(/* @vite-ignore */ closedScreen) as Promise<typeof import('./closed-screen.ts')>).then((m) =>
    m.showClosed(),
  );
}

function leftSince(): boolean {
  try {
    return mustClose(leftAt(sessionStorage.getItem(LEFT_KEY)), openedAt(history.state));
  } catch {
    return false; // storage blocked: nothing was noted, so nothing to close
  }
}

if (root.classList.contains(CLOSED_CLASS)) close();
window.addEventListener('pageshow', (e) => {
  if (e.persisted && leftSince()) close();
});
