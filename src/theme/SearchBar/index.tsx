/**
 * The navbar's search box: an ARIA combobox with a list of results that
 * appears as the reader types. `/` or Ctrl+K (⌘K) focuses it; the arrow keys
 * choose a result, Enter opens it (or the search page, or the item whose id
 * was typed), Escape closes the list. Nothing of the index loads before the
 * box gets focus.
 */
import {useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type ReactNode} from 'react';
import type {SessionResponse} from '../../search/session';
import {useHistory} from '@docusaurus/router';
import {useActivePluginAndVersion} from '@docusaurus/plugin-content-docs/client';
import {Highlighted, SearchResultBody} from '../../components/search/search-result';
import {useRouteUrl, useSearchData, useSearchResults, useWarmSearch} from '../../components/search/use-search';
import {instances} from '../../content/site';
import {formatMessage} from '../../search/strings';
import {defaultEditionOf, searchRoute, toSearchParams} from '../../search/url';
import styles from './styles.module.css';

/** Results shown in the list. */
const listSize = 8;
/** The key that focuses the box (as does Ctrl+K or ⌘K). */
const shortcutKey = '/';

/** The edition of the White Paper page being read, or the default one. */
function useEdition(): string {
  const {editions} = useSearchData();
  const active = useActivePluginAndVersion();
  return active?.activePlugin.pluginId === instances['white-paper'].id ? active.activeVersion?.name ?? defaultEditionOf(editions) : defaultEditionOf(editions);
}

export default function SearchBar(): ReactNode {
  const {strings, editions} = useSearchData();
  const edition = useEdition();
  const routeUrl = useRouteUrl();
  const history = useHistory();
  const warm = useWarmSearch();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  // Enter pressed before the answer to what was typed arrived: acted on when it does.
  const [enterPending, setEnterPending] = useState(false);
  const request = useMemo(() => (query.trim() === '' ? null : {query, edition, limit: listSize}), [query, edition]);
  const status = useSearchResults(request);
  const response = status.state === 'done' ? status.response : status.state === 'loading' ? status.previous : undefined;
  // The answer to the query in the box, not to one typed before it.
  const answer = status.state === 'done' && status.request.query === query && status.request.edition === edition ? status.response : undefined;
  const results = response?.results ?? [];
  // The last option opens the search page with every result.
  const options = results.length + (query.trim() === '' ? 0 : 1);
  const searchPage = routeUrl(`${searchRoute}?${toSearchParams({query, facets: {}, edition}, defaultEditionOf(editions))}`);

  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      const typing = target?.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target?.tagName ?? '');
      if ((event.key === shortcutKey && !typing) || (event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey))) {
        event.preventDefault();
        input.current?.focus();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
  useEffect(() => setActive(-1), [response]);

  const go = (to: string) => {
    setOpen(false);
    input.current?.blur();
    history.push(to);
  };
  const choose = (index: number) => go(index < results.length ? routeUrl(results[index].route) : searchPage);
  // Enter without a chosen option: the item whose id was typed, or else the search page.
  const openBest = (to: SessionResponse) => go(to.results[0]?.exact ? routeUrl(to.results[0].route) : searchPage);
  useEffect(() => {
    if (!enterPending || (!answer && status.state !== 'error')) return;
    setEnterPending(false);
    if (answer) openBest(answer);
    else go(searchPage);
    // Runs when the answer arrives; `openBest` and `go` are read, not watched.
  }, [enterPending, answer, status.state]);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      if (options > 0) setActive((current) => (event.key === 'ArrowDown' ? (current + 1) % options : (current - 1 + options) % options));
    } else if (event.key === 'Enter') {
      if (query.trim() === '') return;
      event.preventDefault();
      if (active >= 0) choose(active);
      else if (answer) openBest(answer);
      else setEnterPending(true);
    } else if (event.key === 'Escape') {
      if (open && query !== '') setOpen(false);
      else {
        setQuery('');
        input.current?.blur();
      }
    }
  };

  const expanded = open && query.trim() !== '';
  const optionId = (index: number) => `${id}-option-${index}`;
  const count = response?.total ?? 0;
  let message: string | undefined;
  if (status.state === 'error') message = formatMessage(strings, status.name === 'SearchConfigMismatchError' ? 'mismatch' : 'unavailable');
  else if (status.state === 'loading' && !response) message = formatMessage(strings, 'loading');
  else if (status.state === 'done' && count === 0) message = formatMessage(strings, 'noResults', {query});

  return (
    <div className={styles.searchBar} role="search">
      <label htmlFor={`${id}-input`} className="kb-visually-hidden">
        {formatMessage(strings, 'label')}
      </label>
      <input
        ref={input}
        id={`${id}-input`}
        className={styles.input}
        type="search"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        placeholder={formatMessage(strings, 'placeholder')}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={`${id}-listbox`}
        aria-describedby={`${id}-instructions`}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        value={query}
        onFocus={() => {
          warm(edition);
          setOpen(true);
        }}
        onBlur={() => setOpen(false)}
        onChange={(event) => {
          setQuery(event.target.value);
          setEnterPending(false);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
      />
      <kbd className={styles.shortcut} title={formatMessage(strings, 'shortcutHint')} aria-hidden="true">
        {shortcutKey}
      </kbd>
      <span id={`${id}-instructions`} className="kb-visually-hidden">
        {formatMessage(strings, 'instructions')}
      </span>
      <div className="kb-visually-hidden" role="status" aria-live="polite">
        {expanded && status.state === 'done' ? (message ?? formatMessage(strings, 'results', {count})) : ''}
      </div>
      <div className={styles.panel} hidden={!expanded}>
        {message && <p className={styles.message}>{message}</p>}
        <ul id={`${id}-listbox`} role="listbox" aria-label={formatMessage(strings, 'label')} aria-busy={status.state === 'loading'} className={styles.listbox}>
          {expanded &&
            results.map((result, index) => (
              <li
                key={`${result.scope}/${result.route}`}
                id={optionId(index)}
                role="option"
                aria-selected={index === active}
                className={styles.option}
                // Keep focus in the box: the click chooses, the box stays a combobox.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => choose(index)}>
                <SearchResultBody result={result} strings={strings} title={<Highlighted segments={result.title} />} compact />
              </li>
            ))}
          {expanded && options > results.length && (
            <li
              id={optionId(results.length)}
              role="option"
              aria-selected={active === results.length}
              className={`${styles.option} ${styles.all}`}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(results.length)}>
              {formatMessage(strings, 'seeAll', {query})}
            </li>
          )}
        </ul>
      </div>
    </div>
  );
}
