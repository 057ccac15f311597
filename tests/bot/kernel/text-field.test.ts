import assert from 'node:assert/strict';
import { multiLineText, optionalText, singleLineText } from '../../../bot/src/kernel/text-field.js';
import { parseInput } from '../../../bot/src/kernel/validation.js';
import { expectInvalid } from '../features/settlement/domain/expect-invalid.js';

const name = singleLineText({ label: 'Navnet', max: 200 });
const note = multiLineText({ label: 'Merknaden', max: 200 });
const HIDDEN = 'Navnet kan ikke inneholde kontrolltegn eller usynlige retningstegn';

/** Characters no text field may hold, by what they are. */
const FORBIDDEN: readonly [string, string][] = [
  ['NUL', '\u0000'],
  ['ESC', '\u001B'],
  ['bell (C0)', '\u0007'],
  ['vertical tab (C0)', '\u000B'],
  ['form feed (C0)', '\u000C'],
  ['DEL', '\u007F'],
  ['C1 control (NEL)', '\u0085'],
  ['C1 control (CSI)', '\u009B'],
  ['left-to-right embedding', '\u202A'],
  ['right-to-left embedding', '\u202B'],
  ['pop directional formatting', '\u202C'],
  ['left-to-right override', '\u202D'],
  ['right-to-left override', '\u202E'],
  ['left-to-right isolate', '\u2066'],
  ['right-to-left isolate', '\u2067'],
  ['first strong isolate', '\u2068'],
  ['pop directional isolate', '\u2069'],
  ['right-to-left mark', '\u200F'],
  ['Arabic letter mark', '\u061C'],
  ['zero-width space', '\u200B'],
  ['word joiner', '\u2060'],
  ['byte order mark', '\uFEFF'],
  ['tag character', '\u{E0041}'],
  ['line separator', '\u2028'],
  ['paragraph separator', '\u2029'],
  ['lone high surrogate', '\uD800'],
  ['lone low surrogate', '\uDC00'],
];

describe('text-field', () => {
  for (const [what, character] of FORBIDDEN) {
    it(`should refuse a ${what} in a one-line and a multi-line field, naming the field`, () => {
      expectInvalid(() => parseInput(name, `Ola${character}Nordmann`), HIDDEN);
      expectInvalid(
        () => parseInput(note, `Linje${character}\nlinje`),
        'Merknaden kan ikke inneholde kontrolltegn eller usynlige retningstegn',
      );
    });
  }

  it('should refuse a forbidden character at either end too, before trimming could hide it', () => {
    expectInvalid(() => parseInput(name, '\uFEFFOla'), HIDDEN);
    expectInvalid(() => parseInput(name, 'Ola\u0000'), HIDDEN);
  });

  it('should refuse a newline, a carriage return or a tab in a one-line field', () => {
    expectInvalid(() => parseInput(name, 'Ola\nNordmann'), 'Navnet kan ikke inneholde linjeskift');
    expectInvalid(() => parseInput(name, 'Ola\r\nNordmann'), 'Navnet kan ikke inneholde linjeskift');
    expectInvalid(() => parseInput(name, 'Ola\rNordmann'), 'Navnet kan ikke inneholde linjeskift');
    expectInvalid(() => parseInput(name, 'Ola\tNordmann'), HIDDEN);
  });

  it('should keep newlines and tabs in a multi-line field, with Windows line ends as one newline', () => {
    assert.equal(parseInput(note, ' Første linje\r\n\tandre linje\n '), 'Første linje\n\tandre linje');
  });

  it('should refuse a lone carriage return in a multi-line field', () => {
    expectInvalid(() => parseInput(note, 'a\rb'), 'Merknaden kan ikke inneholde kontrolltegn eller usynlige retningstegn');
  });

  it('should accept letters of any script, emoji and the zero-width joiners that scripts need', () => {
    for (const text of [
      'Zoë Ødegård-Åsen',
      'محمد الأحمد',
      'Ковальчук',
      'فاطمه\u200Cزاده',
      'Familie 👨\u200D👩\u200D👧',
      'Ola\u00A0Nordmann',
    ]) {
      assert.equal(parseInput(name, text), text);
    }
  });

  it('should normalise to NFC and trim before counting the length', () => {
    const decomposed = 'e\u0301'.repeat(200);
    assert.equal(parseInput(name, `  ${decomposed}  `), '\u00E9'.repeat(200));
  });

  it('should refuse 201 characters with the limit in the message, and accept 200', () => {
    expectInvalid(() => parseInput(name, 'x'.repeat(201)), 'Navnet kan være høyst 200 tegn');
    expectInvalid(() => parseInput(name, 'x'.repeat(558)), 'Navnet kan være høyst 200 tegn');
    expectInvalid(() => parseInput(note, 'x'.repeat(201)), 'Merknaden kan være høyst 200 tegn');
    assert.equal(parseInput(name, 'x'.repeat(200)).length, 200);
  });

  it('should refuse a blank or missing required text and a non-string', () => {
    expectInvalid(() => parseInput(name, '   '), 'Navnet må fylles ut');
    expectInvalid(() => parseInput(name, undefined), 'Navnet må fylles ut');
    expectInvalid(() => parseInput(name, 42), 'Navnet må være tekst');
  });

  it('should accept an empty text when the field allows it', () => {
    assert.equal(parseInput(multiLineText({ label: 'Beskrivelse', max: 10, allowEmpty: true }), '  '), '');
  });

  it('should treat a missing or blank optional text as absent but still check a filled one', () => {
    const optional = optionalText(name);
    assert.equal(parseInput(optional, undefined), undefined);
    assert.equal(parseInput(optional, ' \t '), undefined);
    assert.equal(parseInput(optional, ' Ola '), 'Ola');
    expectInvalid(() => parseInput(optional, 'Ola\u202E'), HIDDEN);
  });
});
