/**
 * What contributed content may contain, as one judgement for the checker
 * (which rejects, with a message) and the rehype sanitiser (which removes,
 * in case something reaches the build anyway): which HTML elements and
 * attributes, which URL schemes.
 *
 * Attribute names are compared normalised (lower case, without `:` and
 * `-`), so the HTML names the checker reads (`onerror`, `xlink:href`) and
 * the property names of a hast tree (`onError`, `xLinkHref`) meet.
 */

/**
 * Elements that run code, embed another document, restyle the page or take
 * input: never allowed in content, and removed from the built pages.
 */
export const forbiddenElements: ReadonlySet<string> = new Set([
  // Run code or embed other documents.
  'script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'portal', 'fencedframe', 'template', 'noscript',
  // Change the page itself: styles, stylesheets, refreshes, the base of every link.
  'style', 'link', 'meta', 'base',
  // Forms a reader could be tricked into filling in.
  'form', 'input', 'button', 'textarea', 'select', 'option', 'dialog',
  // Foreign content, whose own elements and attributes can run code.
  'svg', 'math',
]);

/** The raw HTML content may use: text-level elements Markdown has no syntax for. */
export const allowedElements: ReadonlySet<string> = new Set([
  'abbr', 'b', 'bdi', 'br', 'cite', 'del', 'details', 'dfn', 'em', 'i', 'ins', 'kbd', 'mark', 'q', 'rp', 'rt', 'ruby',
  's', 'samp', 'small', 'strong', 'sub', 'summary', 'sup', 'time', 'u', 'var', 'wbr',
]);

/** Attributes allowed on {@link allowedElements}, normalised. */
export const allowedAttributes: ReadonlySet<string> = new Set(['title', 'lang', 'datetime', 'open']);

/** Attributes whose value is a URL, normalised. */
const urlAttributes = new Set([
  'href', 'src', 'srcset', 'action', 'formaction', 'xlinkhref', 'poster', 'cite', 'background', 'data', 'codebase',
  'ping', 'longdesc', 'usemap', 'manifest', 'lowsrc', 'dynsrc', 'archive', 'classid', 'icon', 'profile',
]);

/** `onError` and `xlink:href` -> `onerror` and `xlinkhref`. */
export function normaliseAttribute(name: string): string {
  return name.toLowerCase().replace(/[:-]/g, '');
}

/** Whether an attribute is an event handler (`onclick`, `onError`, …). */
export function isEventHandler(name: string): boolean {
  return normaliseAttribute(name).startsWith('on');
}

/** Whether an attribute holds a URL. */
function isUrlAttribute(name: string): boolean {
  return urlAttributes.has(normaliseAttribute(name));
}

/** Why a URL may not appear in content: it runs code, inlines data, or reads the reader's disk. */
export type UnsafeScheme = 'javascript' | 'vbscript' | 'data' | 'file';

/**
 * The unsafe scheme of `url`, read the way a browser reads it: tabs and
 * line breaks anywhere are dropped and leading spaces and control
 * characters are ignored, so `java\tscript:` and ` JavaScript:` are caught.
 */
export function unsafeScheme(url: string): UnsafeScheme | undefined {
  const cleaned = url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '').toLowerCase();
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(cleaned)?.[1];
  return scheme === 'javascript' || scheme === 'vbscript' || scheme === 'data' || scheme === 'file' ? scheme : undefined;
}

/** The unsafe scheme in a URL attribute's value; `srcset` is read candidate by candidate. */
export function unsafeAttributeScheme(name: string, value: string): UnsafeScheme | undefined {
  if (!isUrlAttribute(name)) return undefined;
  const candidates = normaliseAttribute(name) === 'srcset' ? value.split(',') : [value];
  for (const candidate of candidates) {
    const scheme = unsafeScheme(candidate);
    if (scheme) return scheme;
  }
  return undefined;
}
