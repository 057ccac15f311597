import type { z } from 'zod';
import { ageInYears } from './age-band.js';
import type { HouseholdMember } from './household-member.js';
import { addYears, type IsoDate } from '../../../kernel/dates/iso-date.js';
import type { SettlementRegistration } from './settlement-registration.js';

/** How far from today an arrival date may lie, and what "today" is. */
export interface RegistrationCheckOptions {
  /** Today in Oslo (`osloToday()`); injected so tests and replays are deterministic. */
  readonly today: IsoDate;
  /** Arrival may be at most this many years back (default 1). */
  readonly maxYearsBack?: number;
  /** Arrival may be at most this many years ahead (default 2). */
  readonly maxYearsAhead?: number;
}

/** Oldest age (at arrival) accepted; older birth dates are taken as typing errors. */
export const MAX_AGE = 120;

type Ctx = z.RefinementCtx;

const issue = (ctx: Ctx, path: (string | number)[], message: string): void => ctx.addIssue({ code: 'custom', path, message });

/** Adds an issue when the arrival date is too far back or ahead of `today`. */
export function checkArrivalDate(arrival: IsoDate, options: RegistrationCheckOptions, ctx: Ctx): void {
  const back = options.maxYearsBack ?? 1;
  const ahead = options.maxYearsAhead ?? 2;
  if (arrival < addYears(options.today, -back)) {
    issue(ctx, ['expectedArrivalDate'], `Ankomstdato kan ikke være mer enn ${back} år tilbake i tid`);
  }
  if (arrival > addYears(options.today, ahead)) {
    issue(ctx, ['expectedArrivalDate'], `Ankomstdato kan ikke være mer enn ${ahead} år frem i tid`);
  }
}

/** Adds issues for a member's birth date and for a role that does not match the age at arrival. */
export function checkMemberAge(member: HouseholdMember, index: number, arrival: IsoDate, today: IsoDate, ctx: Ctx): void {
  const path = ['members', index, 'birthDate'];
  if (member.birthDate > today) {
    return issue(ctx, path, 'Fødselsdato kan ikke være i fremtiden');
  }
  if (member.birthDate > arrival) {
    return issue(ctx, path, 'Fødselsdato kan ikke være etter ankomstdato');
  }
  const age = ageInYears(member.birthDate, arrival);
  if (age > MAX_AGE) {
    return issue(ctx, path, 'Fødselsdato er urimelig langt tilbake i tid');
  }
  if (member.role === 'child' && age >= 18) {
    issue(ctx, ['members', index, 'role'], 'Personer som er 18 år eller eldre ved ankomst, må registreres som voksne');
  }
  if (member.role === 'adult' && age < 18) {
    issue(ctx, ['members', index, 'role'], 'Personer under 18 år ved ankomst må registreres som barn');
  }
}

/** Adds issues for duplicate person ids and for guardian links that do not point at another adult member. */
export function checkHouseholdLinks(members: readonly HouseholdMember[], ctx: Ctx): void {
  const byId = new Map<string, HouseholdMember>();
  members.forEach((member, index) => {
    if (byId.has(member.personId)) {
      issue(ctx, ['members', index, 'personId'], 'Samme person-ID er brukt for flere personer');
    }
    byId.set(member.personId, member);
  });
  members.forEach((member, index) => {
    const path = ['members', index, 'guardianIds'];
    if (member.role === 'adult' && member.guardianIds.length > 0) {
      return issue(ctx, path, 'Bare barn kan ha foresatte');
    }
    if (new Set(member.guardianIds).size !== member.guardianIds.length) {
      issue(ctx, path, 'Samme foresatte er oppgitt flere ganger');
    }
    for (const guardianId of member.guardianIds) {
      const guardian = byId.get(guardianId);
      if (guardian === undefined) {
        issue(ctx, path, 'Foresatte må være en person i husstanden');
      } else if (guardian.role !== 'adult' || guardian.personId === member.personId) {
        issue(ctx, path, 'Foresatte må være en voksen i husstanden');
      }
    }
  });
}

/** Runs every cross-field check of a registration that passed the field schema. */
export function checkRegistration(registration: SettlementRegistration, options: RegistrationCheckOptions, ctx: Ctx): void {
  const arrival = registration.expectedArrivalDate;
  checkArrivalDate(arrival, options, ctx);
  registration.members.forEach((member, index) => checkMemberAge(member, index, arrival, options.today, ctx));
  checkHouseholdLinks(registration.members, ctx);
}
