/**
 * The state of the explorer and the practice finder lives in the URL, so a
 * filtered list can be bookmarked, shared and printed:
 * `?edition=2021&theme=governance&level=local&level=regional&q=council&sort=title`.
 * A facet with several values repeats its parameter. Values that are not
 * known are dropped, so an old or mistyped link still opens.
 */
import type {Selection} from './facets';

/** What a page's URL can hold. */
export interface ViewState {
  /** Edition shown (`current` or a released edition); undefined on pages without editions. */
  readonly edition?: string;
  readonly selection: Selection;
  /** Free text, as typed. */
  readonly query: string;
  /** Sort key; undefined on pages without sorting. */
  readonly sort?: string;
}

/** The values a page accepts in its URL. */
export interface StateSchema {
  /** Allowed values per facet key, in display order. */
  readonly facets: Readonly<Record<string, readonly string[]>>;
  /** Editions that can be chosen; the first is the default. Omit on pages without editions. */
  readonly editions?: readonly string[];
  /** Sort keys; the first is the default. Omit on pages without sorting. */
  readonly sorts?: readonly string[];
}

/** Reads the state from a query string (`location.search`). */
export function parseState(search: string, schema: StateSchema): ViewState {
  const params = new URLSearchParams(search);
  const selection: Record<string, string[]> = {};
  for (const [key, allowed] of Object.entries(schema.facets)) {
    const given = new Set(params.getAll(key));
    const values = allowed.filter((value) => given.has(value));
    if (values.length > 0) selection[key] = values;
  }
  const pick = (name: string, allowed: readonly string[] | undefined) => {
    if (!allowed) return undefined;
    const value = params.get(name);
    return value !== null && allowed.includes(value) ? value : allowed[0];
  };
  return {edition: pick('edition', schema.editions), selection, query: params.get('q') ?? '', sort: pick('sort', schema.sorts)};
}

/**
 * The query string of `state` (with its `?`, or empty), defaults left out
 * and values in display order, so one state has one URL.
 */
export function serialiseState(state: ViewState, schema: StateSchema): string {
  const params = new URLSearchParams();
  if (schema.editions && state.edition !== undefined && state.edition !== schema.editions[0]) params.set('edition', state.edition);
  for (const [key, allowed] of Object.entries(schema.facets)) {
    const selected = state.selection[key] ?? [];
    for (const value of allowed) if (selected.includes(value)) params.append(key, value);
  }
  if (state.query.trim() !== '') params.set('q', state.query);
  if (schema.sorts && state.sort !== undefined && state.sort !== schema.sorts[0]) params.set('sort', state.sort);
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

/** `state` with `value` of facet `key` ticked or unticked. */
export function toggleValue(state: ViewState, key: string, value: string): ViewState {
  const current = state.selection[key] ?? [];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return {...state, selection: {...state.selection, [key]: next}};
}
