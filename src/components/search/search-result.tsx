/**
 * Pieces of a search result: highlighted text, the result's place (scope,
 * edition and breadcrumb) and the result itself. Text is always rendered as
 * text: a page whose text contains markup shows the markup, never runs it.
 */
import type {ReactNode} from 'react';
import clsx from 'clsx';
import {editionOfScope} from '../../search/scopes';
import type {Segment} from '../../search/highlight';
import type {ResultView} from '../../search/session';
import {formatMessage, type SearchStrings} from '../../search/strings';
import {currentVersion} from '../../content/site';
import styles from './search-result.module.css';

/** Segments as text, with the matched words in `<mark>`. */
export function Highlighted({segments}: {readonly segments: readonly Segment[]}): ReactNode {
  return segments.map((segment, i) => (segment.match ? <mark key={i}>{segment.text}</mark> : segment.text));
}

/** The labels of a result's place: its part of the site (with the edition), then its breadcrumb. */
export function placeOf(result: ResultView, strings: SearchStrings): string[] {
  const edition = editionOfScope(result.scope);
  const scope =
    edition === undefined
      ? formatMessage(strings, 'scope.docs')
      : `${formatMessage(strings, 'scope.white-paper')} (${edition === currentVersion ? formatMessage(strings, 'edition.current') : formatMessage(strings, 'edition.named', {edition})})`;
  return [scope, ...result.breadcrumb];
}

/** Props of {@link SearchResultBody}. */
export interface SearchResultBodyProps {
  readonly result: ResultView;
  readonly strings: SearchStrings;
  /** The title, as a link on the search page or as text in the search box's list. */
  readonly title: ReactNode;
  readonly compact?: boolean;
}

/** A result: title, kind and id, place, snippet. */
export function SearchResultBody({result, strings, title, compact = false}: SearchResultBodyProps): ReactNode {
  return (
    <div className={clsx(styles.result, compact && styles.compact)}>
      <div className={styles.title}>{title}</div>
      <div className={styles.meta}>
        <span className={styles.kind}>{strings.labels.kind[result.kind] ?? result.kind}</span>
        {result.ref && <span className={styles.ref}>{result.ref}</span>}
        <span className={styles.place} aria-label={formatMessage(strings, 'breadcrumb')}>
          {placeOf(result, strings).join(' › ')}
        </span>
      </div>
      {result.snippet.length > 0 && (
        <p className={styles.snippet}>
          <Highlighted segments={result.snippet} />
        </p>
      )}
    </div>
  );
}
