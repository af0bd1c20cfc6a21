/**
 * The network's partners as a table, from `src/content/partners.ts`: the
 * partners page shows all of them, the best-practice map those of the
 * selected countries. Names in another language than the page's carry
 * their `lang`.
 */
import type {ReactNode} from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {partners as allPartners, type Partner} from '../content/partners';
import {defaultLocale} from '../content/site';
import {usePolicyTranslator} from './use-policy-translator';

/** Props of {@link PartnersTable}. */
export interface PartnersTableProps {
  /** The partners to list; all of them by default. */
  readonly partners?: readonly Partner[];
  /** Id of the element that names the table (a heading); without it the table has a caption. */
  readonly labelledBy?: string;
}

/** A table of partners: name (and its name in its own language), country, town, kind. */
export function PartnersTable({partners = allPartners, labelledBy}: PartnersTableProps): ReactNode {
  const t = usePolicyTranslator();
  const {i18n} = useDocusaurusContext();
  // Partners' names are given in English; on other locales' pages they are marked as such.
  const nameLang = i18n.currentLocale === defaultLocale ? undefined : defaultLocale;
  return (
    <div className="kb-table-scroll" role="region" aria-label={labelledBy ? undefined : t('map.partner.caption')} aria-labelledby={labelledBy} tabIndex={0}>
      <table className="kb-table kb-partners">
        {!labelledBy && <caption className="kb-visually-hidden">{t('map.partner.caption')}</caption>}
        <thead>
          <tr>
            <th scope="col">{t('map.partner.name')}</th>
            <th scope="col">{t('map.partner.country')}</th>
            <th scope="col">{t('map.partner.city')}</th>
            <th scope="col">{t('map.partner.kind')}</th>
          </tr>
        </thead>
        <tbody>
          {partners.map((partner) => (
            <tr key={partner.id}>
              <th scope="row">
                <span lang={nameLang}>{partner.name}</span>
                {partner.localName && (
                  <span className="kb-partners__local" lang={partner.localNameLang}>
                    {partner.localName}
                  </span>
                )}
                {partner.lead && <span className="kb-partners__note">{t('map.partner.lead')}</span>}
                {partner.ecocYear && (
                  <span className="kb-partners__note">
                    {t(partner.ecocHeld ? 'map.partner.ecocHeld' : 'map.partner.ecoc', {city: partner.city, year: String(partner.ecocYear), held: String(partner.ecocHeld)})}
                  </span>
                )}
              </th>
              <td>{t(`vocabulary.countries.${partner.country}`)}</td>
              <td>{partner.city ?? '—'}</td>
              <td>{t(`vocabulary.organisationKinds.${partner.kind}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
