/**
 * The version banner of the White Paper, in the project's words: the
 * working draft says it is not a released edition, an older edition says a
 * newer one exists. Docusaurus decides when a banner shows (the `banner` of
 * each version, set from `src/editions/edition.ts`); the text comes from
 * the editions plugin's global data, translated at build time from
 * `i18n/<locale>/kb.json`. It links to the same page in the latest edition,
 * as Docusaurus's own banner does, and to what changed.
 */
import Link from '@docusaurus/Link';
import {usePluginData} from '@docusaurus/useGlobalData';
import {useDocsPreferredVersion, useDocsVersion, useDocVersionSuggestions} from '@docusaurus/plugin-content-docs/client';
import {ThemeClassNames} from '@docusaurus/theme-common';
import clsx from 'clsx';
import type {ReactNode} from 'react';
import type {EditionsGlobalData} from '../../../../editions/pages';

export default function DocVersionBanner({className}: {className?: string}): ReactNode {
  const version = useDocsVersion();
  const {banners} = usePluginData('kb-editions') as EditionsGlobalData;
  const {latestDocSuggestion, latestVersionSuggestion} = useDocVersionSuggestions(version.pluginId);
  const {savePreferredVersionName} = useDocsPreferredVersion(version.pluginId);
  const banner = banners[version.version];
  if (!version.banner || !banner) return null;
  const latest = latestDocSuggestion ?? latestVersionSuggestion.docs.find((doc) => doc.id === latestVersionSuggestion.mainDocId);
  return (
    <div className={clsx(className, ThemeClassNames.docs.docVersionBanner, 'alert alert--warning margin-bottom--md', 'kb-version-banner')} role="note">
      <p className="kb-version-banner__text">{banner.text}</p>
      <p className="kb-version-banner__links">
        {latest && (
          <Link to={latest.path} onClick={() => savePreferredVersionName(latestVersionSuggestion.name)}>
            {banner.latest}
          </Link>
        )}
        {latest && ' · '}
        <Link to={banner.changes.to}>{banner.changes.label}</Link>
      </p>
    </div>
  );
}
