import { formatIsoDate, parseDisplayDate } from '../../../platform/display-date.js';
import { el } from '../../../platform/dom.js';
import { checkbox, fieldGroup, selectField, textField } from '../../../platform/form-fields.js';
import { NEED_LABELS } from '../settlement-labels.js';
import type { GuardianChoice, MemberDraft } from '../registration-draft.js';
import { REGISTRATION_LIMITS } from '../registration-checks.js';
import { limitText } from '../../../platform/text-limit.js';

/** What a member's fieldset reports back to the form. */
export interface MemberFieldsetHandlers {
  /** A field changed; `structural` when the member list must be drawn again (role). */
  readonly onChange: (patch: Partial<Omit<MemberDraft, 'personId'>>, structural: boolean) => void;
  readonly onGuardian: (guardianId: string, linked: boolean) => void;
  /** The birth date field was left: the form may derive the role from it. */
  readonly onBirthDateDone: () => void;
  readonly onRemove?: () => void;
}

/** Options for {@link memberFieldset}. */
export interface MemberFieldsetOptions {
  readonly member: MemberDraft;
  /** 1-based position, used in labels and data-testids (`member-<n>-…`). */
  readonly position: number;
  readonly guardianChoices: readonly GuardianChoice[];
  /** Id of the `<datalist>` with interpreter languages. */
  readonly languageList: string;
  readonly handlers: MemberFieldsetHandlers;
}

/** The fields of one household member: name, birth date, role, guardians (children), needs, interpreter. */
export function memberFieldset(options: MemberFieldsetOptions): HTMLElement {
  const { member, position: n, handlers } = options;
  const name = limitText(
    textField({
      testId: `member-${n}-name`,
      label: 'Fullt navn',
      value: member.fullName,
      required: true,
      maxLength: REGISTRATION_LIMITS.maxNameLength,
    }),
    'Navnet',
  );
  name.control.addEventListener('input', () => handlers.onChange({ fullName: name.control.value }, false));
  const birth = textField({
    testId: `member-${n}-birth-date`,
    label: 'Fødselsdato',
    hint: 'dd.mm.åååå',
    value: member.birthDate,
    required: true,
    maxLength: 10,
  });
  birth.control.addEventListener('input', () => handlers.onChange({ birthDate: birth.control.value }, false));
  birth.control.addEventListener('change', () => {
    if (normaliseDate(birth.control)) handlers.onChange({ birthDate: birth.control.value }, false);
    handlers.onBirthDateDone();
  });
  const role = selectField({
    testId: `member-${n}-role`,
    label: 'Rolle',
    hint: 'Settes ut fra alder ved ankomst: 18 år eller eldre er voksen.',
    value: member.role,
    options: [
      { value: 'adult', label: 'Voksen' },
      { value: 'child', label: 'Barn' },
    ],
  });
  role.control.addEventListener('change', () => handlers.onChange({ role: role.control.value === 'child' ? 'child' : 'adult' }, true));
  const remove = handlers.onRemove
    ? el(
        'fluent-button',
        { type: 'button', appearance: 'secondary', class: 'button-danger', 'data-testid': `member-${n}-remove` },
        `Fjern person ${n}`,
      )
    : null;
  if (remove && handlers.onRemove) remove.addEventListener('click', handlers.onRemove);
  return el(
    'fieldset',
    { class: 'member', 'data-person-position': String(n) },
    el('legend', {}, `Person ${n}`),
    el('div', { class: 'field-row' }, name.wrapper, birth.wrapper, role.wrapper),
    member.role === 'child' ? guardianGroup(options) : null,
    needsGroup(options),
    remove,
  );
}

/** Rewrites a valid date typed as ISO or d.m.åååå as dd.mm.åååå; true when the text changed. */
export function normaliseDate(input: { value: string }): boolean {
  const iso = parseDisplayDate(input.value);
  const shown = iso === undefined ? input.value : formatIsoDate(iso);
  if (shown === input.value) return false;
  input.value = shown;
  return true;
}

function guardianGroup({ member, position: n, guardianChoices, handlers }: MemberFieldsetOptions): HTMLElement {
  const boxes = guardianChoices.map((choice) => {
    const box = checkbox({
      testId: `member-${n}-guardian-${choice.position}`,
      label: choice.label,
      checked: member.guardianIds.includes(choice.personId),
    });
    box.control.setAttribute('data-guardian-id', choice.personId);
    box.wrapper.querySelector('label')?.setAttribute('data-guardian-label', choice.personId);
    box.control.addEventListener('change', () => handlers.onGuardian(choice.personId, box.control.checked));
    return box.wrapper;
  });
  return fieldGroup(
    {
      testId: `member-${n}-guardians`,
      legend: 'Foresatte',
      hint: boxes.length > 0 ? 'Velg barnets foresatte blant de voksne i husstanden. La stå tomt for enslig mindreårig.' : undefined,
    },
    ...(boxes.length > 0
      ? boxes
      : [el('p', { class: 'muted' }, 'Ingen voksne i husstanden ennå. Legg til en voksen for å velge foresatte.')]),
  );
}

function needsGroup({ member, position: n, languageList, handlers }: MemberFieldsetOptions): HTMLElement {
  const flag = (key: 'healthFollowUp' | 'adaptedHousing' | 'specialSupport', suffix: string): HTMLElement => {
    const box = checkbox({ testId: `member-${n}-${suffix}`, label: NEED_LABELS[key], checked: member[key] });
    box.control.addEventListener('change', () => handlers.onChange({ [key]: box.control.checked }, false));
    return box.wrapper;
  };
  const language = limitText(
    textField({
      testId: `member-${n}-interpreter`,
      label: 'Tolkespråk (valgfritt)',
      hint: 'Fyll ut hvis personen trenger tolk, f.eks. arabisk.',
      value: member.interpreterLanguage,
      maxLength: REGISTRATION_LIMITS.maxLanguageLength,
      list: languageList,
    }),
    'Tolkespråk',
  );
  language.control.addEventListener('input', () => handlers.onChange({ interpreterLanguage: language.control.value }, false));
  return fieldGroup(
    { testId: `member-${n}-needs`, legend: 'Kjente behov', hint: 'Kunngjøringen viser bare antall per behov, ikke hvem det gjelder.' },
    flag('healthFollowUp', 'health'),
    flag('adaptedHousing', 'housing'),
    flag('specialSupport', 'special-support'),
    language.wrapper,
  );
}
