import { el } from '../../../platform/dom.js';
import { FormErrors } from '../../../platform/form-errors.js';
import { uniqueId } from '../../../platform/form-fields.js';
import { announce, statusRegion, whileBusy } from '../../../platform/markers.js';
import { registrationFromDraft } from '../registration-body.js';
import { checkRegistrationDraft } from '../registration-checks.js';
import {
  addMember,
  guardianChoices,
  impliedRole,
  memberLabel,
  removeMember,
  setGuardian,
  updateMember,
  type RegistrationDraft,
} from '../registration-draft.js';
import type { Registration } from '../../../../../contract/registration.js';
import { memberFieldset } from './member-fieldset.js';
import { languageList, noteField, settlementFields } from './registration-fields.js';

/** Options for {@link RegistrationForm}. */
export interface RegistrationFormOptions {
  readonly draft: RegistrationDraft;
  readonly submitLabel: string;
  /** Where "Avbryt" goes. */
  readonly cancelHref: string;
  /** Today in Oslo, for the date checks. */
  readonly today: string;
  /** New person ids (crypto.randomUUID in the browser). */
  readonly newPersonId: () => string;
  /** Sends the registration; a thrown error is shown in the form. */
  readonly onSubmit: (registration: Registration) => Promise<void>;
  /** Extra controls to show with a failure (e.g. "Last inn på nytt" after a 409). */
  readonly failureExtras?: (error: unknown) => Node[];
  /** Told after each change the person makes (typing, choosing, adding or removing a person). */
  readonly onChange?: (draft: RegistrationDraft) => void;
  /** Told when «Avbryt» is pressed, before the link is followed. */
  readonly onCancel?: () => void;
  /** A line above the form's buttons, e.g. what the draft keeps. */
  readonly notice?: Node;
}

/** The registration form (new and edit): keeps the draft, checks it, and draws the member list. */
export class RegistrationForm {
  /** The `<form>`, ready to append. */
  readonly element: HTMLFormElement;
  private draft: RegistrationDraft;
  private readonly members = el('ol', { class: 'member-list' });
  private readonly errors: FormErrors;
  private readonly status = statusRegion('form-status');
  private readonly languageList = uniqueId('languages');

  /** The draft as the form started, to tell whether anything was typed. */
  private readonly initial: string;

  constructor(private readonly options: RegistrationFormOptions) {
    this.draft = options.draft;
    this.initial = JSON.stringify(options.draft);
    const submit = el('fluent-button', { type: 'submit', appearance: 'primary', 'data-testid': 'save-settlement' }, options.submitLabel);
    this.element = el('form', { class: 'registration-form', 'data-testid': 'registration-form', novalidate: true, autocomplete: 'off' });
    this.errors = new FormErrors(this.element);
    this.element.append(
      this.errors.element,
      settlementFields(this.draft, {
        onChange: (patch) => (this.draft = { ...this.draft, ...patch }),
        onArrivalDone: () => this.deriveRoles(),
      }),
      this.memberSection(),
      noteField(this.draft.note, (note) => (this.draft = { ...this.draft, note })),
      languageList(this.languageList),
      this.status,
      options.notice ?? '',
      el(
        'div',
        { class: 'form-actions' },
        submit,
        this.cancelLink(),
      ),
    );
    // After the field's own handler has updated the draft.
    const changed = (): void => queueMicrotask(() => this.options.onChange?.(this.draft));
    this.element.addEventListener('input', changed);
    this.element.addEventListener('change', changed);
    this.element.addEventListener('submit', (event) => {
      event.preventDefault();
      void whileBusy(submit, () => this.submit());
    });
    this.drawMembers();
  }

  /** Whether anything was typed or chosen since the form was shown. */
  isDirty(): boolean {
    return JSON.stringify(this.draft) !== this.initial;
  }

  private cancelLink(): HTMLElement {
    const link = el('fluent-anchor-button', { href: this.options.cancelHref, appearance: 'secondary', 'data-testid': 'cancel-form' }, 'Avbryt');
    link.addEventListener('click', () => this.options.onCancel?.());
    return link;
  }

  /** Forgets everything typed (called when the view is left, so names do not linger in the DOM). */
  clear(): void {
    this.element.reset();
    this.element.replaceChildren();
  }

