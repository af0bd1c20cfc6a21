/**
 * The search UI's hooks: the plugin's global data, the manifest's URL for
 * the current locale, and the results of a request, answered by the search
 * worker (the newest request wins; older answers are dropped).
 */
import {useCallback, useEffect, useRef, useState} from 'react';
import {usePluginData} from '@docusaurus/useGlobalData';
import {useBaseUrlUtils} from '@docusaurus/useBaseUrl';
import type {SearchGlobalData} from '../../plugins/search';
import {searchInWorker, warmSearch} from '../../search/client';
import type {SessionRequest, SessionResponse} from '../../search/session';

/** The search plugin's global data. */
export function useSearchData(): SearchGlobalData {
  return usePluginData('kb-search') as SearchGlobalData;
}

/** Turns a route under the locale's root (`docs/meetings`) into the URL path to link to. */
export function useRouteUrl(): (route: string) => string {
  const {withBaseUrl} = useBaseUrlUtils();
  return useCallback((route: string) => withBaseUrl(`/${route}`), [withBaseUrl]);
}

/** What a search request has come to. */
export type SearchStatus =
  | {readonly state: 'idle'}
  | {readonly state: 'loading'; readonly previous?: SessionResponse}
  /** `request`: the request this answers (a newer one may be on its way). */
  | {readonly state: 'done'; readonly response: SessionResponse; readonly request: SessionRequest}
  | {readonly state: 'error'; readonly name: string; readonly message: string};

/** Starts the worker and loads the index of `edition`; call it when the reader shows intent (focus). */
export function useWarmSearch(): (edition: string) => void {
  const manifest = useManifestUrl();
  return useCallback((edition: string) => {
    // Errors surface with the first query; warming only saves time.
    warmSearch(manifest(), edition).catch(() => undefined);
  }, [manifest]);
}

function useManifestUrl(): () => string {
  const {manifest} = useSearchData();
  const url = useRouteUrl()(manifest);
  return useCallback(() => new URL(url, window.location.href).href, [url]);
}

/** The answer to `request`; `null` asks nothing. */
export function useSearchResults(request: SessionRequest | null): SearchStatus {
  const manifest = useManifestUrl();
  const [status, setStatus] = useState<SearchStatus>({state: 'idle'});
  const latest = useRef(0);
  const key = request ? JSON.stringify(request) : '';
  useEffect(() => {
    const ticket = ++latest.current;
    if (!request) {
      setStatus({state: 'idle'});
      return;
    }
    setStatus((old) => ({state: 'loading', previous: old.state === 'done' ? old.response : old.state === 'loading' ? old.previous : undefined}));
    searchInWorker(manifest(), request).then(
      (response) => ticket === latest.current && setStatus({state: 'done', response, request}),
      (error: Error) => ticket === latest.current && setStatus({state: 'error', name: error.name, message: error.message}),
    );
    // `key` stands for `request`: a new object with the same content asks nothing new.
  }, [key, manifest]);
  return status;
}
