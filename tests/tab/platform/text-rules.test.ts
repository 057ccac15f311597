import assert from 'node:assert/strict';
import {
  characterCountText,
  lengthAfterInsert,
  refusedInsertMessage,
  textProblem,
  tooLongMessage,
} from '../../../tab/src/platform/text-rules.js';

const name = { label: 'Navnet', max: 200 };
const note = { label: 'Merknaden', max: 200, multiLine: true };

describe('text-rules', () => {
  it('should word the limit as the server does', () => {
    assert.equal(tooLongMessage('Navnet', 200), 'Navnet kan være høyst 200 tegn.');
  });

  it('should refuse 201 characters with the limit and accept 200', () => {
    assert.equal(textProblem('x'.repeat(201), name), 'Navnet kan være høyst 200 tegn.');
    assert.equal(textProblem('x'.repeat(558), name), 'Navnet kan være høyst 200 tegn.');
    assert.equal(textProblem(` ${'x'.repeat(200)} `, name), undefined);
  });

  it('should count a name typed with combining accents as the server stores it (NFC)', () => {
    assert.equal(textProblem('e\u0301'.repeat(200), name), undefined);
  });

  it('should refuse control characters and invisible direction marks in any field', () => {
    for (const character of [
      '\u0000',
      '\u001B',
      '\u007F',
      '\u0085',
      '\u202A',
      '\u202E',
      '\u2066',
      '\u2069',
      '\u200B',
      '\uFEFF',
      '\uD800',
      '\u2028',
    ]) {
      assert.equal(textProblem(`Ola${character}`, name), 'Navnet kan ikke inneholde kontrolltegn eller usynlige retningstegn.');
      assert.equal(textProblem(`Ola${character}`, note), 'Merknaden kan ikke inneholde kontrolltegn eller usynlige retningstegn.');
    }
  });

  it('should allow newline and tab only in a multi-line field', () => {
    assert.equal(textProblem('Linje 1\r\n\tLinje 2', note), undefined);
    assert.equal(textProblem('Ola\nNordmann', name), 'Navnet kan ikke inneholde linjeskift.');
    assert.equal(textProblem('Ola\tNordmann', name), 'Navnet kan ikke inneholde kontrolltegn eller usynlige retningstegn.');
  });

  it('should accept any script and the zero-width joiners that scripts and emoji need', () => {
    for (const text of ['Zoë Ødegård', 'محمد', 'فاطمه\u200Cزاده', '👨\u200D👩\u200D👧']) assert.equal(textProblem(text, name), undefined);
  });

  it('should show the count and the limit under the field', () => {
    assert.equal(characterCountText(12, 200), '12 av høyst 200 tegn');
  });

  it('should compute the length a paste gives, replacing the selection', () => {
    assert.equal(lengthAfterInsert('Amina', 5, 5, ' Haddad'), 12);
    assert.equal(lengthAfterInsert('Amina Testesen', 6, 14, 'Haddad'), 12);
    assert.equal(lengthAfterInsert('', 0, 0, 'x'.repeat(558)), 558);
  });

  it('should count a pasted Windows line break as one character', () => {
    assert.equal(lengthAfterInsert('', 0, 0, 'a\r\nb'), 3);
  });

  it('should refuse a paste that would be cut with the server’s limit message and the length it would give', () => {
    assert.equal(
      refusedInsertMessage('Navnet', 200, 558),
      'Navnet kan være høyst 200 tegn. Teksten ble ikke satt inn, for da ville feltet hatt 558 tegn.',
    );
  });
});
