import { ageInYears, parseDisplayDate, type IsoDate } from '../../platform/display-date.js';
import type { FieldError } from '../../platform/field-error.js';
import { textProblem } from '../../platform/text-rules.js';
import type { MemberDraft, RegistrationDraft } from './registration-draft.js';

/** Limits the form checks before sending (the server checks the same and more). */
export const REGISTRATION_LIMITS = {
  maxMembers: 30,
  maxNameLength: 200,
  maxAreaLength: 100,
  maxNoteLength: 2000,
  maxLanguageLength: 60,
  maxGuardians: 4,
  maxAge: 120,
  arrivalYearsBack: 1,
  arrivalYearsAhead: 2,
} as const;

const LANGUAGE = /^[\p{L}][\p{L} ()-]*$/u;

/** The obvious gaps in a registration, in form order, with Norwegian messages. */
export function checkRegistrationDraft(draft: RegistrationDraft, today: IsoDate): FieldError[] {
  const errors: FieldError[] = [];
  const arrival = checkArrival(draft.arrivalDate, today, errors);
  const area = draft.addressArea.trim();
  const areaProblem = textProblem(area, { label: 'Boområde', max: REGISTRATION_LIMITS.maxAreaLength });
  if (areaProblem) {
    errors.push({ field: 'address-area', message: areaProblem });
  } else if (/\d/.test(area)) {
    errors.push({ field: 'address-area', message: 'Oppgi bare område eller bydel, ikke gateadresse.' });
  }
  if (draft.members.length === 0) errors.push({ field: 'add-member', message: 'Husstanden må ha minst én person.' });
  if (draft.members.length > REGISTRATION_LIMITS.maxMembers) {
    errors.push({ field: 'add-member', message: `Husstanden kan ha høyst ${REGISTRATION_LIMITS.maxMembers} personer.` });
  }
  draft.members.forEach((member, index) => errors.push(...checkMember(member, index + 1, draft, arrival, today)));
  const noteProblem = textProblem(draft.note, { label: 'Merknaden', max: REGISTRATION_LIMITS.maxNoteLength, multiLine: true });
  if (noteProblem) errors.push({ field: 'note', message: noteProblem });
  return errors;
}

function checkArrival(text: string, today: IsoDate, errors: FieldError[]): IsoDate | undefined {
  const field = 'arrival-date';
  if (text.trim() === '') {
    errors.push({ field, message: 'Ankomstdato må fylles ut.' });
    return undefined;
  }
  const arrival = parseDisplayDate(text);
  if (arrival === undefined) {
    errors.push({ field, message: 'Ankomstdato må være en gyldig dato (dd.mm.åååå).' });
  } else if (arrival < addYears(today, -REGISTRATION_LIMITS.arrivalYearsBack)) {
    errors.push({ field, message: `Ankomstdato kan ikke være mer enn ${REGISTRATION_LIMITS.arrivalYearsBack} år tilbake i tid.` });
  } else if (arrival > addYears(today, REGISTRATION_LIMITS.arrivalYearsAhead)) {
    errors.push({ field, message: `Ankomstdato kan ikke være mer enn ${REGISTRATION_LIMITS.arrivalYearsAhead} år frem i tid.` });
  }
  return arrival;
}

function checkMember(member: MemberDraft, n: number, draft: RegistrationDraft, arrival: IsoDate | undefined, today: IsoDate): FieldError[] {
  const errors: FieldError[] = [];
  const add = (suffix: string, message: string): void =>
    void errors.push({ field: `member-${n}-${suffix}`, message: `Person ${n}: ${message}` });
  const nameProblem = textProblem(member.fullName, { label: 'Navnet', max: REGISTRATION_LIMITS.maxNameLength });
  if (member.fullName.trim() === '') add('name', 'Navnet må fylles ut.');
  else if (nameProblem) add('name', nameProblem);
  const birth = parseDisplayDate(member.birthDate);
  if (member.birthDate.trim() === '') add('birth-date', 'Fødselsdato må fylles ut.');
  else if (birth === undefined) add('birth-date', 'Fødselsdato må være en gyldig dato (dd.mm.åååå).');
  else if (birth > today) add('birth-date', 'Fødselsdato kan ikke være i fremtiden.');
  else if (arrival !== undefined && birth > arrival) add('birth-date', 'Fødselsdato kan ikke være etter ankomstdato.');
  else if (arrival !== undefined) {
    const age = ageInYears(birth, arrival);
    if (age > REGISTRATION_LIMITS.maxAge) add('birth-date', 'Fødselsdato er urimelig langt tilbake i tid.');
    else if (member.role === 'child' && age >= 18) add('role', 'Personer som er 18 år eller eldre ved ankomst, må registreres som voksne.');
    else if (member.role === 'adult' && age < 18) add('role', 'Personer under 18 år ved ankomst må registreres som barn.');
  }
  errors.push(...checkGuardians(member, n, draft));
  const language = member.interpreterLanguage.trim();
  const languageProblem = textProblem(language, { label: 'Tolkespråk', max: REGISTRATION_LIMITS.maxLanguageLength });
  if (languageProblem) {
    add('interpreter', languageProblem);
  } else if (language !== '' && !LANGUAGE.test(language)) {
    add('interpreter', 'Tolkespråk kan bare inneholde bokstaver, mellomrom, bindestrek og parentes.');
  }
  return errors;
}

function checkGuardians(member: MemberDraft, n: number, draft: RegistrationDraft): FieldError[] {
  const field = `member-${n}-guardians`;
  if (member.guardianIds.length === 0) return [];
  if (member.role === 'adult') return [{ field, message: `Person ${n}: Bare barn kan ha foresatte.` }];
  if (member.guardianIds.length > REGISTRATION_LIMITS.maxGuardians) {
    return [{ field, message: `Person ${n}: Et barn kan ha høyst ${REGISTRATION_LIMITS.maxGuardians} foresatte.` }];
  }
  const adults = new Set(draft.members.filter((m) => m.role === 'adult' && m.personId !== member.personId).map((m) => m.personId));
  return member.guardianIds.every((id) => adults.has(id))
    ? []
    : [{ field, message: `Person ${n}: Foresatte må være en voksen i husstanden.` }];
}

/** Adds whole years to an ISO date; 29 February becomes 28 February in other years. */
export function addYears(date: IsoDate, years: number): IsoDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const year = y + years;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const day = m === 2 && d === 29 && !leap ? 28 : d;
  return `${String(year).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
