/** Starts kiosk mode on a kiosk screen, with the settings staff saved and the edition's defaults. */
import { storedSettings } from '../../lib/kiosk/kiosk-rules.ts';
import { startKiosk } from './kiosk-screen.ts';
import { editionKioskDefaults } from './kiosk-edition-defaults.ts';

export function startFromStorage(saved: string): void {
  startKiosk(storedSettings(saved, editionKioskDefaults()));
}
