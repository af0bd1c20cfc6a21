/**
 * npm run audit:deps [-- --allow-unavailable]
 *
 * Runs `npm audit --omit=dev --json` and fails on any high or critical
 * advisory. Without an answer from the registry it fails too, unless
 * `--allow-unavailable` says that is expected (a mirror without the audit
 * endpoint), in which case it says so and passes.
 */
import {spawnSync} from 'node:child_process';
import {parseArgs} from 'node:util';
import {auditFails, formatAudit, readAudit} from '../src/audit';

const {values} = parseArgs({options: {'allow-unavailable': {type: 'boolean', default: false}}});
const npm = spawnSync('npm', ['audit', '--omit=dev', '--json'], {encoding: 'utf8', maxBuffer: 64 * 1024 * 1024});
const result = readAudit(npm.stdout);
console.log(formatAudit(result));
process.exitCode = auditFails(result, values['allow-unavailable']) ? 1 : 0;
