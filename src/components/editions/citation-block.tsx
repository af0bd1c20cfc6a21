/** A citation in its formats: the plain text as a paragraph, BibTeX and CSL-JSON in code blocks with a copy button. */
import CodeBlock from '@theme/CodeBlock';
import Heading from '@theme/Heading';
import type {ReactNode} from 'react';
import type {CitationData} from '../../editions/pages';

/** Renders a citation. */
export default function CitationBlock({citation}: {citation: CitationData}): ReactNode {
  return (
    <section className="kb-cite" aria-labelledby="cite">
      <Heading as="h2" id="cite">
        {citation.heading}
      </Heading>
      <p>{citation.intro}</p>
      {citation.formats.map((format) => (
        <div key={format.language} className="kb-cite__format">
          <p className="kb-cite__label">
            <strong>{format.label}</strong>
          </p>
          {format.language === 'text' ? <p className="kb-cite__text">{format.value}</p> : <CodeBlock language={format.language}>{format.value}</CodeBlock>}
        </div>
      ))}
    </section>
  );
}
