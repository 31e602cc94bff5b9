/** Each next-steps and guide page of the Bradford edition lists a service once (tests/e2e/listed-once.ts). */
import { listedOnceTests } from '../e2e/listed-once.ts';

listedOnceTests('dist-bradford');
