/**
 * The search Web Worker: it fetches and opens the index, and answers
 * queries, off the page's main thread, so typing never waits for it.
 * Messages: `{id, manifestUrl, edition}` to load, `{id, manifestUrl, request}`
 * to query; answers `{id, response}` or `{id, error: {name, message}}`.
 */
import {SearchSession, type SessionRequest, type SessionResponse} from './session';

/** What the worker is asked: to load an edition's indexes, or to answer a query. */
export type WorkerTask = {readonly manifestUrl: string} & ({readonly edition: string} | {readonly request: SessionRequest});

/** A message to the worker. */
export type WorkerRequest = WorkerTask & {readonly id: number};

/** A message from the worker. */
export type WorkerResponse =
  | {readonly id: number; readonly response: SessionResponse | null}
  | {readonly id: number; readonly error: {readonly name: string; readonly message: string}};

const sessions = new Map<string, SearchSession>();
/** The newest query's id: answers to older ones skip their snippets (the page drops them anyway). */
let newest = -1;

async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status} for ${url}`);
  return response.json();
}

const scope = self as unknown as {onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null; postMessage(message: WorkerResponse): void};

scope.onmessage = async ({data}) => {
  let session = sessions.get(data.manifestUrl);
  if (!session) sessions.set(data.manifestUrl, (session = new SearchSession(data.manifestUrl, fetchJson)));
  try {
    if ('request' in data) {
      newest = data.id;
      scope.postMessage({id: data.id, response: await session.query(data.request, () => data.id !== newest)});
    }
    else {
      await session.load(data.edition);
      scope.postMessage({id: data.id, response: null});
    }
  } catch (error) {
    const {name, message} = error instanceof Error ? error : new Error(String(error));
    // Loudly: a reader's console shows why search refuses to answer.
    console.error(error);
    scope.postMessage({id: data.id, error: {name, message}});
  }
};
