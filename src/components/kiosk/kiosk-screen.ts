/**
 * Kiosk mode's behaviour, loaded only on a kiosk screen: the idle prompt and reset, links to
 * other websites shown as an address and QR code, phone numbers shown large, and moving
 * between pages without building up a history the next person could go back through.
 */
import { idleState, linkAction, type KioskSettings } from '../../lib/kiosk/kiosk-rules.ts';
import { kioskReset } from './reset.ts';
import { KIOSK_START } from '../../lib/site/routes.ts';
import { phoneVerb } from '../../lib/directory/phone.ts';
import qrModule from 'later:../../lib/present/qr.ts';

let dialog: HTMLDialogElement | null = null;
let asking = false;

function getDialog(): HTMLDialogElement {
  if (dialog) return dialog;
  dialog = document.createElement('dialog');
  dialog.className = 'kiosk-dialog';
  dialog.setAttribute('aria-labelledby', 'kiosk-dialog-title');
  document.body.append(dialog);
  dialog.addEventListener('close', () => {
    asking = false;
  });
  // While it is open the rest of the page is inert, so a tap anywhere lands here: it answers
  // "Are you still there?" without pressing whatever was underneath.
  dialog.addEventListener('click', () => {
    if (asking) dialog?.close();
  });
  return dialog;
}

/** Open the dialog of this kind, from its <template> in the page (Kiosk.astro), with its words filled in as text. */
function open(kind: 'other-site' | 'phone' | 'idle', words: Record<string, string>, focusSelector = 'button') {
  const d = getDialog();
  d.dataset.kind = kind;
  const template = document.getElementById(`kiosk-dialog-${kind}`) as HTMLTemplateElement | null;
  d.replaceChildren(...(template ? [template.content.cloneNode(true)] : []));
  d.querySelector('h2')?.setAttribute('id', 'kiosk-dialog-title');
  for (const [name, text] of Object.entries(words)) {
    const slot = d.querySelector(`[data-fill="${name}"]`);
    if (slot) slot.textContent = text;
  }
  for (const b of d.querySelectorAll<HTMLButtonElement>('[data-close]')) b.addEventListener('click', () => d.close());
  if (!d.open) d.showModal();
  d.querySelector<HTMLElement>(focusSelector)?.focus();
}

async function showOtherSite(url: string, address: string, label: string) {
  open('other-site', { address, label });
  try {
    const { qrSvg } = await (import(/* @vite-ignore */ qrModule) as Promise<typeof import('../../lib/present/qr.ts')>);
    const box = getDialog().querySelector('[data-kiosk-qr]');
    if (box) box.innerHTML = await qrSvg(url, `QR code for ${address}`);
  } catch {
    /* the address is shown anyway */
  }
}

/** The number as the page prints it (spaced for reading, by lib/directory/phone.ts), or as the link holds it. */
function showPhone(number: string, text: boolean, label: string, printed?: string) {
  const shown = printed || number;
  open('phone', { verb: phoneVerb(text ? 'text' : 'voice'), who: label || shown, number: shown });
}

function ask(secondsLeft: number) {
  const seconds = `${secondsLeft} ${secondsLeft === 1 ? 'second' : 'seconds'}`;
  if (asking) {
    const count = getDialog().querySelector('[data-countdown]');
    if (count) count.textContent = seconds;
    return;
  }
  asking = true;
  open('idle', { seconds });
}

export function startKiosk(settings: KioskSettings): void {
  const html = document.documentElement;
  if (settings.printer) html.classList.add('kiosk--printer');
  // "Home" is the kiosk start.
  for (const a of document.querySelectorAll<HTMLAnchorElement>('a[href="/"]')) a.setAttribute('href', KIOSK_START);

  // Idle: any touch, key or scroll counts as someone being there.
  let lastTouch = Date.now();
  const touched = (e: Event) => {
    lastTouch = Date.now();
    // A tap closes the question when its click arrives (see getDialog); keys and scrolling close it now.
    if (asking && (e.type === 'keydown' || e.type === 'wheel')) getDialog().close();
  };
  for (const type of ['pointerdown', 'keydown', 'touchstart', 'wheel', 'scroll']) {
    window.addEventListener(type, touched, { capture: true, passive: true });
  }
  setInterval(() => {
    const s = idleState(Date.now(), lastTouch, settings);
    if (s.state === 'asking') ask(s.secondsLeft);
    else if (s.state === 'reset') kioskReset();
  }, 1000);

  // Other websites and phone numbers: shown, not followed (before any other handler sees the tap).
  document.addEventListener(
    'click',
    (e) => {
      const a = (e.target as Element | null)?.closest?.('a[href]');
      if (!a || a.hasAttribute('data-quick-exit')) return;
      const action = linkAction(a.getAttribute('href') ?? '', location.origin, location.href);
      const label = (a.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (action.kind === 'other-site') {
        e.preventDefault();
        e.stopImmediatePropagation();
        void showOtherSite(action.url, action.address, label);
      } else if (action.kind === 'phone') {
        e.preventDefault();
        e.stopImmediatePropagation();
        // A phone link (PhoneLink, the guide's help list) says its number as printed and whose it is in
        // data- attributes; a plain link in a page's text may hold the number in its words.
        const { number, name } = (a as HTMLElement).dataset;
        const printed = number || /\+?\d[\d ]{1,}\d/.exec(a.textContent ?? '')?.[0];
        showPhone(action.number, action.text, name ?? '', printed);
      }
    },
    true,
  );
  // Pages of the guide: replace this page rather than add to the history (after the page's own handlers).
  document.addEventListener('click', (e) => {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey) return;
    const a = (e.target as Element | null)?.closest?.('a[href]');
    if (!a || a.hasAttribute('data-quick-exit')) return;
    const action = linkAction(a.getAttribute('href') ?? '', location.origin, location.href);
    if (action.kind === 'page') {
      e.preventDefault();
      location.replace(action.url);
    }
  });
  document.addEventListener('submit', (e) => {
    const form = e.target as HTMLFormElement;
    if (e.defaultPrevented || form.method.toLowerCase() !== 'get') return;
    const action = new URL(form.action, location.href);
    if (action.origin !== location.origin) return;
    e.preventDefault();
    const query = new URLSearchParams(new FormData(form) as unknown as Record<string, string>).toString();
    location.replace(`${action.pathname}${query ? `?${query}` : ''}`);
  });
  html.dataset.kioskReady = '';
}
