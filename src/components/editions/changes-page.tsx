/** What changed in a version: added, changed (with the fields and text that differ), superseded, withdrawn, removed. */
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import type {ReactNode} from 'react';
import type {ChangeEntryData, ChangesPageData, ValueData} from '../../editions/pages';
import ItemLink from './item-link';

function Values({values, labels}: {values: readonly ValueData[]; labels: ChangesPageData['labels']}): ReactNode {
  return (
    <ul className="kb-diff__values">
      {values.map((value, i) => {
        const content = value.to ? <Link to={value.to}>{value.text}</Link> : value.text;
        return (
          <li key={i} className={value.mark ? `kb-diff--${value.mark}` : undefined}>
            {value.mark === 'added' ? (
              <ins>
                <span className="kb-visually-hidden">{labels.added}: </span>
                {content}
              </ins>
            ) : value.mark === 'removed' ? (
              <del>
                <span className="kb-visually-hidden">{labels.removed}: </span>
                {content}
              </del>
            ) : (
              content
            )}
          </li>
        );
      })}
    </ul>
  );
}

function Entry({entry, labels}: {entry: ChangeEntryData; labels: ChangesPageData['labels']}): ReactNode {
  return (
    <li className="kb-changes__entry">
      <ItemLink item={entry.item} />
      {entry.fields && entry.fields.length > 0 && (
        <table className="kb-diff">
          <thead>
            <tr>
              <th scope="col">{labels.field}</th>
              <th scope="col">{labels.before}</th>
              <th scope="col">{labels.after}</th>
            </tr>
          </thead>
          <tbody>
            {entry.fields.map((row) => (
              <tr key={row.label}>
                <th scope="row">{row.label}</th>
                <td>
                  <Values values={row.before} labels={labels} />
                </td>
                <td>
                  <Values values={row.after} labels={labels} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {entry.text && entry.text.length > 0 && (
        <p className="kb-changes__text">
          <strong>{labels.text}:</strong> {entry.text.join('; ')}
        </p>
      )}
      {entry.reason && (
        <p className="kb-changes__reason">
          <strong>{labels.reason}:</strong> {entry.reason}
        </p>
      )}
      {entry.replacement && (
        <p className="kb-changes__replacement">
          <strong>{labels.replacedBy}:</strong> <ItemLink item={entry.replacement} />
        </p>
      )}
      {entry.links && (
        <ul className="kb-changes__links">
          {entry.links.map((link) => (
            <li key={link.to}>
              <Link to={link.to}>{link.label}</Link>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

/** What changed in a version. */
export default function ChangesPage({data}: {data: ChangesPageData}): ReactNode {
  return (
    <Layout title={data.title} description={data.intro}>
      <main className="container margin-vert--lg kb-editions">
        <Heading as="h1">{data.title}</Heading>
        <p>{data.intro}</p>
        {data.sections.map((section) => (
          <section key={section.id} aria-labelledby={section.id}>
            <Heading as="h2" id={section.id}>
              {`${section.heading} (${section.entries.length})`}
            </Heading>
            {section.entries.length === 0 ? (
              <p>{section.empty}</p>
            ) : (
              <ul className="kb-changes">
                {section.entries.map((entry) => (
                  <Entry key={entry.item.id} entry={entry} labels={data.labels} />
                ))}
              </ul>
            )}
          </section>
        ))}
        {data.unchanged && <p>{data.unchanged}</p>}
      </main>
    </Layout>
  );
}
