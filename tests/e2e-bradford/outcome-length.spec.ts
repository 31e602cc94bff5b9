/** Bradford's next steps, with its local steps and contacts, fit a phone and two printed pages. */
import { outcomeLengthTests } from '../e2e/outcome-length.ts';

outcomeLengthTests('bradford');
