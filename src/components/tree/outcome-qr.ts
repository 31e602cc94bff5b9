/**
 * The next-steps sheet's QR code is drawn on the device: to the site's public address when the
 * edition has one (the figure's data-path), else to the address this page was opened at. The QR
 * library is loaded only when it is needed: when someone presses "Print my next steps", or at once
 * on a kiosk (which shows the code on screen). If the browser prints some other way (its own menu,
 * Ctrl+P) before the code is drawn, the sheet still carries the address to type.
 */
import { printedAddress } from '../../lib/site/site-url.ts';
import qrModule from 'later:../../lib/present/qr.ts';

function waitingFigure(): HTMLElement | null {
  const figure = document.querySelector<HTMLElement>('[data-outcome-qr]:not([data-qr-drawn])');
  return figure && /^https?:$/.test(location.protocol) ? figure : null;
}

/** The public address (a full URL in data-path), or this site's address for the page's path. */
const addressOf = (figure: HTMLElement) => new URL(figure.dataset.path ?? location.pathname, location.origin).href;

/** Show the address to type on the sheet now, without the QR code (nothing to load). */
export function showOutcomeAddress(): void {
  const figure = waitingFigure();
  if (!figure?.hidden) return;
  figure.querySelector('.outcome-qr__address')!.textContent = printedAddress(addressOf(figure));
  figure.hidden = false;
}

let drawing: Promise<void> | null = null;

/** Draw the QR code (loading its library once); resolves when drawn, or when it cannot be. */
export function fillOutcomeQr(): Promise<void> {
  drawing ??= (async () => {
    const figure = waitingFigure();
    if (!figure) return;
    const url = addressOf(figure);
    try {
      const { qrSvg } = await (import(/* @vite-ignore */ qrModule) as Promise<
        typeof import('../../lib/present/qr.ts')
      >);
      figure.querySelector('.outcome-qr__code')!.innerHTML = await qrSvg(
        url,
        `QR code: these next steps online, ${printedAddress(url)}`,
      );
      figure.querySelector('.outcome-qr__address')!.textContent = printedAddress(url);
      figure.dataset.qrDrawn = '';
      figure.hidden = false;
    } catch {
      /* no QR code: the sheet still has the address to type and everything else */
      showOutcomeAddress();
    }
  })();
  return drawing;
}
