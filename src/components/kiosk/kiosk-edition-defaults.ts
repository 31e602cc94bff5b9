/** The edition's kiosk defaults, from the page's data-kiosk-defaults (set by the layout). */
import { DEFAULT_KIOSK, type KioskSettings } from '../../lib/kiosk/kiosk-rules.ts';

export function editionKioskDefaults(): KioskSettings {
  try {
    return { ...DEFAULT_KIOSK, ...JSON.parse(document.documentElement.dataset.kioskDefaults ?? '{}') };
  } catch {
    return DEFAULT_KIOSK; // keep the built-in defaults
  }
}
