/**
 * Page numbers of named destinations in a PDF that Chromium wrote: the
 * table of contents links to `#c3`, Chromium's PDF writer (Skia) turns the
 * link into a named destination in the catalogue's `/Dests`, and the page
 * it points to tells the chapter's page number. Skia writes dictionaries
 * uncompressed (only streams are compressed), so no inflating is needed.
 */

/** The dictionary text of every `N 0 obj … endobj`, by object number. */
function objectsOf(pdf: string): Map<number, string> {
  const objects = new Map<number, string>();
  for (const match of pdf.matchAll(/(?:^|\n)(\d+) 0 obj\n([\s\S]*?)\nendobj/g)) {
    const body = match[2];
    // Only the dictionary before a stream matters here.
    const stream = body.indexOf('stream\n');
    objects.set(Number(match[1]), stream === -1 ? body : body.slice(0, stream));
  }
  return objects;
}

/** The object number a key of a dictionary refers to: `/Pages 14 0 R` -> 14. */
function refOf(dictionary: string, key: string): number | undefined {
  const match = new RegExp(`/${key} (\\d+) 0 R`).exec(dictionary);
  return match ? Number(match[1]) : undefined;
}

/** `#2D` escapes of PDF names decoded. */
function decodeName(name: string): string {
  return name.replace(/#([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * The 1-based page number of each named destination of `pdf`. Throws when
 * the file has no catalogue or page tree Skia would have written.
 */
export function destinationPages(pdf: Uint8Array): Map<string, number> {
  const text = Buffer.from(pdf).toString('latin1');
  const objects = objectsOf(text);
  const catalogue = [...objects.values()].find((body) => /\/Type \/Catalog\b/.test(body));
  const pagesRef = catalogue ? refOf(catalogue, 'Pages') : undefined;
  if (!catalogue || pagesRef === undefined) throw new Error('PDF without a catalogue and page tree: was it written by Chromium?');

  const order = new Map<number, number>();
  const walk = (ref: number) => {
    const node = objects.get(ref) ?? '';
    if (/\/Type \/Page\b/.test(node)) {
      order.set(ref, order.size + 1);
      return;
    }
    const kids = /\/Kids \[([^\]]*)\]/.exec(node)?.[1] ?? '';
    for (const kid of kids.matchAll(/(\d+) 0 R/g)) walk(Number(kid[1]));
  };
  walk(pagesRef);

  const out = new Map<string, number>();
  const destsRef = refOf(catalogue, 'Dests');
  const dests = destsRef === undefined ? '' : (objects.get(destsRef) ?? '');
  for (const match of dests.matchAll(/\/([^\s/[\]<>()]+)\s*\[(\d+) 0 R/g)) {
    const page = order.get(Number(match[2]));
    if (page !== undefined) out.set(decodeName(match[1]), page);
  }
  return out;
}
