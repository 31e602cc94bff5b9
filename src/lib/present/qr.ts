/** QR codes as inline SVG, drawn by the `qrcode` library (no network, works at build time and in the browser). */
import QRCode from 'qrcode';
import { COLOURS } from '../design-tokens.ts';

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** An SVG QR code for `text`, labelled for screen readers with `label` (the address it leads to). */
export async function qrSvg(text: string, label = `QR code for ${text}`): Promise<string> {
  if (!text.trim()) throw new Error('A QR code needs an address to encode.');
  const svg = await QRCode.toString(text, {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: 2,
    color: { dark: COLOURS.ink, light: COLOURS.bg },
  });
  return svg.replace('<svg ', `<svg role="img" aria-label="${escapeAttr(label)}" class="qr" focusable="false" `);
}
