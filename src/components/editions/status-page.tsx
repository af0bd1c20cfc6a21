/** The recommendations of a version by status, then by theme. */
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import type {ReactNode} from 'react';
import type {StatusPageData} from '../../editions/pages';
import ItemLink from './item-link';

/** Recommendations by status and theme. */
export default function StatusPage({data}: {data: StatusPageData}): ReactNode {
  return (
    <Layout title={data.title} description={data.intro}>
      <main className="container margin-vert--lg kb-editions">
        <Heading as="h1">{data.title}</Heading>
        <p>{data.intro}</p>
        {data.statuses.map((status) => (
          <section key={status.status} aria-labelledby={`status-${status.status}`}>
            <Heading as="h2" id={`status-${status.status}`}>
              {`${status.label} (${status.count})`}
            </Heading>
            {status.themes.length === 0 && <p>{status.empty}</p>}
            {status.themes.map((theme) => (
              <div key={theme.theme}>
                <Heading as="h3" id={`status-${status.status}-${theme.theme}`}>
                  {theme.label}
                </Heading>
                <ul>
                  {theme.items.map((item) => (
                    <li key={item.id}>
                      <ItemLink item={item} /> {item.since}
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </section>
        ))}
      </main>
    </Layout>
  );
}
