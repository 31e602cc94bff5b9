/**
 * The script on every page, built as one file with the small modules it needs (see
 * src/build-tools/load-later.ts): the quick exit works as soon as this one file has loaded,
 * with no chain of requests before it (and, before it, the check that keeps a page closed after
 * leaving). Then the kiosk check and the offline notices.
 */
// First: a page opened before "Leave this page" is replaced by a neutral screen before anything else starts.
import '../quick-exit/left-screen.ts';
import '../quick-exit/quick-exit.ts';
import '../kiosk/kiosk-check.ts';
import '../offline/offline.ts';
