/**
 * Keeps in-tab links (`href="#/…"`) on the same page. With `<base href="/tab/">` such a link
 * resolves to `/tab/#/…`, which drops the query string (e.g. `?theme=dark`) and reloads the page;
 * setting the hash directly only fires `hashchange`. Modified clicks (new tab/window) are left alone.
 * A `fluent-anchor-button` counts as a link: its `<a>` is in its shadow root, so the click arrives
 * retargeted to the host, which carries the same `href`.
 */
export function keepHashLinksInPage(root: Document): void {
  root.addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = event.target instanceof Element ? event.target.closest('a[href^="#"], fluent-anchor-button[href^="#"]') : null;
    const href = link?.getAttribute('href');
    if (!href || link?.hasAttribute('target')) return;
    event.preventDefault();
    window.location.hash = href;
  });
}
