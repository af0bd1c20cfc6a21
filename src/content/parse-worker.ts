/** A worker thread of `loadContentIndexParallel`: takes files from the shared counter, parses them, and sends back plain data. */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {parentPort, workerData} from 'node:worker_threads';
import {workerState, type ParseShare} from './parse-share';
import {parsePage, type ParsedPageData} from './parse';

const {siteDir, files, shared, slot} = workerData as {siteDir: string; files: string[]; shared: ParseShare; slot: number};
const parsed: [string, ParsedPageData][] = [];
// The main thread stops a worker that has not started by the time every file is taken.
if (Atomics.compareExchange(shared.states, slot, workerState.waiting, workerState.working) === workerState.waiting) {
  for (let i = Atomics.add(shared.next, 0, 1); i < files.length; i = Atomics.add(shared.next, 0, 1)) {
    // `placeOf` is a function and cannot cross threads; the loader adds it again.
    const {placeOf: _, ...data} = parsePage(files[i], readFileSync(path.join(siteDir, files[i])));
    parsed.push([files[i], data]);
  }
}
parentPort!.postMessage(parsed);
