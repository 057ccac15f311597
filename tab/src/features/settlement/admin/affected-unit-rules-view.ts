import { isAdmin } from '../../../platform/access.js';
import { describeRule, rowsFromRules } from './rule-rows.js';
import { el } from '../../../platform/dom.js';
import type { View } from '../../../platform/view.js';
import { RulesEditor, parseRules } from './rules-editor.js';
import type { RulesResponse } from '../../../../../contract/admin.js';
import { onViewLeave } from '../../../platform/leave-guard.js';
import { guardUnsavedChanges } from '../../../platform/unsaved-changes.js';

/** `#/admin/regler`: which units a household affects (admin). */
export const affectedUnitRulesView: View = async (target, { api, user }) => {
  const [me, body] = await Promise.all([user.me(), api.get('/api/affected-unit-rules')]);
  const { rules, units } = parseRules(body);
  target.append(
    el('h1', { tabindex: '-1' }, 'Berørte enheter'),
    el(
      'p',
      {},
      'Reglene avgjør hvilke enheter som får kunngjøringen og starter rutineflyten sin når en bosetting registreres. En enhet er berørt når minst én person i husstanden passer med en av enhetens regler.',
    ),
  );
  if (!isAdmin(me.roles)) {
    target.append(
      el('p', { class: 'panel' }, 'Bare administratorer kan endre reglene.'),
      el(
        'ul',
        { 'data-testid': 'rule-summary' },
        ...rowsFromRules(rules).map((row) => el('li', {}, `${unitName(units, row.unitId)}: ${describeRule(row)}`)),
      ),
    );
    return;
  }
  const editor = new RulesEditor(api, rowsFromRules(rules), units);
  onViewLeave(guardUnsavedChanges(() => editor.isDirty()));
  target.append(editor.element);
};

function unitName(units: RulesResponse['units'], id: string): string {
  return units.find((u) => u.id === id)?.name ?? id;
}
