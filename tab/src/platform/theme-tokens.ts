import { teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme, type Theme as FluentTokens } from '@fluentui/tokens';
import type { Theme } from './theme.js';

/** The Fluent design tokens (name → CSS value) of one theme, e.g. `colorNeutralBackground1`. */
export type ThemeTokens = FluentTokens;

const TOKENS: Readonly<Record<Theme, ThemeTokens>> = {
  default: teamsLightTheme,
  dark: teamsDarkTheme,
  contrast: teamsHighContrastTheme,
};

/**
 * The Fluent Teams theme for a Teams theme name: the same token objects Fluent UI React v9 uses in
 * Teams. Pure data (no DOM), so the stylesheet, the card colours and the tests share one source.
 */
export function themeTokens(theme: Theme): ThemeTokens {
  return TOKENS[theme];
}
