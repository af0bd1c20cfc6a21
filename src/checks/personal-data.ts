/**
 * Personal data: content names organisations, not private people's
 * contact details. An email address or a phone number anywhere in a page
 * (text, code, raw HTML, link addresses, front matter) is an error, unless
 * the page is a best practice whose `consent` field says who agreed to
 * publish it (an organisation's public contact, or a person who gave
 * consent). Addresses at the domains reserved for examples
 * (`example.org`, `*.test`, …) are not personal data.
 *
 * Phone numbers are found by shape, not by meaning: an international
 * number (`+370 37 123 456`), a number after a label (`Tel. 037 123 456`,
 * `phone:`, `телефон`, …) or a `tel:` link. Dates, years and amounts are
 * not numbers of that shape.
 */
import type {ContentIndex} from '../content/loader';
import type {Place, Problem} from '../content/problem';
import {itemOfPage} from '../content/store';
import {decodePath} from './links';
import {frontMatterStrings, placeIn} from './text';

const email = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
/** RFC 2606 and RFC 6761 names for examples and tests. */
const exampleDomain = /(?:^|\.)(?:example\.(?:com|org|net)|example|test|invalid|localhost)$/i;
const international = /(?<![\p{L}\p{N}+])\+\d[\d ().\/-]{6,}\d(?![\p{L}\p{N}])/gu;
const labelled = /(?<![\p{L}])(?:tel|phone|telephone|mobile|mob|fax|gsm|telefon|telefono|teléfono|téléphone|telefoon|tālrunis|телефон|тел|τηλ|τηλέφωνο)\.?\s*:?\s*(\+?\(?\d[\d ().\/-]{4,}\d)/giu;

/** A contact detail found in a string, with its offset. */
interface Found {
  readonly kind: 'email address' | 'phone number';
  readonly value: string;
  readonly offset: number;
}

const digits = (s: string) => s.replace(/\D/g, '').length;

/** Email addresses and phone numbers in `text`. */
export function findContacts(text: string): Found[] {
  const found: Found[] = [];
  for (const m of text.matchAll(email)) {
    const domain = m[0].slice(m[0].indexOf('@') + 1);
    if (!exampleDomain.test(domain)) found.push({kind: 'email address', value: m[0], offset: m.index});
  }
  for (const m of text.matchAll(international)) {
    if (digits(m[0]) >= 8 && digits(m[0]) <= 15) found.push({kind: 'phone number', value: m[0], offset: m.index});
  }
  for (const m of text.matchAll(labelled)) {
    const offset = m.index + m[0].length - m[1].length;
    if (digits(m[1]) >= 6 && !found.some((f) => f.offset === offset)) found.push({kind: 'phone number', value: m[1], offset});
  }
  return found;
}

/** Contact details in pages that do not record consent to publish them. */
export function checkPersonalData(index: ContentIndex): Problem[] {
  const problems: Problem[] = [];
  for (const page of index.pages) {
    const item = itemOfPage(index, page);
    const consent = (item?.fields as {consent?: string} | undefined)?.consent;
    if (consent) continue;
    const seen = new Set<string>();
    const report = (place: Place, found: Found) => {
      const key = `${place.line}:${found.value.replace(/^(mailto|tel):/i, '')}`;
      if (seen.has(key)) return;
      seen.add(key);
      problems.push({
        file: page.file,
        ...place,
        ruleId: 'kb:personal-data',
        reason: `Unexpected ${found.kind} \`${found.value}\`, expected no personal contact details`,
        suggestion:
          item?.kind === 'best-practice'
            ? "if it is an organisation's public contact, or the person agreed to publish it, say so in `consent` (who agreed, and when); otherwise remove it"
            : "remove it, or link to the organisation's public contact page",
      });
    };
    const scan = (text: string, start: Place) => {
      for (const found of findContacts(text)) report(placeIn(start, text, found.offset), found);
    };
    for (const segment of page.parsed.segments) {
      // Report where the source says it; a contact written with character references is found in the decoded text.
      if (findContacts(segment.source).length > 0) scan(segment.source, segment);
      else for (const found of findContacts(segment.value)) report(segment, found);
    }
    for (const link of page.parsed.links) {
      const tel = /^tel:(.+)$/i.exec(link.url);
      if (tel) report(link, {kind: 'phone number', value: decodePath(tel[1]), offset: 0});
      else scan(decodePath(link.url.replace(/^mailto:/i, '')), link);
    }
    for (const {value, path} of frontMatterStrings(page.parsed.frontMatter)) {
      if (path[0] === 'consent') continue;
      for (const found of findContacts(value)) report(page.parsed.placeOf(path), found);
    }
  }
  return problems;
}
