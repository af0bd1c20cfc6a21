/**
 * The White Paper of a version as a PDF, offered only where the deployment
 * made it (`npm run pdf` after the build): the page asks the server for the
 * file and shows the link, with the file's size, when a PDF is there. A
 * plain build has no PDF, and then the page shows nothing.
 */
import Link from '@docusaurus/Link';
import {useBaseUrlUtils} from '@docusaurus/useBaseUrl';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {useEffect, useState, type ReactNode} from 'react';
import type {LinkData} from '../../editions/pages';

/** `1.2 MB`, `850 kB`, the reader's way. */
function fileSize(bytes: number, locale: string): string {
  const [value, unit] = bytes >= 1_000_000 ? [bytes / 1_000_000, 'megabyte'] : [Math.max(1, Math.round(bytes / 1000)), 'kilobyte'];
  return new Intl.NumberFormat(locale, {style: 'unit', unit, maximumFractionDigits: 1}).format(value);
}

/** The link, once the server has said the PDF is there. */
export default function PdfLink({pdf}: {pdf: LinkData}): ReactNode {
  const {withBaseUrl} = useBaseUrlUtils();
  const {i18n} = useDocusaurusContext();
  const href = withBaseUrl(pdf.to);
  const [bytes, setBytes] = useState<number>();
  useEffect(() => {
    let current = true;
    fetch(href, {method: 'HEAD'})
      .then((response) => {
        // A server that answers every path with a page (as a development server does) has no PDF.
        if (current && response.ok && response.headers.get('content-type')?.startsWith('application/pdf')) setBytes(Number(response.headers.get('content-length') ?? 0));
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [href]);
  if (bytes === undefined) return null;
  const lang = i18n.localeConfigs[i18n.currentLocale]?.htmlLang ?? i18n.currentLocale;
  return (
    <p className="kb-pdf-link">
      {/* `pathname://`: a file the server has, not a page of the site's router. */}
      <Link to={`pathname://${pdf.to}`} download type="application/pdf">
        {pdf.label}
      </Link>{' '}
      ({bytes > 0 ? `PDF, ${fileSize(bytes, lang)}` : 'PDF'})
    </p>
  );
}
