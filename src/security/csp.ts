/**
 * The Content-Security-Policy of the built site, as a `<meta>` tag in every
 * page. The policy allows scripts, styles, images, fonts and requests from
 * the site itself only, and no inline script except the site's own.
 *
 * The site's own inline scripts are the ones Docusaurus writes outside the
 * app root `<div id="__docusaurus">`: the colour-mode script before it, and
 * any in `<head>`. Their sha256 hashes can only be known once a page is
 * rendered, so the tag is written after the build (`postBuild`) rather than
 * through `headTags`, and it goes right after `<meta charset>`, before every
 * other tag it must govern. A script inside the app root comes from page
 * content: it is never hashed, so the browser refuses to run it even if one
 * got past the checker and the sanitiser.
 *
 * Styles keep `'unsafe-inline'`: Docusaurus and React write `style`
 * attributes, styles cannot run code, and the checker already rejects
 * `<style>` and `style` in content.
 */
import {createHash} from 'node:crypto';
import {readdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {parse, type DefaultTreeAdapterMap} from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** The policy, allowing the inline scripts whose hashes are given (`sha256-…`). */
export function contentSecurityPolicy(scriptHashes: readonly string[]): string {
  return [
    "default-src 'self'",
    ['script-src', "'self'", ...scriptHashes.map((hash) => `'${hash}'`)].join(' '),
    "style-src 'self' 'unsafe-inline'",
    // Infima draws some icons as `data:` SVG images in its stylesheet.
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "media-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "frame-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

const scriptTypes = new Set(['', 'text/javascript', 'application/javascript', 'module']);

const attribute = (element: Element, name: string) => element.attrs.find((a) => a.name === name)?.value;

/** `sha256-…` of each inline script of the page outside its app root, in document order. */
export function siteScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  const walk = (node: Node) => {
    if (!('childNodes' in node)) return;
    if ('tagName' in node) {
      if (node.tagName === 'div' && attribute(node, 'id') === '__docusaurus') return;
      if (node.tagName === 'script' && attribute(node, 'src') === undefined && scriptTypes.has((attribute(node, 'type') ?? '').toLowerCase())) {
        const text = node.childNodes.map((child) => ('value' in child ? child.value : '')).join('');
        const hash = `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
        if (!hashes.includes(hash)) hashes.push(hash);
        return;
      }
    }
    for (const child of node.childNodes) walk(child);
  };
  walk(parse(html));
  return hashes;
}

/**
 * `html` with the site's policy in a `<meta http-equiv>` tag right after
 * `<meta charset>`, replacing any policy tag already there, so running it
 * twice gives the same page. A page without `<meta charset>` is returned as
 * it is.
 */
export function applyContentSecurityPolicy(html: string): string {
  const document = parse(html, {sourceCodeLocationInfo: true});
  let charset: Element | undefined;
  const existing: Element[] = [];
  const walk = (node: Node) => {
    if ('tagName' in node && node.tagName === 'meta') {
      if (attribute(node, 'charset') !== undefined) charset ??= node;
      if (attribute(node, 'http-equiv')?.toLowerCase() === 'content-security-policy') existing.push(node);
    }
    if ('childNodes' in node) for (const child of node.childNodes) walk(child);
  };
  walk(document);
  let at = charset?.sourceCodeLocation?.endOffset;
  if (at === undefined) return html;
  let out = html;
  // Remove old tags from the end, so earlier offsets stay right.
  for (const node of existing.reverse()) {
    const {startOffset, endOffset} = node.sourceCodeLocation!;
    out = out.slice(0, startOffset) + out.slice(endOffset);
    if (endOffset <= at) at -= endOffset - startOffset;
  }
  const policy = contentSecurityPolicy(siteScriptHashes(out));
  const tag = `<meta http-equiv="Content-Security-Policy" content="${policy.replace(/"/g, '&quot;')}">`;
  return out.slice(0, at) + tag + out.slice(at);
}

/** Writes the policy into every HTML file under `outDir`; returns how many files it wrote. */
export function secureBuild(outDir: string): number {
  let count = 0;
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, {withFileTypes: true})) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.name.endsWith('.html')) {
        writeFileSync(file, applyContentSecurityPolicy(readFileSync(file, 'utf8')));
        count++;
      }
    }
  };
  walk(outDir);
  return count;
}
