import { currentNavPath, navItems } from './access.js';
import type { CurrentUser } from './current-user.js';
import { el } from './dom.js';
import { hrefFor, parseHash } from './router.js';

/** The header navigation: links for the signed-in user's roles, the current one marked. */
export class NavBar {
  private generation = 0;

  constructor(
    /** The `<nav>` element from index.html. */
    private readonly nav: HTMLElement,
    private readonly user: CurrentUser,
  ) {
    window.addEventListener('hashchange', () => this.markCurrent());
  }

  /** Reads the roles and shows the links; on failure the navigation stays hidden (the view shows the error). */
  async refresh(): Promise<void> {
    const generation = ++this.generation;
    try {
      const { roles } = await this.user.me();
      if (generation !== this.generation) return;
      const links = navItems(roles).map((item) =>
        el('li', {}, el('a', { href: hrefFor(item.path), 'data-path': item.path, 'data-testid': item.testId }, item.label)),
      );
      this.nav.replaceChildren(el('ul', {}, ...links));
      this.nav.hidden = false;
      this.markCurrent();
    } catch {
      if (generation === this.generation) this.clear();
    }
  }

  /** Hides the links (e.g. while a demo user is being chosen). */
  clear(): void {
    this.generation += 1;
    this.nav.replaceChildren();
    this.nav.hidden = true;
  }

  private markCurrent(): void {
    const links = [...this.nav.querySelectorAll<HTMLAnchorElement>('a[data-path]')];
    const items = links.map((link) => ({ path: link.dataset.path ?? '', label: '', testId: '' }));
    const current = currentNavPath(items, parseHash(window.location.hash).path);
    for (const link of links) {
      if (link.dataset.path === current) link.setAttribute('aria-current', 'page');
      else link.removeAttribute('aria-current');
    }
  }
}
