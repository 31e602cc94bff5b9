/**
 * The script on every page, built as one file with the small modules it needs (see
 * src/build-tools/load-later.ts): the quick exit works as soon as this one file has loaded,
 * with no chain of requests before it. Then the kiosk check and the offline notices.
 */
import '../quick-exit/quick-exit.ts';
import '../kiosk/kiosk-init.ts';
import '../offline/offline.ts';
