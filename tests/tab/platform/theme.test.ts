import assert from 'node:assert/strict';
import { applyTheme, isTheme, themeFromQuery, themeFromTeams } from '../../../tab/src/platform/theme.js';

describe('theme', () => {
  describe('themeFromTeams', () => {
    it('should keep the three Teams themes when Teams reports them', () => {
      assert.equal(themeFromTeams('default'), 'default');
      assert.equal(themeFromTeams('dark'), 'dark');
      assert.equal(themeFromTeams('contrast'), 'contrast');
    });

    it('should ignore case and whitespace when Teams reports a theme', () => {
      assert.equal(themeFromTeams(' Dark '), 'dark');
      assert.equal(themeFromTeams('CONTRAST'), 'contrast');
    });

    it('should fall back to default when the theme is unknown or missing', () => {
      assert.equal(themeFromTeams('purple'), 'default');
      assert.equal(themeFromTeams(''), 'default');
      assert.equal(themeFromTeams(undefined), 'default');
    });
  });

  describe('themeFromQuery', () => {
    it('should read the theme when the query names a known one', () => {
      assert.equal(themeFromQuery('?theme=dark'), 'dark');
      assert.equal(themeFromQuery('?x=1&theme=contrast'), 'contrast');
    });

    it('should return undefined when the query has no or an unknown theme', () => {
      assert.equal(themeFromQuery(''), undefined);
      assert.equal(themeFromQuery('?theme=neon'), undefined);
      assert.equal(themeFromQuery('?tema=dark'), undefined);
    });
  });

  describe('isTheme', () => {
    it('should accept only the supported theme names', () => {
      assert.equal(isTheme('default'), true);
      assert.equal(isTheme('light'), false);
      assert.equal(isTheme(42), false);
    });
  });

  describe('applyTheme', () => {
    it('should set data-theme on the root when a theme is applied', () => {
      const attributes = new Map<string, string>();
      applyTheme({ setAttribute: (name, value) => attributes.set(name, value) }, 'contrast');
      assert.equal(attributes.get('data-theme'), 'contrast');
    });
  });
});
