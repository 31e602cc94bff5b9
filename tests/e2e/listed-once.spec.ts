/** Each next-steps and guide page of the default edition lists a service once (tests/e2e/listed-once.ts). */
import { listedOnceTests } from './listed-once.ts';

listedOnceTests('dist');
