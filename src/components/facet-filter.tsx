/**
 * One facet as a group of checkboxes, each with the number of items it
 * would show: a native `fieldset` inside a `details`, so it works with a
 * keyboard and a screen reader as it is, and folds away when long.
 */
import type {ReactNode} from 'react';

/** One value of a facet. */
export interface FacetOption {
  readonly value: string;
  readonly label: string;
  /** `lang` of the label when it is not in the page's language. */
  readonly lang?: string;
  readonly count: number;
}

/** Props of {@link FacetFilter}. */
export interface FacetFilterProps {
  /** Facet key, for ids. */
  readonly name: string;
  readonly legend: string;
  readonly options: readonly FacetOption[];
  readonly selected: readonly string[];
  /** Text of the summary when values are ticked, e.g. "2 selected". */
  readonly selectedText: string;
  /** Whether the group starts unfolded. Default true. */
  readonly open?: boolean;
  onToggle(value: string): void;
}

/** A facet's checkboxes. */
export function FacetFilter({name, legend, options, selected, selectedText, open = true, onToggle}: FacetFilterProps): ReactNode {
  return (
    <details className="kb-facet" open={open || selected.length > 0}>
      <summary className="kb-facet__summary">
        {legend}
        {selected.length > 0 && <span className="kb-facet__selected"> ({selectedText})</span>}
      </summary>
      <fieldset className="kb-facet__group">
        <legend className="kb-visually-hidden">{legend}</legend>
        {options.map((option) => {
          const id = `kb-facet-${name}-${option.value}`;
          return (
            <div key={option.value} className="kb-facet__option">
              <input type="checkbox" id={id} checked={selected.includes(option.value)} onChange={() => onToggle(option.value)} />
              <label htmlFor={id} className={option.count === 0 ? 'kb-facet__label kb-facet__label--empty' : 'kb-facet__label'}>
                <span lang={option.lang}>{option.label}</span> <span className="kb-facet__count">{option.count}</span>
              </label>
            </div>
          );
        })}
      </fieldset>
    </details>
  );
}
