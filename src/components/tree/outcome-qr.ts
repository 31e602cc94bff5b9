/**
 * When the build did not know the site's address, draw the next-steps QR code on the device,
 * from the address this page was opened at. The QR library is loaded only then.
 */
import { printedAddress } from '../../lib/site-url.ts';

export async function fillOutcomeQr(): Promise<void> {
  const figure = document.querySelector<HTMLElement>('[data-outcome-qr][hidden]');
  if (!figure || !/^https?:$/.test(location.protocol)) return;
  const url = new URL(figure.dataset.path ?? location.pathname, location.origin).href;
  try {
    const { qrSvg } = await import('../../lib/qr.ts');
    figure.querySelector('.outcome-qr__code')!.innerHTML = await qrSvg(url, `QR code: these next steps online, ${printedAddress(url)}`);
    figure.querySelector('.outcome-qr__address')!.textContent = printedAddress(url);
    figure.hidden = false;
  } catch {
    /* no QR code: the sheet still has everything else */
  }
}
