/**
 * A page not translated yet is shown in English on the other locales'
 * sites: its title and text are marked as English, so that screen readers
 * and translation tools read them as such. The translation banner at the
 * top keeps the reader's language (it carries its own `lang`).
 */
import React, {type ReactNode} from 'react';
import Content from '@theme-original/DocItem/Content';
import type ContentType from '@theme/DocItem/Content';
import type {WrapperProps} from '@docusaurus/types';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';

export default function DocItemContent(props: WrapperProps<typeof ContentType>): ReactNode {
  const {metadata} = useDoc();
  const {i18n} = useDocusaurusContext();
  // A translated page's source is under i18n/<locale>/; any other source is the English original.
  const shownInEnglish = i18n.currentLocale !== i18n.defaultLocale && !metadata.source.startsWith('@site/i18n/');
  if (!shownInEnglish) return <Content {...props} />;
  const english = i18n.localeConfigs[i18n.defaultLocale];
  return (
    <div lang={english?.htmlLang ?? i18n.defaultLocale} dir={english?.direction}>
      <Content {...props} />
    </div>
  );
}
