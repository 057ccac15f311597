import assert from 'node:assert/strict';
import {
  DEFAULT_ROUTINE_TEMPLATES,
  GENERIC_ROUTINE_TASKS,
  defaultRoutineTemplate,
} from '../../../../../bot/src/features/settlement/domain/default-routine-templates.js';
import { parseRoutineTasks } from '../../../../../bot/src/features/settlement/domain/routine-template-schema.js';
import { DEFAULT_UNITS } from '../../../../../bot/src/kernel/units/unit.js';

describe('default-routine-templates', () => {
  it('should have a routine for every default unit when a tenant starts', () => {
    assert.deepEqual(DEFAULT_ROUTINE_TEMPLATES.map((template) => template.unitId).sort(), DEFAULT_UNITS.map((unit) => unit.id).sort());
  });

  it('should pass the admin schema when the defaults are saved unchanged', () => {
    for (const template of DEFAULT_ROUTINE_TEMPLATES) {
      assert.deepEqual(parseRoutineTasks(template.tasks), template.tasks, template.unitId);
    }
    assert.deepEqual(parseRoutineTasks(GENERIC_ROUTINE_TASKS), GENERIC_ROUTINE_TASKS);
  });

  it('should contain no contact details when the texts are scanned', () => {
    const text = JSON.stringify([DEFAULT_ROUTINE_TEMPLATES, GENERIC_ROUTINE_TASKS]);
    assert.doesNotMatch(text, /@|https?:|\d{8}|\+47/);
  });

  it('should include the practice the issue names when the defaults are read', () => {
    const titles = (unitId: string): string =>
      defaultRoutineTemplate('t', unitId)
        .tasks.map((task) => task.title)
        .join(' | ');
    assert.match(titles('bosetting'), /Bolig klar.*Tolk bestilt.*Innkjøp.*Mottak ved ankomst/);
    assert.match(titles('nav'), /Økonomisk stønad.*kontonummer/i);
    assert.match(titles('helsetjeneste'), /Tuberkulose.*Vaksinasjon.*Helseundersøkelse innen tre måneder/);
    assert.match(titles('grunnskole'), /Skoleplass.*Tolk.*Innskrivingssamtale/);
    assert.match(titles('barnehage'), /Barnehageplass.*Oppstartsamtale/);
    assert.match(titles('voi'), /Kartlegging.*norskopplæring.*Vedtak om introduksjonsprogram/);
  });

  it('should put the housing task before arrival and the programme decision within three months', () => {
    const task = (unitId: string, id: string) => defaultRoutineTemplate('t', unitId).tasks.find((t) => t.id === id);
    assert.ok((task('bosetting', 'bolig-klar')?.dueOffsetDays ?? 0) < 0);
    assert.ok((task('voi', 'vedtak-introduksjonsprogram')?.dueOffsetDays ?? 999) <= 90);
    assert.ok((task('helsetjeneste', 'helseundersokelse')?.dueOffsetDays ?? 999) <= 90);
  });

  it('should give the generic routine with the tenant when a unit has no built-in routine', () => {
    assert.deepEqual(defaultRoutineTemplate('t-1', 'tannhelse'), { tenantId: 't-1', unitId: 'tannhelse', tasks: GENERIC_ROUTINE_TASKS });
  });
});
