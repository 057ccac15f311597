import { emptyMember, type MemberDraft, type RegistrationDraft } from './registration-draft.js';

/** What of a half-filled registration may be kept in the browser: no name, birth date or free-text note. */
export interface NameFreeRegistrationDraft {
  readonly arrivalDate: string;
  readonly addressArea: string;
  readonly members: readonly Omit<MemberDraft, 'fullName' | 'birthDate'>[];
}

/** The draft without names, birth dates and the note (which may hold names). */
export function nameFreeDraft(draft: RegistrationDraft): NameFreeRegistrationDraft {
  return {
    arrivalDate: draft.arrivalDate,
    addressArea: draft.addressArea,
    members: draft.members.map(({ personId, role, guardianIds, healthFollowUp, adaptedHousing, specialSupport, interpreterLanguage }) => ({
      personId,
      role,
      guardianIds,
      healthFollowUp,
      adaptedHousing,
      specialSupport,
      interpreterLanguage,
    })),
  };
}

/** A form draft from a kept one: names, birth dates and the note empty, to be typed again. */
export function restoredDraft(kept: NameFreeRegistrationDraft): RegistrationDraft {
  return {
    arrivalDate: kept.arrivalDate,
    addressArea: kept.addressArea,
    note: '',
    members: kept.members.map((member) => ({ ...emptyMember(member.personId, member.role), ...member })),
  };
}

/** Whether a kept draft has anything worth offering (more than an empty form). */
export function hasContent(kept: NameFreeRegistrationDraft): boolean {
  return (
    kept.arrivalDate !== '' ||
    kept.addressArea !== '' ||
    kept.members.length > 1 ||
    kept.members.some((m) => m.healthFollowUp || m.adaptedHousing || m.specialSupport || m.interpreterLanguage !== '' || m.role !== 'adult')
  );
}

const ROLES: readonly string[] = ['adult', 'child'];

/** Checks a value read back from storage (it may be stale or tampered with). */
export function isNameFreeRegistrationDraft(value: unknown): value is NameFreeRegistrationDraft {
  const v = value as Partial<NameFreeRegistrationDraft> | null;
  const text = (x: unknown, max: number): boolean => typeof x === 'string' && x.length <= max;
  return (
    typeof v === 'object' &&
    v !== null &&
    text(v.arrivalDate, 20) &&
    text(v.addressArea, 200) &&
    Array.isArray(v.members) &&
    v.members.length >= 1 &&
    v.members.length <= 30 &&
    v.members.every(
      (m) =>
        typeof m === 'object' &&
        m !== null &&
        text(m.personId, 64) &&
        ROLES.includes(m.role) &&
        Array.isArray(m.guardianIds) &&
        m.guardianIds.every((g: unknown) => text(g, 64)) &&
        typeof m.healthFollowUp === 'boolean' &&
        typeof m.adaptedHousing === 'boolean' &&
        typeof m.specialSupport === 'boolean' &&
        text(m.interpreterLanguage, 100),
    )
  );
}
