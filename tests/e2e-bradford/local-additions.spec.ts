/** The Bradford edition's local additions (content/editions/bradford/local.yaml) on its built pages. */
import { localAdditionTests } from '../e2e/local-checks.ts';

localAdditionTests('bradford');
