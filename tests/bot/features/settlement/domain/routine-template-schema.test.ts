import assert from 'node:assert/strict';
import { MAX_ROUTINE_TASKS, parseRoutineTasks } from '../../../../../bot/src/features/settlement/domain/routine-template-schema.js';
import { expectInvalid } from './expect-invalid.js';

const valid = {
  id: 'bolig-klar',
  title: 'Bolig klar',
  description: 'Klar før ankomst.',
  ownerRole: 'Bosettingskoordinator',
  dueOffsetDays: -7,
};

describe('routine-template-schema', () => {
  it('should accept and trim a valid task list when an admin saves it', () => {
    assert.deepEqual(parseRoutineTasks([{ ...valid, title: '  Bolig klar ' }]), [valid]);
  });

  it('should default a missing description to empty when an admin leaves it out', () => {
    const { description: _description, ...withoutDescription } = valid;
    assert.equal(parseRoutineTasks([withoutDescription])[0]?.description, '');
  });

  it('should refuse duplicate task ids when an admin saves them', () => {
    expectInvalid(() => parseRoutineTasks([valid, { ...valid, title: 'Annen' }]), 'Oppgave-ID må være unik i rutinen');
  });

  it('should refuse an empty or oversized routine when an admin saves it', () => {
    expectInvalid(() => parseRoutineTasks([]), 'Rutinen må ha minst én oppgave');
    const many = Array.from({ length: MAX_ROUTINE_TASKS + 1 }, (_, i) => ({ ...valid, id: `t${i}` }));
    expectInvalid(() => parseRoutineTasks(many), `Rutinen kan ha høyst ${MAX_ROUTINE_TASKS} oppgaver`);
  });

  it('should refuse a control character or bidi isolate in the title, description or owner role, naming the field', () => {
    const hidden = 'kan ikke inneholde kontrolltegn eller usynlige retningstegn';
    for (const character of ['\u0000', '\u001B', '\u202D', '\u2069', '\uFEFF']) {
      expectInvalid(() => parseRoutineTasks([{ ...valid, title: `Bolig${character}` }]), `Tittel ${hidden}`);
      expectInvalid(() => parseRoutineTasks([{ ...valid, description: `Klar${character}` }]), `Beskrivelse ${hidden}`);
      expectInvalid(() => parseRoutineTasks([{ ...valid, ownerRole: `Leder${character}` }]), `Ansvarlig rolle ${hidden}`);
    }
  });

  it('should keep newlines in the description but refuse them in the title and owner role', () => {
    assert.equal(parseRoutineTasks([{ ...valid, description: 'Punkt 1\nPunkt 2' }])[0]?.description, 'Punkt 1\nPunkt 2');
    expectInvalid(() => parseRoutineTasks([{ ...valid, title: 'Bolig\nklar' }]), 'Tittel kan ikke inneholde linjeskift');
    expectInvalid(
      () => parseRoutineTasks([{ ...valid, ownerRole: 'Bosettings-\nkoordinator' }]),
      'Ansvarlig rolle kan ikke inneholde linjeskift',
    );
  });

  it('should refuse a title over 120 characters with the limit in the message', () => {
    expectInvalid(() => parseRoutineTasks([{ ...valid, title: 'x'.repeat(121) }]), 'Tittel kan være høyst 120 tegn');
  });

  it('should refuse bad fields with Norwegian messages when an admin saves them', () => {
    expectInvalid(() => parseRoutineTasks([{ ...valid, id: 'Bolig Klar' }]), 'Oppgave-ID kan bare inneholde');
    expectInvalid(() => parseRoutineTasks([{ ...valid, title: ' ' }]), 'Tittel må fylles ut');
    expectInvalid(() => parseRoutineTasks([{ ...valid, ownerRole: '' }]), 'Ansvarlig rolle må fylles ut');
    expectInvalid(() => parseRoutineTasks([{ ...valid, dueOffsetDays: 1.5 }]), 'Frist må være et helt antall dager');
    expectInvalid(() => parseRoutineTasks([{ ...valid, dueOffsetDays: '7' }]), 'Frist må være et helt antall dager');
    expectInvalid(() => parseRoutineTasks([{ ...valid, dueOffsetDays: -181 }]), 'Frist kan være høyst 180 dager før ankomst');
    expectInvalid(() => parseRoutineTasks([{ ...valid, dueOffsetDays: 731 }]), 'Frist kan være høyst 730 dager etter ankomst');
    expectInvalid(() => parseRoutineTasks([{ ...valid, description: 'x'.repeat(1001) }]), 'Beskrivelse kan være høyst 1000 tegn');
    expectInvalid(() => parseRoutineTasks('oppgaver'), 'Oppgavene må være en liste');
  });
});
