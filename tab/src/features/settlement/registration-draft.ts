import { ageInYears, parseDisplayDate } from '../../platform/display-date.js';
import type { MemberRole } from '../../../../contract/registration.js';

/** One household member as the form holds it: text as typed, needs as flat fields. */
export interface MemberDraft {
  /** Random UUID from the form (kept when editing); also the key of the member's fieldset. */
  readonly personId: string;
  readonly fullName: string;
  /** As typed, `dd.mm.åååå` (ISO is accepted too). */
  readonly birthDate: string;
  readonly role: MemberRole;
  readonly guardianIds: readonly string[];
  readonly healthFollowUp: boolean;
  readonly adaptedHousing: boolean;
  readonly specialSupport: boolean;
  readonly interpreterLanguage: string;
}

/** The whole registration form. */
export interface RegistrationDraft {
  /** As typed, `dd.mm.åååå`. */
  readonly arrivalDate: string;
  readonly addressArea: string;
  readonly members: readonly MemberDraft[];
  readonly note: string;
}

/** An adult a child can be linked to as guardian. */
export interface GuardianChoice {
  readonly personId: string;
  /** 1-based position in the member list. */
  readonly position: number;
  /** "Person 1 (Amina)" or "Person 1" while the name is empty. */
  readonly label: string;
}

/** A member with nothing filled in. */
export function emptyMember(personId: string, role: MemberRole = 'adult'): MemberDraft {
  return {
    personId,
    fullName: '',
    birthDate: '',
    role,
    guardianIds: [],
    healthFollowUp: false,
    adaptedHousing: false,
    specialSupport: false,
    interpreterLanguage: '',
  };
}

/** A new registration with one empty member. */
export function emptyDraft(firstPersonId: string): RegistrationDraft {
  return { arrivalDate: '', addressArea: '', members: [emptyMember(firstPersonId)], note: '' };
}

/** Adds an empty member at the end. */
export function addMember(draft: RegistrationDraft, personId: string): RegistrationDraft {
  return { ...draft, members: [...draft.members, emptyMember(personId)] };
}

/** Removes a member, and drops them as guardian from the others. */
export function removeMember(draft: RegistrationDraft, personId: string): RegistrationDraft {
  const members = draft.members.filter((member) => member.personId !== personId).map((member) => withoutGuardian(member, personId));
  return { ...draft, members };
}

/**
 * Changes a member's fields. A member who becomes an adult loses their guardian links; one who
 * becomes a child stops being anyone's guardian (only adults can be guardians).
 */
export function updateMember(draft: RegistrationDraft, personId: string, patch: Partial<Omit<MemberDraft, 'personId'>>): RegistrationDraft {
  const target = draft.members.find((member) => member.personId === personId);
  if (!target) return draft;
  const updated: MemberDraft = { ...target, ...patch };
  const roleChanged = updated.role !== target.role;
  const members = draft.members.map((member) => {
    if (member.personId === personId) return updated.role === 'adult' ? { ...updated, guardianIds: [] } : updated;
    return roleChanged && updated.role === 'child' ? withoutGuardian(member, personId) : member;
  });
  return { ...draft, members };
}

/** Links or unlinks a guardian of a child. */
export function setGuardian(draft: RegistrationDraft, childId: string, guardianId: string, linked: boolean): RegistrationDraft {
  const child = draft.members.find((member) => member.personId === childId);
  if (!child) return draft;
  const others = child.guardianIds.filter((id) => id !== guardianId);
  const guardianIds = linked ? draft.members.map((m) => m.personId).filter((id) => id === guardianId || others.includes(id)) : others;
  return updateMember(draft, childId, { guardianIds });
}

/** The adults (other than the member) that can be chosen as the member's guardians. */
export function guardianChoices(draft: RegistrationDraft, childId: string): GuardianChoice[] {
  return draft.members.flatMap((member, index) =>
    member.role === 'adult' && member.personId !== childId
      ? [{ personId: member.personId, position: index + 1, label: memberLabel(member, index + 1) }]
      : [],
  );
}

/** "Person 2 (Amina)", or "Person 2" while the name is empty. */
export function memberLabel(member: Pick<MemberDraft, 'fullName'>, position: number): string {
  const name = member.fullName.trim();
  return name === '' ? `Person ${position}` : `Person ${position} (${name})`;
}

/** The role the age at arrival implies (18 or older: adult), or undefined while a date is missing or invalid. */
export function impliedRole(birthDateText: string, arrivalDateText: string): MemberRole | undefined {
  const birth = parseDisplayDate(birthDateText);
  const arrival = parseDisplayDate(arrivalDateText);
  if (birth === undefined || arrival === undefined || birth > arrival) return undefined;
  return ageInYears(birth, arrival) >= 18 ? 'adult' : 'child';
}

function withoutGuardian(member: MemberDraft, guardianId: string): MemberDraft {
  return member.guardianIds.includes(guardianId)
    ? { ...member, guardianIds: member.guardianIds.filter((id) => id !== guardianId) }
    : member;
}
