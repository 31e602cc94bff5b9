/** Starts kiosk mode on a kiosk screen, with the settings staff saved and the edition's defaults. */
import { storedSettings } from '../../lib/kiosk.ts';
import { startKiosk } from './kiosk.ts';
import { editionKioskDefaults } from './kiosk-defaults.ts';

export function startFromStorage(saved: string): void {
  startKiosk(storedSettings(saved, editionKioskDefaults()));
}