  private async submit(): Promise<void> {
    const problems = checkRegistrationDraft(this.draft, this.options.today);
    if (problems.length > 0) return this.errors.showFieldErrors(problems);
    this.errors.clear();
    try {
      await this.options.onSubmit(registrationFromDraft(this.draft));
    } catch (error) {
      this.errors.showFailure(error, ...(this.options.failureExtras?.(error) ?? []));
    }
  }

  private memberSection(): HTMLElement {
    const add = el('fluent-button', { type: 'button', appearance: 'secondary', 'data-testid': 'add-member' }, 'Legg til person');
    add.addEventListener('click', () => {
      this.draft = addMember(this.draft, this.options.newPersonId());
      this.drawMembers();
      const n = this.draft.members.length;
      this.element.querySelector<HTMLElement>(`[data-testid="member-${n}-name"]`)?.focus();
      announce(this.status, `Person ${n} er lagt til.`);
    });
    return el(
      'section',
      { class: 'panel', 'aria-labelledby': 'members-heading' },
      el('h2', { id: 'members-heading', tabindex: '-1' }, 'Husstanden'),
      el(
        'p',
        { class: 'field-hint' },
        'Navn og fødselsdato lagres bare i sikker sone. Enhetene ser antall, aldersgrupper og behov, og navn bare for personene de skal følge opp.',
      ),
      this.members,
      add,
    );
  }

  /** Draws the member list again, keeping focus on the same control when it still exists. */
  private drawMembers(): void {
    // Adding or removing a person changes the draft without an input event.
    queueMicrotask(() => this.options.onChange?.(this.draft));
    const focused = document.activeElement?.getAttribute('data-testid');
    const canRemove = this.draft.members.length > 1;
    this.members.replaceChildren(
      ...this.draft.members.map((member, index) =>
        el(
          'li',
          {},
          memberFieldset({
            member,
            position: index + 1,
            guardianChoices: guardianChoices(this.draft, member.personId),
            languageList: this.languageList,
            handlers: {
              onChange: (patch, structural) => this.changeMember(member.personId, patch, structural),
              onGuardian: (guardianId, linked) => (this.draft = setGuardian(this.draft, member.personId, guardianId, linked)),
              onBirthDateDone: () => this.deriveRoles(),
              onRemove: canRemove ? () => this.remove(member.personId, index + 1) : undefined,
            },
          }),
        ),
      ),
    );
    if (focused) this.members.querySelector<HTMLElement>(`[data-testid="${CSS.escape(focused)}"]`)?.focus();
  }

  private changeMember(personId: string, patch: Parameters<typeof updateMember>[2], structural: boolean): void {
    this.draft = updateMember(this.draft, personId, patch);
    if (structural) this.drawMembers();
    else if (patch.fullName !== undefined) this.relabelGuardian(personId);
  }

  /** A name typed in: update that adult's label in the children's guardian lists without redrawing. */
  private relabelGuardian(personId: string): void {
    const index = this.draft.members.findIndex((m) => m.personId === personId);
    const member = this.draft.members[index];
    if (!member) return;
    for (const label of this.members.querySelectorAll(`[data-guardian-label="${CSS.escape(personId)}"]`)) {
      label.textContent = memberLabel(member, index + 1);
    }
  }

  /** Sets each member's role from the age at arrival, when both dates are valid; tells what changed. */
  private deriveRoles(): void {
    const changed: string[] = [];
    this.draft.members.forEach((member, index) => {
      const role = impliedRole(member.birthDate, this.draft.arrivalDate);
      if (role && role !== member.role) {
        this.draft = updateMember(this.draft, member.personId, { role });
        changed.push(`Person ${index + 1} er satt til ${role === 'adult' ? 'voksen' : 'barn'} ut fra alderen ved ankomst.`);
      }
    });
    if (changed.length === 0) return;
    // Wait for the focus move (Tab) that caused the change event, so drawing keeps focus where it went.
    window.setTimeout(() => this.drawMembers(), 0);
    announce(this.status, changed.join(' '));
  }

  private remove(personId: string, position: number): void {
    this.draft = removeMember(this.draft, personId);
    this.drawMembers();
    this.element.querySelector<HTMLElement>('#members-heading')?.focus();
    announce(this.status, `Person ${position} er fjernet.`);
  }
}
