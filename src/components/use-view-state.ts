/**
 * A page state kept in the URL's query string. The server renders the
 * default state; the URL's state applies once the page is interactive, so
 * hydration never disagrees with the HTML. A change shows at once (local
 * state), and the router's URL follows in the next task: updating the
 * router re-renders the whole layout, which the reader should not wait for
 * (docs/maintainers/pages.md). Changes replace the history entry, so "back"
 * leaves the page with the filters as they were.
 */
import {useCallback, useEffect, useMemo, useRef, useState} from 'react';
import {useHistory, useLocation} from '@docusaurus/router';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {parseState, serialiseState, type StateSchema, type ViewState} from '../explorer/state';

/** A page state bound to the URL. */
export interface UrlState {
  readonly state: ViewState;
  /** Shows `next` and puts it in the URL. */
  readonly setState: (next: ViewState) => void;
  /** The query string of a state (with its `?`, or empty). */
  readonly queryOf: (state: ViewState) => string;
  /** The URL of this page in a state, for links. */
  readonly urlOf: (state: ViewState) => string;
}

/** The state in the URL, validated against `schema`. */
export function useViewState(schema: StateSchema): UrlState {
  const isBrowser = useIsBrowser();
  const location = useLocation();
  const history = useHistory();
  // The query shown before the router has caught up with it.
  const [pending, setPending] = useState<string>();
  // Queries handed to the router: their arrival is an echo, not a navigation (when typing fast, an
  // older one may arrive after a newer one was shown).
  const requested = useRef(new Set<string>());
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => {
    if (requested.current.has(location.search) && location.search !== pending) return;
    // Caught up, or moved by a link or the history: the router's URL is the state.
    requested.current.clear();
    setPending(undefined);
    // Only a new router URL decides; `pending` is read, not watched.
  }, [location.search]);
  useEffect(() => () => clearTimeout(timer.current), []);
  const search = isBrowser ? (pending ?? location.search) : '';
  const state = useMemo(() => parseState(search, schema), [search, schema]);
  const queryOf = useCallback((next: ViewState) => serialiseState(next, schema), [schema]);
  const urlOf = useCallback((next: ViewState) => `${location.pathname}${queryOf(next)}`, [location.pathname, queryOf]);
  const setState = useCallback(
    (next: ViewState) => {
      const query = queryOf(next);
      setPending(query);
      requested.current.add(query);
      clearTimeout(timer.current);
      timer.current = setTimeout(() => history.replace(`${location.pathname}${query}`), 0);
    },
    [history, location.pathname, queryOf],
  );
  return {state, setState, queryOf, urlOf};
}
