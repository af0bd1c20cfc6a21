/**
 * Before the browser prints, every link in the page's content gets its
 * full address in `data-print-url`, which the print stylesheet writes after
 * the link text. Links within the page (`#…`) are left alone.
 */
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';

/** Sets `data-print-url` on the links of `root` that lead somewhere else. */
export function markPrintUrls(root: ParentNode): void {
  root.querySelectorAll<HTMLAnchorElement>('main a[href]').forEach((link) => {
    if (!link.getAttribute('href')!.startsWith('#') && !link.closest('svg')) link.dataset.printUrl = link.href;
  });
}

if (ExecutionEnvironment.canUseDOM) {
  window.addEventListener('beforeprint', () => markPrintUrls(document));
}
