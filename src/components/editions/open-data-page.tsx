/** The open data: licence, the files of each version, the JSON Schemas and the codebook. */
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import type {ReactNode} from 'react';
import type {OpenDataPageData} from '../../editions/pages';

/** A link to a file the build writes beside the pages: not a route, so the router must not handle it. */
function FileLink({to, children}: {to: string; children: ReactNode}): ReactNode {
  return <Link to={`pathname://${to}`}>{children}</Link>;
}

/** The open-data page. */
export default function OpenDataPage({data}: {data: OpenDataPageData}): ReactNode {
  return (
    <Layout title={data.title} description={data.paragraphs[0]}>
      <main className="container margin-vert--lg kb-editions">
        <Heading as="h1">{data.title}</Heading>
        {data.paragraphs.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
        <Heading as="h2" id="files">
          {data.filesHeading}
        </Heading>
        {data.versions.map((version) => (
          <div key={version.id}>
            <Heading as="h3" id={`data-${version.id}`}>
              {version.label}
            </Heading>
            <ul>
              {version.files.map((file) => (
                <li key={file.json}>
                  {`${file.label} (${file.count})`} <FileLink to={file.json}>{data.formats.json}</FileLink> · <FileLink to={file.csv}>{data.formats.csv}</FileLink>
                </li>
              ))}
            </ul>
          </div>
        ))}
        <Heading as="h2" id="schemas">
          {data.schemasHeading}
        </Heading>
        <ul>
          {data.schemas.map((schema) => (
            <li key={schema.to}>
              <FileLink to={schema.to}>{schema.label}</FileLink>
            </li>
          ))}
        </ul>
        <Heading as="h2" id="codebook">
          {data.codebookHeading}
        </Heading>
        <p>{data.codebookIntro}</p>
        {data.codebook.map((dataset) => (
          <section key={dataset.id} aria-labelledby={`codebook-${dataset.id}`}>
            <Heading as="h3" id={`codebook-${dataset.id}`}>
              {dataset.label} <code>{dataset.id}</code>
            </Heading>
            <table className="kb-codebook">
              <thead>
                <tr>
                  {data.columns.map((column) => (
                    <th key={column} scope="col">
                      {column}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {dataset.rows.map((row) => (
                  <tr key={row[0]}>
                    <th scope="row">
                      <code>{row[0]}</code>
                    </th>
                    {row.slice(1).map((value, i) => (
                      <td key={i}>{value}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        ))}
      </main>
    </Layout>
  );
}
