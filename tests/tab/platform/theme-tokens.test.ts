import assert from 'node:assert/strict';
import { teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme } from '@fluentui/tokens';
import { THEMES } from '../../../tab/src/platform/theme.js';
import { themeTokens } from '../../../tab/src/platform/theme-tokens.js';

describe('themeTokens', () => {
  it('should give the Fluent Teams light tokens when Teams is in the default theme', () => {
    assert.equal(themeTokens('default'), teamsLightTheme);
  });

  it('should give the Fluent Teams dark tokens when Teams is in the dark theme', () => {
    assert.equal(themeTokens('dark'), teamsDarkTheme);
  });

  it('should give the Fluent Teams high-contrast tokens when Teams is in the contrast theme', () => {
    assert.equal(themeTokens('contrast'), teamsHighContrastTheme);
  });

  it('should give every theme the tokens styles.css reads when any theme is chosen', () => {
    const used = [
      'colorNeutralBackground1',
      'colorNeutralBackground3',
      'colorNeutralForeground1',
      'colorBrandBackground',
      'colorPaletteRedForeground1',
    ];
    for (const theme of THEMES) {
      for (const token of used)
        assert.match(String(themeTokens(theme)[token as keyof typeof teamsLightTheme]), /^#[0-9a-f]{6}$/i, `${theme} ${token}`);
    }
  });
});
