/**
 * The White Paper as one HTML document for printing: a title page, a
 * table of contents with page numbers, and every page of the edition as a
 * chapter starting on a new page.
 */

/** One page of the edition, as read from the built site. */
export interface Chapter {
  /** Anchor of the chapter in the document (`c3`); its headings' ids start with it. */
  readonly anchor: string;
  readonly title: string;
  /** The sidebar category it belongs to, for grouping the contents. */
  readonly category?: string;
  /** The page's content, links already rewritten. */
  readonly html: string;
}

/** What the document says around the chapters, in its language. */
export interface BookTexts {
  readonly title: string;
  readonly network: string;
  /** "Edition 2021" or "Working draft". */
  readonly edition: string;
  readonly notice: string;
  readonly printedFrom: string;
  readonly contents: string;
}

/** Options of {@link bookHtml}. */
export interface BookOptions {
  /** BCP 47 tag of the document (`sr-Cyrl`). */
  readonly lang: string;
  readonly texts: BookTexts;
  readonly chapters: readonly Chapter[];
  /** Stylesheets of the site, absolute URLs. */
  readonly stylesheets: readonly string[];
  /** Page number of each chapter by anchor; unknown numbers print as placeholders of the same width. */
  readonly pages?: ReadonlyMap<string, number>;
}

/** Escapes text for HTML content and attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Layout of the title page and the contents; the site's print stylesheet does the rest. */
const bookStyle = `
  @page { size: A4; }
  html, body { background: #fff; color: #000; }
  .kb-book-title { break-after: page; display: flex; flex-direction: column; justify-content: center; min-height: 230mm; }
  .kb-book-title h1 { break-before: auto; font-size: 24pt; line-height: 1.25; margin: 1rem 0 2rem; }
  .kb-book-title__network { font-size: 13pt; font-weight: 600; }
  .kb-book-title__edition { font-size: 15pt; }
  .kb-book-title__notice { margin-top: 3rem; font-style: italic; }
  .kb-book-title__printed { font-size: 9pt; }
  .kb-book-contents { break-after: page; }
  .kb-book-contents h2 { font-size: 18pt; }
  .kb-book-contents ol { list-style: none; padding: 0; margin: 0; }
  .kb-book-contents li { margin: 0; }
  .kb-book-contents__group { font-weight: 600; margin-top: 0.6rem !important; }
  .kb-book-contents a { display: flex; gap: 0.4rem; text-decoration: none; color: inherit; }
  .kb-book-contents a::after { content: none !important; }
  .kb-book-contents__leader { flex: 1; border-bottom: 1px dotted #555; margin-bottom: 0.3em; }
  .kb-book-contents__page { font-variant-numeric: tabular-nums; min-width: 2.5ch; text-align: right; }
  .kb-book-chapter { break-before: page; }
  /* The chapter breaks the page; its title, wherever it sits in it, must not break it again. */
  .kb-book-chapter h1 { break-before: auto; }
`;

/** The whole document. */
export function bookHtml({lang, texts, chapters, stylesheets, pages}: BookOptions): string {
  const width = String(chapters.length * 4).length;
  const pageOf = (anchor: string) => String(pages?.get(anchor) ?? '0'.repeat(width)).padStart(width, '\u2007');
  const contents: string[] = [];
  let group: string | undefined;
  for (const chapter of chapters) {
    if (chapter.category !== group && chapter.category) contents.push(`<li class="kb-book-contents__group">${escapeHtml(chapter.category)}</li>`);
    group = chapter.category;
    contents.push(
      `<li><a href="#${chapter.anchor}"><span>${escapeHtml(chapter.title)}</span><span class="kb-book-contents__leader" aria-hidden="true"></span><span class="kb-book-contents__page">${pageOf(chapter.anchor)}</span></a></li>`,
    );
  }
  return `<!DOCTYPE html>
<html lang="${escapeHtml(lang)}" dir="ltr" data-theme="light">
<head>
<meta charset="utf-8">
<title>${escapeHtml(`${texts.title} – ${texts.edition}`)}</title>
${stylesheets.map((href) => `<link rel="stylesheet" href="${escapeHtml(href)}">`).join('\n')}
<style>${bookStyle}</style>
</head>
<body>
<main>
<section class="kb-book-title">
<p class="kb-book-title__network">${escapeHtml(texts.network)}</p>
<h1>${escapeHtml(texts.title)}</h1>
<p class="kb-book-title__edition">${escapeHtml(texts.edition)}</p>
<p class="kb-book-title__notice">${escapeHtml(texts.notice)}</p>
<p class="kb-book-title__printed">${escapeHtml(texts.printedFrom)}</p>
</section>
<nav class="kb-book-contents" aria-labelledby="kb-book-contents">
<h2 id="kb-book-contents">${escapeHtml(texts.contents)}</h2>
<ol>
${contents.join('\n')}
</ol>
</nav>
${chapters.map((chapter) => `<section class="kb-book-chapter markdown" id="${chapter.anchor}">\n${chapter.html}\n</section>`).join('\n')}
</main>
</body>
</html>
`;
}
