import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import type {ReactNode} from 'react';
import {themes} from '../content/vocabularies';
import {usePolicyTranslator} from '../components/use-policy-translator';
import {useSiteData} from '../components/use-site-data';

/** The home page: what the network is, what the White Paper recommends, where to start. */
export default function Home(): ReactNode {
  const {items} = useSiteData();
  // Theme names come from the catalogues' vocabulary, translated once for every page (not from code.json).
  const t = usePolicyTranslator();
  const recommendations = items.filter((i) => i.kind === 'recommendation' && i.edition === 'current');
  const practices = items.filter((i) => i.kind === 'best-practice');
  return (
    <Layout
      title={translate({id: 'home.title', message: 'Intercultural Dialogue Network'})}
      description={translate({id: 'home.description', message: 'The knowledge base of 15 European towns and organisations working against discrimination of migrants and minorities.'})}>
      <main className="container">
        <section className="kb-hero">
          <Heading as="h1" className="kb-hero__title">
            <Translate id="home.heading">Towns of Europe for intercultural dialogue</Translate>
          </Heading>
          <p className="lead">
            <Translate id="home.intro">
              The Intercultural Dialogue Network brings together 15 towns and organisations from 14 European countries, among them
              the European Capitals of Culture Rijeka, Kaunas, Timișoara, Novi Sad and Plovdiv, to foster intercultural dialogue and
              combat the discrimination and stigmatisation of migrants and minorities. It was funded by the EU programme Europe for
              Citizens from 2019 to 2021.
            </Translate>
          </p>
          <p>
            <Translate id="home.honesty">
              This knowledge base gathers the network's White Paper, its meetings, best practices and urban-network strategy.
              Much of it is still a draft: every page shows its status.
            </Translate>
          </p>
        </section>

        <section aria-labelledby="recommends">
          <Heading as="h2" id="recommends">
            <Translate id="home.recommends.heading">What the White Paper recommends</Translate>
          </Heading>
          <p>
            <Translate id="home.recommends.intro" values={{recommendations: recommendations.length, practices: practices.length}}>
              {'{recommendations} draft recommendations in seven themes, each resting on evidence from {practices} documented practices and the network’s meetings:'}
            </Translate>
          </p>
          <ul>
            {Object.keys(themes).map((key) => (
              <li key={key}>
                <Link to={`/white-paper/chapters/${key}`}>{t(`vocabulary.themes.${key}`)}</Link>{' '}
                ({recommendations.filter((r) => r.theme === key).length})
              </li>
            ))}
          </ul>
        </section>

        <section aria-labelledby="start" className="kb-audiences">
          <Heading as="h2" id="start" className="kb-visually-hidden">
            <Translate id="home.start.heading">Where to start</Translate>
          </Heading>
          <div className="kb-audience">
            <Heading as="h3">
              <Translate id="home.policymaker.heading">For policymakers</Translate>
            </Heading>
            <p>
              <Translate id="home.policymaker.text">Read the recommendations by theme and level of government, follow the evidence behind each, and see what towns like yours have done.</Translate>
            </p>
            <ul>
              <li>
                <Link to="/white-paper/">
                  <Translate id="home.policymaker.link">Read the White Paper</Translate>
                </Link>
              </li>
              <li>
                <Link to="/white-paper/explorer">{t('explorer.title')}</Link>
              </li>
              <li>
                <Link to="/best-practices/map">{t('map.title')}</Link>
              </li>
            </ul>
          </div>
          <div className="kb-audience">
            <Heading as="h3">
              <Translate id="home.partner.heading">For partners</Translate>
            </Heading>
            <p>
              <Translate id="home.partner.text">Add your town's practice or correct an entry by pull request; the site checks every entry and tells you what to fix.</Translate>
            </p>
            <Link to="/docs/best-practices">
              <Translate id="home.partner.link">See the best practices</Translate>
            </Link>
          </div>
          <div className="kb-audience">
            <Heading as="h3">
              <Translate id="home.translator.heading">For translators</Translate>
            </Heading>
            <p>
              <Translate id="home.translator.text">Bring the pages into your language; each translation records its source, and the site shows what is missing or out of date.</Translate>
            </p>
            <Link to="/docs/">
              <Translate id="home.translator.link">About the network</Translate>
            </Link>
          </div>
        </section>
      </main>
    </Layout>
  );
}
