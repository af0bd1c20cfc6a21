/**
 * rehypeSafety: the last guard between content and a built page. The
 * checker rejects unsafe content and a production build refuses to run with
 * errors; this plugin also keeps `npm start` previews, and anything the
 * checker might miss, from running code in a reader's browser. It runs
 * after Docusaurus has turned raw HTML into elements (`rehype-raw`) and
 * removes what {@link forbiddenElements} lists, event-handler attributes,
 * `srcdoc`, and URL attributes with an unsafe scheme.
 */
import type {Element, Root} from 'hast';
import type {Plugin} from 'unified';
import {SKIP, visit} from 'unist-util-visit';
import {forbiddenElements, isEventHandler, normaliseAttribute, unsafeAttributeScheme} from '../../security/html';

/** Whether a property of an element may stay. */
function keep(name: string, value: Element['properties'][string]): boolean {
  if (isEventHandler(name) || normaliseAttribute(name) === 'srcdoc') return false;
  const text = Array.isArray(value) ? value.join(',') : typeof value === 'string' ? value : undefined;
  return text === undefined || unsafeAttributeScheme(name, text) === undefined;
}

/** The rehype plugin; register it in `rehypePlugins` of each docs instance. */
export const rehypeSafety: Plugin<[], Root> = function () {
  return (tree) => {
    visit(tree, 'element', (node, index, parent) => {
      if (forbiddenElements.has(node.tagName.toLowerCase()) && parent && index !== undefined) {
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
      for (const [name, value] of Object.entries(node.properties)) {
        if (!keep(name, value)) delete node.properties[name];
      }
      return undefined;
    });
  };
};
