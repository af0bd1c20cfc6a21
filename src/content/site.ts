/**
 * The site's layout: docs instances, locales and how a file becomes a URL.
 * `docusaurus.config.ts` is written from these constants, so the content
 * index and the site agree on every path.
 */

/** A docs instance of the site. */
export interface Instance {
  readonly id: 'docs' | 'white-paper';
  /** Folder of the English working copy, relative to the site. */
  readonly dir: string;
  readonly routeBasePath: string;
  /** Folder name under `i18n/<locale>/` holding its translations. */
  readonly i18nDir: string;
  /** Folder of released editions (versioned instances only). */
  readonly versionedDir?: string;
  /** File listing released editions, newest first. */
  readonly versionsFile?: string;
  /** Folder of the released editions' sidebars. */
  readonly versionedSidebarsDir?: string;
  /** The record of each edition: when it was cut, and a note (`src/editions/changelog.ts`). */
  readonly changelogFile?: string;
}

export const instances = {
  docs: {id: 'docs', dir: 'docs', routeBasePath: 'docs', i18nDir: 'docusaurus-plugin-content-docs'},
  'white-paper': {
    id: 'white-paper',
    dir: 'white-paper',
    routeBasePath: 'white-paper',
    i18nDir: 'docusaurus-plugin-content-docs-white-paper',
    versionedDir: 'white-paper_versioned_docs',
    versionsFile: 'white-paper_versions.json',
    versionedSidebarsDir: 'white-paper_versioned_sidebars',
    changelogFile: 'white-paper_changelog.json',
  },
} as const satisfies Record<string, Instance>;

export type InstanceId = keyof typeof instances;

/** A locale of the site. */
export interface LocaleInfo {
  /** Name in its own language, for the locale dropdown. */
  readonly label: string;
  /** BCP 47 tag for `lang` and `hreflang`. */
  readonly htmlLang: string;
  readonly direction: 'ltr' | 'rtl';
}

/** The 14 locales, English first (the default). */
export const locales = {
  en: {label: 'English', htmlLang: 'en', direction: 'ltr'},
  lv: {label: 'Latviešu', htmlLang: 'lv', direction: 'ltr'},
  pl: {label: 'Polski', htmlLang: 'pl', direction: 'ltr'},
  hr: {label: 'Hrvatski', htmlLang: 'hr', direction: 'ltr'},
  el: {label: 'Ελληνικά', htmlLang: 'el', direction: 'ltr'},
  lt: {label: 'Lietuvių', htmlLang: 'lt', direction: 'ltr'},
  it: {label: 'Italiano', htmlLang: 'it', direction: 'ltr'},
  es: {label: 'Español', htmlLang: 'es', direction: 'ltr'},
  nl: {label: 'Nederlands', htmlLang: 'nl', direction: 'ltr'},
  ro: {label: 'Română', htmlLang: 'ro', direction: 'ltr'},
  bg: {label: 'Български', htmlLang: 'bg', direction: 'ltr'},
  sr: {label: 'Српски', htmlLang: 'sr-Cyrl', direction: 'ltr'},
  mk: {label: 'Македонски', htmlLang: 'mk', direction: 'ltr'},
  sq: {label: 'Shqip', htmlLang: 'sq', direction: 'ltr'},
} as const satisfies Record<string, LocaleInfo>;

export type Locale = keyof typeof locales;
export const defaultLocale: Locale = 'en';
export const localeCodes = Object.keys(locales) as Locale[];

/** The working draft's version name, as Docusaurus calls it. */
export const currentVersion = 'current';

/**
 * The doc path Docusaurus gives a file: `recommendations/rec-gov-01.md` ->
 * `recommendations/rec-gov-01`; `meetings/index.md` -> `meetings`; a `slug`
 * in front matter wins (absolute, or relative to the file's folder).
 */
export function docPathOf(relativeFile: string, slug: unknown): string {
  const dir = relativeFile.includes('/') ? relativeFile.slice(0, relativeFile.lastIndexOf('/')) : '';
  if (typeof slug === 'string' && slug !== '') {
    const joined = slug.startsWith('/') ? slug : `${dir}/${slug}`;
    return joined.replace(/^\/+|\/+$/g, '');
  }
  const base = relativeFile.slice(dir.length ? dir.length + 1 : 0).replace(/\.mdx?$/, '');
  const folder = dir.slice(dir.lastIndexOf('/') + 1);
  if (base === 'index' || base.toLowerCase() === 'readme' || (folder !== '' && base === folder)) return dir;
  return dir ? `${dir}/${base}` : base;
}

/**
 * The path segment of a version: nothing for the newest release (or for
 * the working draft when nothing is released), `next` for the draft beside
 * releases, the edition's name for older ones.
 */
export function versionPathOf(version: string, editions: readonly string[]): string {
  if (version === currentVersion) return editions.length > 0 ? 'next' : '';
  return version === editions[0] ? '' : version;
}

/**
 * Where `npm run pdf` puts the White Paper of an edition in a locale,
 * relative to that locale's site (`build/` for English, `build/<locale>/`
 * for the others), and where the White Paper's home page looks for it.
 */
export function whitePaperPdfPath(edition: string, locale: Locale): string {
  return `pdf/white-paper-${edition}-${locale}.pdf`;
}

/** The URL of a page, without base URL, starting with `/`. */
export function urlOf(page: {instance: InstanceId; version: string; locale: Locale; docPath: string}, editions: readonly string[]): string {
  const parts = [
    page.locale === defaultLocale ? '' : page.locale,
    instances[page.instance].routeBasePath,
    page.instance === 'white-paper' ? versionPathOf(page.version, editions) : '',
    page.docPath,
  ].filter((part) => part !== '');
  // Docusaurus serves an instance's root page with a trailing slash.
  return `/${parts.join('/')}${page.docPath === '' ? '/' : ''}`;
}
