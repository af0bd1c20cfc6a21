/**
 * Run by cut.test.ts in a child process: cuts edition `2022` of the site in
 * argv[2] and kills its own process, without any chance to clean up, just
 * before the step named in argv[3], as a power cut or a Ctrl-C would.
 */
import {cutEdition} from '../../src/editions/cut';

const [site, killAt] = process.argv.slice(2);
cutEdition(site, '2022', {
  date: '2022-06-01',
  onStep: (step) => {
    if (step === killAt) process.kill(process.pid, 'SIGKILL');
  },
});
