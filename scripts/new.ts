/**
 * npm run new -- <best-practice|recommendation|meeting> [--flag value …]
 *
 * Starts a new entry from its template; see `src/scaffold/` and
 * `npm run new -- --help`.
 */
import {runNew} from '../src/scaffold';

runNew(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  siteDir: process.cwd(),
  today: new Date().toISOString().slice(0, 10),
}).then((code) => {
  process.exitCode = code;
});
