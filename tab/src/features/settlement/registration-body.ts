import { formatIsoDate, parseDisplayDate } from '../../platform/display-date.js';
import type { MemberDraft, RegistrationDraft } from './registration-draft.js';
import type { Registration, RegistrationMember } from '../../../../contract/registration.js';

/**
 * The request body for a checked draft: trimmed text, ISO dates, empty optional fields left
 * out. A date that does not parse is sent as typed, so the server's message explains it.
 */
export function registrationFromDraft(draft: RegistrationDraft): Registration {
  const area = draft.addressArea.trim();
  const note = draft.note.trim();
  return {
    expectedArrivalDate: parseDisplayDate(draft.arrivalDate) ?? draft.arrivalDate.trim(),
    ...(area ? { addressArea: area } : {}),
    members: draft.members.map(memberFromDraft),
    ...(note ? { note } : {}),
  };
}

function memberFromDraft(member: MemberDraft): RegistrationMember {
  const language = member.interpreterLanguage.trim();
  return {
    personId: member.personId,
    fullName: member.fullName.trim(),
    birthDate: parseDisplayDate(member.birthDate) ?? member.birthDate.trim(),
    role: member.role,
    guardianIds: member.role === 'child' ? [...member.guardianIds] : [],
    needs: {
      healthFollowUp: member.healthFollowUp,
      adaptedHousing: member.adaptedHousing,
      specialSupport: member.specialSupport,
      ...(language ? { interpreterLanguage: language } : {}),
    },
  };
}

/** The form's starting point when editing: dates shown as dd.mm.åååå, absent fields empty. */
export function draftFromRegistration(registration: Registration): RegistrationDraft {
  return {
    arrivalDate: formatIsoDate(registration.expectedArrivalDate),
    addressArea: registration.addressArea ?? '',
    note: registration.note ?? '',
    members: registration.members.map((member) => ({
      personId: member.personId,
      fullName: member.fullName,
      birthDate: formatIsoDate(member.birthDate),
      role: member.role,
      guardianIds: [...(member.guardianIds ?? [])],
      healthFollowUp: member.needs?.healthFollowUp === true,
      adaptedHousing: member.needs?.adaptedHousing === true,
      specialSupport: member.needs?.specialSupport === true,
      interpreterLanguage: member.needs?.interpreterLanguage ?? '',
    })),
  };
}
