/**
 * Shows "Nearest first" (NearMe.astro) where it can work: a service on the page has a place, the
 * browser can give a location, and this is not a kiosk. The code that sorts (near-me-screen.ts)
 * loads only when the button is pressed.
 */
import nearMeScreen from 'later:./near-me-screen.ts';

/**
 * An item with a place: the attributes NEAR_ITEM and PLACE_LATITUDE of src/lib/directory/near-me.ts,
 * written out so this page's script does not load that module (tests/unit/near-me.test.ts checks them).
 */
const ITEM_WITH_PLACE = '[data-near-item][data-latitude]';

const box = document.querySelector<HTMLElement>('[data-near-me]');
const button = box?.querySelector<HTMLButtonElement>('[data-near-me-sort]');
const status = box?.querySelector<HTMLElement>('[data-near-me-status]');
if (
  box &&
  button &&
  status &&
  document.querySelector(ITEM_WITH_PLACE) &&
  navigator.geolocation &&
  !document.documentElement.classList.contains('kiosk')
) {
  box.hidden = false;
  let screen: Promise<typeof import('./near-me-screen.ts')> | undefined;
  button.addEventListener('click', async () => {
    try {
      screen ??= import(/* @vite-ignore */ nearMeScreen) as Promise<typeof import('./near-me-screen.ts')>;
      (await screen).nearestFirst(box);
    } catch {
      screen = undefined;
      status.textContent = 'Nearest first could not start. The list is in its usual order. Please try again.';
    }
  });
  box.dataset.ready = '';
}
// The page has decided whether to offer it (a sign for tests that the script has run).
if (box) box.dataset.checked = '';
