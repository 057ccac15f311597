import { ApiError } from '../../../platform/api-error.js';
import { canManageSettlements } from '../../../platform/access.js';
import { osloToday } from '../../../platform/display-date.js';
import { el } from '../../../platform/dom.js';
import { putFlash } from '../../../platform/flash.js';
import { DraftStore } from '../../../platform/draft-store.js';
import { onViewLeave } from '../../../platform/leave-guard.js';
import { guardUnsavedChanges } from '../../../platform/unsaved-changes.js';
import { hasContent, isNameFreeRegistrationDraft, nameFreeDraft, restoredDraft } from '../name-free-draft.js';
import { backLink } from '../../../platform/markers.js';
import { hrefFor } from '../../../platform/router.js';
import { draftFromRegistration } from '../registration-body.js';
import { emptyDraft } from '../registration-draft.js';
import { parseRegistrationResponse, parseSaveResponse } from '../parse-settlement.js';
import type { View, ViewContext } from '../../../platform/view.js';
import { submissionKeys } from '../submission-key.js';
import { RegistrationForm } from './registration-form.js';
import type { EditSettlementRequest } from '../../../../../contract/settlement.js';

/** `#/bosettinger/ny`: register a new settlement (coordinator/admin); afterwards the detail view shows the warnings. */
export const newSettlementView: View = async (target, { api, user }) => {
  const me = await user.me();
  target.append(backLink(hrefFor('/bosettinger'), 'Alle bosettinger'), el('h1', { tabindex: '-1' }, 'Registrer ny bosetting'));
  if (!canManageSettlements(me.roles)) {
    target.append(el('p', { class: 'panel' }, 'Bare bosettingskoordinatorer og administratorer kan registrere bosettinger.'));
    return;
  }
  const keyFor = submissionKeys(() => crypto.randomUUID());
  // What was typed survives a reload in this tab, without names, birth dates or the note.
  const drafts = new DraftStore(window.sessionStorage, me.user.id, 'ny-bosetting', isNameFreeRegistrationDraft);
  const kept = drafts.read();
  const restored = kept && hasContent(kept) ? restoredDraft(kept) : undefined;
  let release = (): void => {};
  const form = new RegistrationForm({
    draft: restored ?? emptyDraft(crypto.randomUUID()),
    submitLabel: 'Lagre og kunngjør',
    cancelHref: hrefFor('/bosettinger'),
    today: osloToday(),
    newPersonId: () => crypto.randomUUID(),
    onSubmit: async (registration) => {
      const headers = { 'Idempotency-Key': keyFor(registration) };
      const saved = parseSaveResponse(await api.post('/api/settlements', registration, { headers }));
      release();
      drafts.clear();
      showSaved(saved.settlement.id, saved.warnings);
    },
    onChange: (draft) => {
      const nameFree = nameFreeDraft(draft);
      if (hasContent(nameFree)) drafts.write(nameFree);
      else drafts.clear();
    },
    onCancel: () => {
      release();
      drafts.clear();
    },
    notice: el(
      'p',
      { class: 'field-hint', 'data-testid': 'draft-notice' },
      'Utkastet tas vare på i denne fanen til du lagrer eller avbryter, uten navn, fødselsdatoer og merknad.',
    ),
  });
  release = guardUnsavedChanges(() => form.isDirty() || restored !== undefined);
  onViewLeave(() => {
    release();
    form.clear();
  });
  target.append(
    intro(),
    restored
      ? el(
          'p',
          { class: 'panel', role: 'status', 'data-testid': 'draft-restored' },
          'Utkastet ditt er hentet fram. Navn, fødselsdatoer og merknad lagres ikke i nettleseren: fyll dem inn på nytt.',
        )
      : '',
    form.element,
  );
};

/** `#/bosettinger/:id/rediger`: change a settlement (reading the registration is audited on the server). */
export const editSettlementView: View = async (target, context) => {
  const { api, user, params } = context;
  const id = params.id ?? '';
  const path = `/api/settlements/${encodeURIComponent(id)}`;
  const detailHref = hrefFor(`/bosettinger/${encodeURIComponent(id)}`);
  const me = await user.me();
  const heading = el('h1', { tabindex: '-1' }, 'Endre bosetting');
  target.append(backLink(detailHref, 'Tilbake til bosettingen'), heading);
  if (!canManageSettlements(me.roles)) {
    target.append(el('p', { class: 'panel' }, 'Bare bosettingskoordinatorer og administratorer kan endre bosettinger.'));
    return;
  }
  const { registration, version } = parseRegistrationResponse(await api.get(`${path}/registration`));
  let release = (): void => {};
  const form = new RegistrationForm({
    draft: draftFromRegistration(registration),
    submitLabel: 'Lagre endringer',
    cancelHref: detailHref,
    today: osloToday(),
    newPersonId: () => crypto.randomUUID(),
    onSubmit: async (changed) => {
      const saved = parseSaveResponse(
        await api.put(path, { registration: changed, expectedVersion: version } satisfies EditSettlementRequest),
      );
      release();
      showSaved(saved.settlement.id, saved.warnings);
    },
    onCancel: () => release(),
    failureExtras: (error) => (error instanceof ApiError && error.status === 409 ? [reloadButton(target, context, heading)] : []),
  });
  // The edit form holds names: it is never kept in the browser, but leaving it asks first.
  release = guardUnsavedChanges(() => form.isDirty());
  onViewLeave(() => {
    release();
    form.clear();
  });
  target.append(
    el('p', { class: 'field-hint' }, 'Endringer kunngjøres til enhetene. Enheter som ikke lenger er berørt, får beskjed om det.'),
    form.element,
  );
};

function intro(): HTMLElement {
  return el(
    'p',
    { class: 'field-hint' },
    'Fyll ut det som er kjent. Etter lagring kunngjøres bosettingen uten navn i kanalene til de berørte enhetene, og rutineflytene starter.',
  );
}

function showSaved(id: string, warnings: readonly string[]): void {
  putFlash(`settlement:${id}`, warnings);
  window.location.hash = hrefFor(`/bosettinger/${encodeURIComponent(id)}`);
}

/** After a 409: draw the edit view again from the current version (what was typed is lost, as the message says). */
function reloadButton(target: HTMLElement, context: ViewContext, heading: HTMLElement): HTMLElement {
  const button = el('fluent-button', { type: 'button', appearance: 'secondary', 'data-testid': 'reload-settlement' }, 'Last inn på nytt');
  button.addEventListener('click', () => {
    button.disabled = true;
    const fresh = el('div', { class: 'view' });
    editSettlementView(fresh, context).then(
      () => {
        target.replaceChildren(...fresh.childNodes);
        target.querySelector<HTMLElement>('h1')?.focus();
      },
      () => {
        button.disabled = false;
        heading.focus();
      },
    );
  });
  return button;
}
