import assert from 'node:assert/strict';
import { expandCard } from '../../../../bot/src/platform/cards/expand-card.js';

describe('expandCard (templates prepared once)', () => {
  const template = {
    type: 'AdaptiveCard',
    version: '1.5',
    body: [
      { type: 'TextBlock', text: 'Oppgaver for ${unitName}' },
      { type: 'TextBlock', $data: '${tasks}', text: '${title} (${status})' },
      { type: 'TextBlock', $when: '${showNotice}', text: '${notice}' },
    ],
  };

  it('should expand the same template with different data, each time from the template and not from an earlier card', () => {
    const first = expandCard(template, {
      unitName: 'Barnehage',
      tasks: [
        { title: 'Ring familien', status: 'åpen' },
        { title: 'Finn plass', status: 'tatt' },
      ],
      showNotice: true,
      notice: 'Bosettingen er avlyst.',
    });
    const second = expandCard(template, { unitName: 'NAV', tasks: [{ title: 'Avtal møte', status: 'fullført' }], showNotice: false });
    assert.deepEqual(
      first.body.map((element) => (element as unknown as { text: string }).text),
      ['Oppgaver for Barnehage', 'Ring familien (åpen)', 'Finn plass (tatt)', 'Bosettingen er avlyst.'],
    );
    assert.deepEqual(
      second.body.map((element) => (element as unknown as { text: string }).text),
      ['Oppgaver for NAV', 'Avtal møte (fullført)'],
    );
    assert.equal(template.body[0]!.text, 'Oppgaver for ${unitName}', 'the template itself is left as it was');
  });
});
