/** The three Teams themes the tab supports. */
export const THEMES = ['default', 'dark', 'contrast'] as const;

/** One of {@link THEMES}. */
export type Theme = (typeof THEMES)[number];

/** Anything with `setAttribute`, so the root element can be faked in tests without a DOM. */
export interface ThemeTarget {
  setAttribute(name: string, value: string): void;
}

/** True when the value names one of the supported themes. */
export function isTheme(value: unknown): value is Theme {
  return typeof value === 'string' && (THEMES as readonly string[]).includes(value);
}

/** Maps the theme name Teams reports (`default`, `dark`, `contrast`, any case) to ours; unknown names fall back to `default`. */
export function themeFromTeams(name: string | undefined): Theme {
  const normalised = name?.trim().toLowerCase();
  return isTheme(normalised) ? normalised : 'default';
}

/** Reads `?theme=dark|contrast` from a query string (for testing outside Teams); undefined when absent or unknown. */
export function themeFromQuery(search: string): Theme | undefined {
  const requested = new URLSearchParams(search).get('theme')?.trim().toLowerCase();
  return isTheme(requested) ? requested : undefined;
}

/** Sets `data-theme` on the root element, which switches the CSS variables in styles.css. */
export function applyTheme(root: ThemeTarget, theme: Theme): void {
  root.setAttribute('data-theme', theme);
}
