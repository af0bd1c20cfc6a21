/**
 * The page's side of search: one Web Worker, started the first time a
 * reader focuses the search box or opens the search page (nothing of the
 * index loads before), and a promise per request.
 */
import type {SessionRequest, SessionResponse} from './session';
import type {WorkerRequest, WorkerResponse, WorkerTask} from './worker';

/** An error the worker reported, with the name of its class (`SearchConfigMismatchError`, …). */
export class SearchWorkerError extends Error {
  constructor(
    override readonly name: string,
    message: string,
  ) {
    super(message);
  }
}

let worker: Worker | undefined;
let nextId = 0;
const pending = new Map<number, {resolve: (response: SessionResponse | null) => void; reject: (error: Error) => void}>();

function post(message: WorkerTask): Promise<SessionResponse | null> {
  if (!worker) {
    worker = new Worker(new URL('./worker.ts', import.meta.url));
    worker.onmessage = ({data}: MessageEvent<WorkerResponse>) => {
      const waiting = pending.get(data.id);
      pending.delete(data.id);
      if (!waiting) return;
      if ('error' in data) waiting.reject(new SearchWorkerError(data.error.name, data.error.message));
      else waiting.resolve(data.response);
    };
  }
  const id = nextId++;
  const promise = new Promise<SessionResponse | null>((resolve, reject) => pending.set(id, {resolve, reject}));
  worker.postMessage({...message, id} satisfies WorkerRequest);
  return promise;
}

/** Starts loading the index of `edition` (absolute manifest URL) in the worker. */
export function warmSearch(manifestUrl: string, edition: string): Promise<void> {
  return post({manifestUrl, edition}).then(() => undefined);
}

/** Asks the worker for the results of `request`. */
export async function searchInWorker(manifestUrl: string, request: SessionRequest): Promise<SessionResponse> {
  return (await post({manifestUrl, request})) as SessionResponse;
}
