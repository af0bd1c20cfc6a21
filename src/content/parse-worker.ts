/** A worker thread of `loadContentIndexParallel`: parses its share of the files and sends back plain data. */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {parentPort, workerData} from 'node:worker_threads';
import {parsePage, type ParsedPageData} from './parse';

const {siteDir, files} = workerData as {siteDir: string; files: string[]};
parentPort!.postMessage(
  files.map((file): ParsedPageData => {
    // `placeOf` is a function and cannot cross threads; the loader adds it again.
    const {placeOf: _, ...data} = parsePage(file, readFileSync(path.join(siteDir, file)));
    return data;
  }),
);
