import assert from 'node:assert/strict';
import { CARD_PALETTES, hostConfigFor } from '../../../tab/src/platform/card-host-config.js';
import { THEMES, type Theme } from '../../../tab/src/platform/theme.js';

/** WCAG 2.x contrast ratio of two #rrggbb colours. */
function contrastRatio(a: string, b: string): number {
  const [la, lb] = [luminance(a), luminance(b)];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

const MINIMUM: Readonly<Record<Theme, number>> = { default: 4.5, dark: 4.5, contrast: 7 };

describe('card-host-config', () => {
  for (const theme of THEMES) {
    it(`should keep every text colour readable on every container style when the theme is ${theme}`, () => {
      const { backgrounds, foreground } = CARD_PALETTES[theme];
      for (const [style, background] of Object.entries(backgrounds)) {
        for (const [name, pair] of Object.entries(foreground)) {
          for (const [variant, colour] of Object.entries(pair)) {
            const ratio = contrastRatio(colour, background);
            assert.ok(ratio >= MINIMUM[theme], `${theme}/${style}: ${name}.${variant} ${colour} on ${background} is ${ratio.toFixed(2)}:1`);
          }
        }
      }
    });
  }

  it('should use pure black and white when the theme is high contrast', () => {
    const { backgrounds, foreground, border } = CARD_PALETTES.contrast;
    assert.ok(Object.values(backgrounds).every((colour) => colour === '#000000'));
    assert.equal(foreground.default.default, '#ffffff');
    assert.equal(border, '#ffffff');
  });

  it('should give every container style its own foreground colours in the host config', () => {
    const config = hostConfigFor('dark') as { containerStyles: Record<string, { backgroundColor: string; foregroundColors: unknown }> };
    assert.deepEqual(Object.keys(config.containerStyles).sort(), ['accent', 'attention', 'default', 'emphasis', 'good', 'warning']);
    for (const style of Object.values(config.containerStyles)) {
      assert.deepEqual(style.foregroundColors, CARD_PALETTES.dark.foreground);
    }
    assert.equal(config.containerStyles.default?.backgroundColor, '#292929');
  });

  it('should allow interactivity so inputs and actions render', () => {
    assert.equal(hostConfigFor('default').supportsInteractivity, true);
  });
});
