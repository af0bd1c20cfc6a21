/** The page of one version: what it is, when it was recorded, its pages, and the citation of the whole White Paper. */
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import type {ReactNode} from 'react';
import type {EditionPageData} from '../../editions/pages';
import CitationBlock from './citation-block';
import PdfLink from './pdf-link';

/** A version's page. */
export default function EditionPage({data}: {data: EditionPageData}): ReactNode {
  return (
    <Layout title={data.title} description={data.paragraphs[0]}>
      <main className="container margin-vert--lg kb-editions">
        <Heading as="h1">{data.title}</Heading>
        {data.paragraphs.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
        <PdfLink pdf={data.pdf} />
        <Heading as="h2" id="see-also">
          {data.linksHeading}
        </Heading>
        <ul>
          {data.links.map((link) => (
            <li key={link.to}>
              <Link to={link.to}>{link.label}</Link>
            </li>
          ))}
        </ul>
        <CitationBlock citation={data.citation} />
      </main>
    </Layout>
  );
}
