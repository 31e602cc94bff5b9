/** The Medway edition's local additions (content/editions/medway/local.yaml) on its built pages. */
import { localAdditionTests } from './local-checks.ts';

localAdditionTests('medway');
