/**
 * npm run corpus -- <dir> <size>
 *
 * Writes a synthetic corpus of <size> items into <dir> (outside the
 * repository), for the checker benchmark.
 */
import path from 'node:path';
import {writeCorpus} from './lib/corpus';

const [dir, size] = process.argv.slice(2);
if (!dir || !Number(size)) {
  console.error('Usage: npm run corpus -- <dir> <size>');
  process.exit(2);
}
console.log(`${writeCorpus(path.resolve(dir), Number(size))} files written to ${path.resolve(dir)}`);
