import { isAdmin } from '../../../platform/access.js';
import { el } from '../../../platform/dom.js';
import { FormErrors } from '../../../platform/form-errors.js';
import { selectField } from '../../../platform/form-fields.js';
import { announce, statusRegion, whileBusy } from '../../../platform/markers.js';
import type { View } from '../../../platform/view.js';
import type { PrivacySettingsRequest } from '../../../../../contract/privacy.js';
import { PRIVACY_CHOICES, choiceFromSelectValue, parsePrivacySettings } from './privacy-choices.js';

/** `#/admin/personvern`: from which household size need counts are shown as numbers (admin). */
export const privacyView: View = async (target, { api, user }) => {
  const me = await user.me();
  target.append(
    el('h1', { tabindex: '-1' }, 'Personvern'),
    el(
      'p',
      {},
      'Kunngjøringen og fanen viser hvor mange i husstanden som har et behov. I en liten husstand kan et antall peke ut én person; da vises bare «Ja».',
    ),
  );
  if (!isAdmin(me.roles)) {
    target.append(el('p', { class: 'panel' }, 'Bare administratorer kan endre personverninnstillingene.'));
    return;
  }
  const settings = parsePrivacySettings(await api.get('/api/admin/privacy'));
  const form = el('form', { class: 'panel', 'data-testid': 'privacy-form', novalidate: true });
  const errors = new FormErrors(form);
  const status = statusRegion('privacy-status');
  const field = selectField({
    testId: 'privacy-min-household',
    label: 'Antall per behov',
    hint: 'Gjelder kort og fanen med en gang, også for bosettinger som allerede er kunngjort (når kortet oppdateres).',
    value: String(settings.minHouseholdForCounts),
    options: PRIVACY_CHOICES.map((choice) => ({ value: String(choice.value), label: choice.label })),
  });
  const save = el('fluent-button', { type: 'submit', appearance: 'primary', 'data-testid': 'save-privacy' }, 'Lagre');
  form.append(errors.element, field.wrapper, status, el('div', { class: 'form-actions' }, save));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const minHouseholdForCounts = choiceFromSelectValue(field.control.value ?? '');
    if (minHouseholdForCounts === undefined) return;
    void whileBusy(save, async () => {
      errors.clear();
      try {
        const saved = parsePrivacySettings(await api.put('/api/admin/privacy', { minHouseholdForCounts } satisfies PrivacySettingsRequest));
        field.control.value = String(saved.minHouseholdForCounts);
        announce(status, 'Innstillingen er lagret.');
      } catch (error) {
        errors.showFailure(error);
      }
    });
  });
  target.append(form);
};
