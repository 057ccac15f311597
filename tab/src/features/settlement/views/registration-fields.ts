import { el } from '../../../platform/dom.js';
import { textArea, textField } from '../../../platform/form-fields.js';
import { REGISTRATION_LIMITS } from '../registration-checks.js';
import type { RegistrationDraft } from '../registration-draft.js';
import { limitText } from '../../../platform/text-limit.js';
import { normaliseDate } from './member-fieldset.js';

/** Interpreter languages offered as suggestions (any language may be typed). */
const LANGUAGES = [
  'Arabisk',
  'Dari',
  'Engelsk',
  'Farsi',
  'Fransk',
  'Kurmanji',
  'Pashto',
  'Russisk',
  'Somali',
  'Sorani',
  'Swahili',
  'Tigrinja',
  'Ukrainsk',
];

/** What the settlement fields report back to the form. */
export interface SettlementFieldsHandlers {
  readonly onChange: (patch: Partial<Pick<RegistrationDraft, 'arrivalDate' | 'addressArea'>>) => void;
  /** The arrival date was left: the form may derive the members' roles from it. */
  readonly onArrivalDone: () => void;
}

/** Arrival date and address area. */
export function settlementFields(draft: RegistrationDraft, handlers: SettlementFieldsHandlers): HTMLElement {
  const arrival = textField({
    testId: 'arrival-date',
    label: 'Forventet ankomstdato',
    hint: 'dd.mm.åååå',
    value: draft.arrivalDate,
    required: true,
    maxLength: 10,
  });
  arrival.control.addEventListener('input', () => handlers.onChange({ arrivalDate: arrival.control.value }));
  arrival.control.addEventListener('change', () => {
    if (normaliseDate(arrival.control)) handlers.onChange({ arrivalDate: arrival.control.value });
    handlers.onArrivalDone();
  });
  const area = limitText(
    textField({
      testId: 'address-area',
      label: 'Boområde (valgfritt)',
      hint: 'Område eller bydel, ikke gateadresse.',
      value: draft.addressArea,
      maxLength: REGISTRATION_LIMITS.maxAreaLength,
    }),
    'Boområde',
  );
  area.control.addEventListener('input', () => handlers.onChange({ addressArea: area.control.value }));
  return el(
    'fieldset',
    { class: 'panel' },
    el('legend', {}, 'Bosettingen'),
    el('div', { class: 'field-row' }, arrival.wrapper, area.wrapper),
  );
}

/** The free-text note. */
export function noteField(value: string, onChange: (note: string) => void): HTMLElement {
  const note = limitText(
    textArea({
      testId: 'note',
      label: 'Merknad (valgfritt)',
      hint: 'Skriv ikke navn eller helseopplysninger her.',
      value,
      maxLength: REGISTRATION_LIMITS.maxNoteLength,
    }),
    'Merknaden',
  );
  note.control.addEventListener('input', () => onChange(note.control.value));
  return el('fieldset', { class: 'panel' }, el('legend', {}, 'Merknad'), note.wrapper);
}

/** The `<datalist>` of interpreter languages, with the given id. */
export function languageList(id: string): HTMLElement {
  return el('datalist', { id }, ...LANGUAGES.map((language) => el('option', { value: language })));
}
