/**
 * The SVG map of the finder: country shapes projected at build time, and
 * for each of the network's countries a marker that is a link selecting
 * (or unselecting) the country. Markers are in the tab order, named for
 * screen readers; the list beside the map carries the same information.
 */
import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import clsx from 'clsx';
import type {EuropeMap as MapData} from '../../map/project';
import type {CountryCode} from '../../content/vocabularies';

/** One network country on the map. */
export interface MapCountry {
  readonly code: CountryCode;
  /** Accessible name of the marker: country, practices, partners. */
  readonly label: string;
  readonly practices: number;
  readonly partners: number;
  readonly selected: boolean;
  /** URL of the page with this country toggled. */
  readonly to: string;
}

/** Props of {@link EuropeMap}. */
export interface EuropeMapProps {
  readonly map: MapData;
  /** Markers, in tab order. */
  readonly countries: readonly MapCountry[];
  readonly title: string;
  readonly description: string;
  /** Toggles a country: from its marker, or from a click on its shape (a mouse shortcut). */
  onToggle(code: CountryCode): void;
}

/** Radius of a marker: grows with the square root of the number of practices. */
function radius(practices: number): number {
  return practices > 0 ? 9 + 3 * Math.sqrt(practices) : 7;
}

/** The map. */
export function EuropeMap({map, countries, title, description, onToggle}: EuropeMapProps): ReactNode {
  const byCode = new Map(countries.map((c) => [c.code, c]));
  return (
    <svg className="kb-map__svg" viewBox={`0 0 ${map.width} ${map.height}`} role="group" aria-labelledby="kb-map-title" aria-describedby="kb-map-desc">
      <title id="kb-map-title">{title}</title>
      <desc id="kb-map-desc">{description}</desc>
      <rect className="kb-map__sea" width={map.width} height={map.height} aria-hidden="true" />
      <g aria-hidden="true">
        {map.shapes.map((shape, i) => {
          const country = shape.code && byCode.get(shape.code);
          return (
            <path
              key={shape.code ?? i}
              d={shape.d}
              className={clsx('kb-map__land', country && 'kb-map__land--network', country && country.selected && 'kb-map__land--selected')}
              onClick={country ? () => onToggle(country.code) : undefined}
            />
          );
        })}
      </g>
      {countries.map((country) => {
        const [x, y] = map.centres[country.code];
        const r = radius(country.practices);
        return (
          <Link
            key={country.code}
            to={country.to}
            onClick={(event) => {
              // Same URL as the link's, without waiting for the router (see use-view-state.ts).
              event.preventDefault();
              onToggle(country.code);
            }}
            className={clsx('kb-map__marker', country.selected && 'kb-map__marker--selected', country.practices === 0 && 'kb-map__marker--empty')}
            aria-label={country.label}
            aria-current={country.selected ? 'true' : undefined}>
            <circle className="kb-map__dot" cx={x} cy={y} r={r} />
            {country.partners > 0 && <rect className="kb-map__partner" x={x + r - 2} y={y + r - 9} width={13} height={13} rx={2} />}
          </Link>
        );
      })}
      {/* The numbers sit outside the links, so that each link's name is its label alone (WCAG 2.5.3). */}
      <g aria-hidden="true" className="kb-map__numbers">
        {countries.map((country) => {
          const [x, y] = map.centres[country.code];
          const r = radius(country.practices);
          return (
            <g key={country.code} className={clsx(country.practices === 0 && 'kb-map__marker--empty')}>
              <text className="kb-map__count" x={x} y={y} dy="0.35em" textAnchor="middle">
                {country.practices}
              </text>
              {country.partners > 0 && (
                <text className="kb-map__partner-count" x={x + r + 4.5} y={y + r - 2.5} dy="0.35em" textAnchor="middle">
                  {country.partners}
                </text>
              )}
            </g>
          );
        })}
      </g>
    </svg>
  );
}
