import assert from 'node:assert/strict';
import { HELP_WORDS, parseCommand } from '../../../../bot/src/platform/teams/parse-command.js';

const commands = [
  { name: 'help', words: HELP_WORDS },
  { name: 'bind-channel', words: ['koble kanal', 'koble kanalen'] },
];
const parsed = (text: string): string | undefined => parseCommand(text, commands)?.name;

describe('parseCommand', () => {
  it('should recognise hjelp regardless of case and spacing', () => {
    assert.equal(parsed('  Hjelp '), 'help');
    assert.equal(parsed('HJELP'), 'help');
  });
  it('should recognise a feature command such as koble kanal', () => {
    assert.equal(parsed('koble   kanal'), 'bind-channel');
  });
  it('should ignore leftover mention markup', () => {
    assert.equal(parsed('<at>Introteam</at> hjelp'), 'help');
  });
  it('should find nothing for anything else', () => {
    assert.equal(parsed('hei'), undefined);
  });
});
