/** `/white-paper/editions/`: every version of the White Paper, newest first, with its date and pages. */
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import type {ReactNode} from 'react';
import type {EditionsIndexData} from '../../editions/pages';

/** The list of editions. */
export default function EditionsIndexPage({data}: {data: EditionsIndexData}): ReactNode {
  return (
    <Layout title={data.title} description={data.intro}>
      <main className="container margin-vert--lg kb-editions">
        <Heading as="h1">{data.title}</Heading>
        <p>{data.intro}</p>
        <table className="kb-editions__table">
          <thead>
            <tr>
              {data.columns.map((column, i) => (
                <th key={i} scope="col">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.rows.map((row) => (
              <tr key={row.label}>
                <th scope="row">{row.label}</th>
                <td>{row.state}</td>
                <td>{row.date}</td>
                <td>{row.count}</td>
                <td>
                  <ul className="kb-editions__links">
                    {row.links.map((link) => (
                      <li key={link.to}>
                        <Link to={link.to}>{link.label}</Link>
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </main>
    </Layout>
  );
}
