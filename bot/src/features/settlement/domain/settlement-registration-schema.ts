import { z } from 'zod';
import { householdMemberSchema } from './household-member-schema.js';
import { isoDateField } from './schema-fields.js';
import type { SettlementRegistration } from './settlement-registration.js';
import { checkRegistration, type RegistrationCheckOptions } from './settlement-registration-checks.js';
import { parseInput } from '../../../kernel/validation.js';
import { multiLineText, optionalText, singleLineText } from '../../../kernel/text-field.js';

/** Longest free-text note accepted. */
export const MAX_NOTE_LENGTH = 2000;

/** Largest household one registration may hold. */
export const MAX_MEMBERS = 30;

/** Options of {@link settlementRegistrationSchema}: today's date and the allowed arrival window. */
export type RegistrationSchemaOptions = RegistrationCheckOptions;

/**
 * The fields of a registration, each with its limits and Norwegian messages, without the checks
 * across fields that need today's date: what a route can check before the use case runs.
 */
export const settlementRegistrationFieldsSchema = z.object(
  {
    expectedArrivalDate: isoDateField('Ankomstdato må være en gyldig dato (ÅÅÅÅ-MM-DD)'),
    addressArea: optionalText(singleLineText({ label: 'Boområde', max: 100 })).refine((value) => value === undefined || !/\d/.test(value), {
      error: 'Oppgi bare område eller bydel, ikke gateadresse',
    }),
    members: z
      .array(householdMemberSchema, { error: 'Husstanden må være en liste over personer' })
      .min(1, { error: 'Husstanden må ha minst én person' })
      .max(MAX_MEMBERS, { error: `Husstanden kan ha høyst ${MAX_MEMBERS} personer` }),
    note: optionalText(multiLineText({ label: 'Merknaden', max: MAX_NOTE_LENGTH })),
  },
  { error: 'Registreringen må være et objekt' },
);

/** Validates a coordinator's registration (new or edited settlement) with Norwegian messages. */
export function settlementRegistrationSchema(options: RegistrationSchemaOptions) {
  return (
    settlementRegistrationFieldsSchema
      // Cross-field checks need well-formed fields (real dates, an array of members), so they wait for them.
      .superRefine((registration, ctx) => checkRegistration(registration, options, ctx), { when: (payload) => payload.issues.length === 0 })
  );
}

/** Parses a registration or throws DomainError('invalid-input') with the Norwegian messages. */
export function parseSettlementRegistration(input: unknown, options: RegistrationSchemaOptions): SettlementRegistration {
  return parseInput(settlementRegistrationSchema(options), input);
}
