/**
 * "Nearest first" on the page: asks the browser where this device is, once, when the person
 * presses the button; sorts the list's items that have a place by distance (the pure rules are in
 * src/lib/directory/near-me.ts) and says how far each is; the others follow in their usual order.
 * The place is used for this one sort and dropped: it is never stored (no storage, no address, no
 * history) or sent. Leaving the page puts the list back in its usual order, so Back shows no
 * trace of it.
 */
import {
  NEAR_ITEM,
  nearestFirst as sortNearest,
  PLACE_LATITUDE,
  PLACE_LONGITUDE,
  type Place,
  readPlace,
} from '../../lib/directory/near-me.ts';

const FINDING = 'Finding where you are…';
const SORTED = 'Nearest first. Distances are in a straight line, not by road.';
const THIS_PAGE_ONLY = 'Only the services on this page are sorted.';
const DENIED =
  'This page was not allowed to use your location, so the list is in its usual order. To try again, allow location for this site in your browser settings.';
const NOT_FOUND =
  'Your device could not find where you are just now, so the list is in its usual order. You can try again.';
const USUAL = 'The list is back in its usual order.';
const ELSEWHERE = 'Services with no place on the map follow below, in their usual order.';
/** Old phones with poor signal can take a while; a place up to 10 minutes old is near enough. */
const ASK = { enableHighAccuracy: false, timeout: 30_000, maximumAge: 600_000 } as const;

interface Item {
  li: HTMLElement;
  place?: Place;
}

/** Where each list item was, to put it back: its list and its place in that list. */
let usual: { list: Element; items: HTMLElement[] }[] | undefined;
let asking = false;
/** Counts page leavings: an answer that arrives after the person left the page is dropped. */
let visit = 0;

function parts(box: HTMLElement) {
  return {
    sort: box.querySelector<HTMLButtonElement>('[data-near-me-sort]')!,
    usualButton: box.querySelector<HTMLButtonElement>('[data-near-me-usual]')!,
    status: box.querySelector<HTMLElement>('[data-near-me-status]')!,
  };
}

function items(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>(`[${NEAR_ITEM}]`)];
}

/** Puts every item back where it was, shows the sections again and takes the distances away. */
function restore(box: HTMLElement) {
  for (const { list, items: kept } of usual ?? []) {
    list.append(...kept);
    const section = list.closest('section');
    if (section) section.hidden = false;
  }
  for (const el of document.querySelectorAll('[data-near-distance]')) el.remove();
  document.querySelector('[data-near-list]')?.remove();
  delete box.dataset.sorted;
  parts(box).usualButton.hidden = true;
}

function show(box: HTMLElement, here: Place) {
  const { status, usualButton } = parts(box);
  usual ??= [...new Set(items().map((li) => li.parentElement!))].map((list) => ({
    list,
    items: [...list.children].filter((c): c is HTMLElement => c.hasAttribute(NEAR_ITEM)),
  }));
  restore(box);
  const all: Item[] = items().map((li) => ({
    li,
    place: readPlace(li.getAttribute(PLACE_LATITUDE), li.getAttribute(PLACE_LONGITUDE)),
  }));
  const { near, elsewhere } = sortNearest(all, here);

  const section = document.createElement('section');
  section.className = 'near-me__list';
  section.dataset.nearList = '';
  section.setAttribute('aria-labelledby', 'near-list-heading');
  const heading = document.createElement('h2');
  heading.id = 'near-list-heading';
  heading.textContent = 'Nearest to you';
  const list = document.createElement('ol');
  list.className = 'card-list';
  for (const { item, words } of near) {
    const distance = document.createElement('p');
    distance.className = 'near-me__distance';
    distance.dataset.nearDistance = '';
    distance.textContent = words.charAt(0).toUpperCase() + words.slice(1);
    const name = item.li.querySelector('h2, h3, h4');
    if (name) name.after(distance);
    else item.li.prepend(distance);
    list.append(item.li);
  }
  section.append(heading, list);
  if (elsewhere.length > 0) {
    const note = document.createElement('p');
    note.textContent = ELSEWHERE;
    section.append(note);
  }
  box.after(section);
  // A list left with no services (all had a place) is hidden with its heading.
  for (const { list: old } of usual) {
    const oldSection = old.closest('section');
    if (oldSection && old.children.length === 0) oldSection.hidden = true;
  }
  box.dataset.sorted = '';
  usualButton.hidden = false;
  status.textContent = box.hasAttribute('data-many-pages') ? `${SORTED} ${THIS_PAGE_ONLY}` : SORTED;
}

/** The button was pressed: ask for this device's place once, then sort (or say why not). */
export function nearestFirst(box: HTMLElement) {
  const { sort, status } = parts(box);
  if (asking) return;
  asking = true;
  sort.setAttribute('aria-disabled', 'true');
  status.textContent = FINDING;
  const asked = visit;
  const done = () => {
    asking = false;
    sort.removeAttribute('aria-disabled');
    return asked === visit;
  };
  navigator.geolocation.getCurrentPosition(
    (position) => {
      if (done()) show(box, { latitude: position.coords.latitude, longitude: position.coords.longitude });
    },
    (error) => {
      if (!done()) return;
      restore(box);
      status.textContent = error.code === error.PERMISSION_DENIED ? DENIED : NOT_FOUND;
    },
    ASK,
  );
  listen(box);
}

let listening = false;
function listen(box: HTMLElement) {
  if (listening) return;
  listening = true;
  const { usualButton, status, sort } = parts(box);
  usualButton.addEventListener('click', () => {
    restore(box);
    status.textContent = USUAL;
    sort.focus();
  });
  // Leaving the page (a link, Back, closing the tab): the list goes back to its usual order, so a
  // page kept by the browser for Back shows nothing of where the person was.
  window.addEventListener('pagehide', () => {
    visit += 1;
    asking = false;
    parts(box).sort.removeAttribute('aria-disabled');
    restore(box);
    status.textContent = '';
  });
}
