/**
 * The addresses the editions add to the site: the pages generated for each
 * version, the permanent short links (`/r/REC-GOV-03`, `/r/REC-GOV-03@2021`)
 * and the open-data files. Paths are without base URL and locale, as
 * Docusaurus routes and `<Link>` take them.
 */
import {currentVersion, defaultLocale, instances, type Locale} from '../content/site';

/** Where the generated edition pages live. */
export const editionsBase = `/${instances['white-paper'].routeBasePath}/editions`;

/** The URL segment of a version on the generated pages: the edition's name, `next` for the working draft. */
export function versionSegment(version: string): string {
  return version === currentVersion ? 'next' : version;
}

/** The generated pages of a version: its page (with the citation), what changed, and its recommendations by status. */
export function versionPages(version: string): {edition: string; changes: string; status: string} {
  const base = `${editionsBase}/${versionSegment(version)}`;
  return {edition: `${base}/`, changes: `${base}/changes`, status: `${base}/status`};
}

/** The page of the open data and its codebook. */
export const openDataPage = '/open-data';

/** The folder of the open-data files in a build, and in each locale's build. */
export const dataDir = 'data';

/** The short permanent link of a recommendation, pinned to `version` or not. */
export function permalinkPath(id: string, version?: string): string {
  return `/r/${version === undefined ? id : `${id}@${version}`}`;
}

/** An absolute address on the site in `locale`, from a path without base URL. */
export function absoluteUrl(siteUrl: string, locale: Locale, pathname: string): string {
  return `${siteUrl.replace(/\/+$/, '')}${locale === defaultLocale ? '' : `/${locale}`}${pathname}`;
}
