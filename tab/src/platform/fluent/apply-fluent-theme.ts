import { setTheme } from '@fluentui/web-components/theme/set-theme.js';
import { applyTheme, type Theme } from '../theme.js';
import { themeTokens } from '../theme-tokens.js';

/**
 * Writes the Fluent Teams tokens for `theme` as CSS custom properties on the document (Fluent's own
 * controls and styles.css read them), and sets `data-theme` for the few rules tokens cannot express.
 */
export function applyFluentTheme(theme: Theme): void {
  setTheme(themeTokens(theme));
  applyTheme(document.documentElement, theme);
}
