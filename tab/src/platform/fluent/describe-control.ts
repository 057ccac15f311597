import { nativeControl } from './native-control.js';

const MIRRORED = ['aria-describedby', 'aria-labelledby', 'aria-invalid'];

/**
 * Keeps a Fluent control's `aria-describedby` (hint, error, counter ids) and `aria-invalid` working
 * for screen readers. They are set on the host element, where the form code and its tests look for
 * them, but an id reference cannot reach into the host's shadow root, where the focused `<input>`
 * lives. So they are mirrored onto the native control, the ids as element references
 * (`ariaDescribedByElements`, which may point out of a shadow root), now and on every change.
 */
export function describeControl(host: HTMLElement): void {
  const sync = (): void => {
    const native = nativeControl(host);
    if (!native || native === host) return;
    const root = host.getRootNode() as Document | ShadowRoot;
    const byIds = (attribute: string): Element[] =>
      (host.getAttribute(attribute) ?? '')
        .split(/\s+/)
        .filter(Boolean)
        .map((id) => root.getElementById?.(id) ?? host.closest('.field')?.querySelector(`#${CSS.escape(id)}`))
        .filter((element): element is Element => element instanceof Element);
    native.ariaDescribedByElements = byIds('aria-describedby');
    const labels = byIds('aria-labelledby');
    if (labels.length > 0) native.ariaLabelledByElements = labels;
    const invalid = host.getAttribute('aria-invalid');
    if (invalid === null) native.removeAttribute('aria-invalid');
    else native.setAttribute('aria-invalid', invalid);
  };
  new MutationObserver(sync).observe(host, { attributes: true, attributeFilter: MIRRORED });
  // The native control exists once the element has rendered (when connected); focus is when a screen reader reads it.
  host.addEventListener('focusin', sync);
}
