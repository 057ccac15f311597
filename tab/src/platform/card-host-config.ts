import type { Theme } from './theme.js';

/** A text colour in its normal and `isSubtle` variants. */
export interface ColourPair {
  readonly default: string;
  readonly subtle: string;
}

/** The Adaptive Card text colours. */
export type ForegroundColours = Readonly<Record<'default' | 'dark' | 'light' | 'accent' | 'good' | 'warning' | 'attention', ColourPair>>;

/** The Adaptive Card container styles. */
export type ContainerStyleName = 'default' | 'emphasis' | 'accent' | 'good' | 'attention' | 'warning';

/** One theme's colours for cards. */
export interface CardPalette {
  readonly backgrounds: Readonly<Record<ContainerStyleName, string>>;
  readonly foreground: ForegroundColours;
  readonly border: string;
}

/**
 * Card colours per Teams theme. Every text colour is readable on every container background
 * (tests check WCAG contrast: 4.5:1, and 7:1 in the high-contrast theme), which is why `light`
 * is not white in the light theme and `dark` is not dark in the dark theme.
 */
export const CARD_PALETTES: Readonly<Record<Theme, CardPalette>> = {
  default: {
    backgrounds: {
      default: '#ffffff',
      emphasis: '#f5f5f5',
      accent: '#ebedfa',
      good: '#f1faf1',
      attention: '#fdf3f4',
      warning: '#fbf6d9',
    },
    foreground: {
      default: { default: '#242424', subtle: '#5c5c5c' },
      dark: { default: '#242424', subtle: '#424242' },
      light: { default: '#5c5c5c', subtle: '#5c5c5c' },
      accent: { default: '#4f52b2', subtle: '#4f52b2' },
      good: { default: '#0e6a0e', subtle: '#0e6a0e' },
      warning: { default: '#7a4f00', subtle: '#7a4f00' },
      attention: { default: '#b10e1c', subtle: '#b10e1c' },
    },
    border: '#d1d1d1',
  },
  dark: {
    backgrounds: {
      default: '#292929',
      emphasis: '#1f1f1f',
      accent: '#2b2b40',
      good: '#0f2a0f',
      attention: '#3b1c22',
      warning: '#3a2d00',
    },
    foreground: {
      default: { default: '#ffffff', subtle: '#d6d6d6' },
      dark: { default: '#d6d6d6', subtle: '#c7c7c7' },
      light: { default: '#ffffff', subtle: '#d6d6d6' },
      accent: { default: '#aaacf5', subtle: '#aaacf5' },
      good: { default: '#9fd89f', subtle: '#9fd89f' },
      warning: { default: '#f8d22a', subtle: '#f8d22a' },
      attention: { default: '#ff9aa6', subtle: '#ff9aa6' },
    },
    border: '#5c5c5c',
  },
  contrast: {
    backgrounds: {
      default: '#000000',
      emphasis: '#000000',
      accent: '#000000',
      good: '#000000',
      attention: '#000000',
      warning: '#000000',
    },
    foreground: {
      default: { default: '#ffffff', subtle: '#ffffff' },
      dark: { default: '#ffffff', subtle: '#ffffff' },
      light: { default: '#ffffff', subtle: '#ffffff' },
      accent: { default: '#1aebff', subtle: '#1aebff' },
      good: { default: '#3ff23f', subtle: '#3ff23f' },
      warning: { default: '#ffff01', subtle: '#ffff01' },
      attention: { default: '#ff8f8f', subtle: '#ff8f8f' },
    },
    border: '#ffffff',
  },
};

/** Host config JSON (the input of `new HostConfig(...)` in adaptivecards) for a theme. */
export function hostConfigFor(theme: Theme): Record<string, unknown> {
  const palette = CARD_PALETTES[theme];
  const containerStyles = Object.fromEntries(
    Object.entries(palette.backgrounds).map(([name, backgroundColor]) => [
      name,
      { backgroundColor, borderColor: palette.border, foregroundColors: palette.foreground },
    ]),
  );
  return {
    fontFamily: "'Segoe UI', system-ui, -apple-system, 'Helvetica Neue', sans-serif",
    supportsInteractivity: true,
    spacing: { small: 4, default: 8, medium: 16, large: 24, extraLarge: 32, padding: 16 },
    separator: { lineThickness: 1, lineColor: palette.border },
    fontSizes: { small: 12, default: 14, medium: 16, large: 20, extraLarge: 24 },
    fontWeights: { lighter: 300, default: 400, bolder: 600 },
    containerStyles,
    actions: {
      maxActions: 6,
      spacing: 'default',
      buttonSpacing: 8,
      showCard: { actionMode: 'inline', inlineTopMargin: 16 },
      actionsOrientation: 'horizontal',
      actionAlignment: 'left',
    },
    inputs: {
      label: { requiredInputs: { suffix: ' *', suffixColor: 'attention' }, optionalInputs: { color: 'default' } },
      errorMessage: { color: 'attention' },
    },
    factSet: {
      title: { color: 'default', size: 'default', isSubtle: false, weight: 'bolder', wrap: true },
      value: { color: 'default', size: 'default', isSubtle: false, weight: 'default', wrap: true },
      spacing: 8,
    },
    imageSizes: { small: 40, medium: 80, large: 160 },
  };
}
