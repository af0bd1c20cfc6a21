/**
 * The map of Europe, projected at build time: Natural Earth country shapes
 * from the `world-atlas` package (1:110m), projected with d3-geo and clipped
 * to the frame of the network's countries. The browser gets SVG path
 * strings and points, not TopoJSON and no projection code, and nothing is
 * requested from outside the site.
 */
import {readFileSync} from 'node:fs';
import {geoConicConformal, geoPath} from 'd3-geo';
import {feature} from 'topojson-client';
import {countries, type CountryCode} from '../content/vocabularies';

/** ISO 3166-1 numeric codes (the ids of `world-atlas`) of the network's countries. */
export const isoNumeric: Readonly<Record<CountryCode, string>> = {
  AL: '008',
  BG: '100',
  ES: '724',
  GB: '826',
  GR: '300',
  HR: '191',
  IT: '380',
  LT: '440',
  LV: '428',
  MK: '807',
  NL: '528',
  PL: '616',
  RO: '642',
  RS: '688',
};

/** One country outline in the map's coordinates. */
export interface CountryShape {
  /** Set for the network's countries; others are drawn as background. */
  readonly code?: CountryCode;
  /** SVG path data. */
  readonly d: string;
}

/** The projected map the page draws. */
export interface EuropeMap {
  readonly width: number;
  readonly height: number;
  /** Background countries first, then the network's, so their borders are drawn on top. */
  readonly shapes: readonly CountryShape[];
  /** Each network country's `centre` (from the vocabulary), projected: x, y. */
  readonly centres: Readonly<Record<CountryCode, readonly [number, number]>>;
}

/** Options of {@link projectEurope}. */
export interface ProjectOptions {
  /** Width of the map in SVG units; the height follows from the frame. Default 800. */
  readonly width?: number;
  /** Decimals kept in path coordinates. Default 1. */
  readonly digits?: number;
}

/** Longitude, latitude corners of the frame: from Portugal to the Black Sea, from Crete to Latvia. */
const frame = {
  type: 'MultiPoint' as const,
  coordinates: [
    [-10.5, 35],
    [31, 35],
    [-10.5, 59],
    [31, 59],
  ],
};

/** Reads the 1:110m country shapes shipped in `world-atlas`. */
function loadTopology(): Parameters<typeof feature>[0] {
  return JSON.parse(readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8')) as Parameters<typeof feature>[0];
}

/** Projects the countries of the frame and the network's country centres. */
export function projectEurope({width = 800, digits = 1}: ProjectOptions = {}): EuropeMap {
  const topology = loadTopology();
  const projection = geoConicConformal().rotate([-12, 0]).parallels([38, 56]).fitWidth(width, frame);
  const [[, top], [, bottom]] = geoPath(projection).bounds(frame);
  const height = Math.ceil(bottom - top) + 40;
  projection.fitExtent([[10, 20], [width - 10, height - 20]], frame).clipExtent([[0, 0], [width, height]]);
  const path = geoPath(projection).digits(digits);
  const codeOf = new Map(Object.entries(isoNumeric).map(([code, numeric]) => [numeric, code as CountryCode]));

  const collection = feature(topology, topology.objects.countries) as GeoJSON.FeatureCollection;
  const shapes: CountryShape[] = [];
  for (const country of collection.features) {
    const d = path(country);
    if (!d) continue;
    const code = codeOf.get(String(country.id));
    shapes.push(code ? {code, d} : {d});
  }
  shapes.sort((a, b) => Number(a.code !== undefined) - Number(b.code !== undefined) || (a.code ?? '').localeCompare(b.code ?? ''));

  const round = (n: number) => Math.round(n * 10 ** digits) / 10 ** digits;
  const centres = Object.fromEntries(
    Object.entries(countries).map(([code, {centre}]) => {
      const [x, y] = projection([centre[0], centre[1]])!;
      return [code, [round(x), round(y)]];
    }),
  ) as Record<CountryCode, [number, number]>;
  return {width, height, shapes, centres};
}
