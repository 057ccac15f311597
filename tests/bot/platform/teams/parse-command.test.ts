import assert from 'node:assert/strict';
import { parseCommand } from '../../../../bot/src/platform/teams/parse-command.js';

describe('parseCommand', () => {
  it('should recognise hjelp regardless of case and spacing', () => {
    assert.equal(parseCommand('  Hjelp '), 'help');
    assert.equal(parseCommand('HJELP'), 'help');
  });
  it('should recognise koble kanal', () => {
    assert.equal(parseCommand('koble   kanal'), 'bind-channel');
  });
  it('should ignore leftover mention markup', () => {
    assert.equal(parseCommand('<at>Introteam</at> hjelp'), 'help');
  });
  it('should return unknown for anything else', () => {
    assert.equal(parseCommand('hei'), 'unknown');
  });
});
