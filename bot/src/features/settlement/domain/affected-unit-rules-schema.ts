import { z } from 'zod';
import { AGE_BAND_RANGES, AGE_BANDS } from './age-band.js';
import type { AffectedUnitRule } from './affected-unit-rules.js';
import { slugField } from './schema-fields.js';
import { parseInput } from '../../../kernel/validation.js';

/** Most rules one tenant may have. */
export const MAX_RULES = 100;

/** Options of {@link affectedUnitRulesSchema}. */
export interface AffectedUnitRulesSchemaOptions {
  /** The tenant's unit ids; when given, a rule for any other unit is refused. */
  readonly knownUnitIds?: readonly string[];
}

const LOWER_LIMITS = AGE_BANDS.map((band) => AGE_BAND_RANGES[band].min);
const UPPER_LIMITS = AGE_BANDS.flatMap((band) => AGE_BAND_RANGES[band].max ?? []);

const age = z
  .int({ error: 'Alder må være et helt tall' })
  .min(0, { error: 'Alder kan ikke være negativ' })
  .max(120, { error: 'Alder kan være høyst 120' })
  .optional();

const scopeSchema = z.union(
  [
    z.literal('everyone'),
    z
      .object({
        role: z.enum(['adult', 'child'], { error: 'Rolle må være voksen eller barn' }).optional(),
        minAge: age,
        maxAge: age,
      })
      .superRefine(
        (scope, ctx) => {
          if (scope.minAge !== undefined && !LOWER_LIMITS.includes(scope.minAge)) {
            ctx.addIssue({
              code: 'custom',
              path: ['minAge'],
              message: `Fra-alder må være en av ${LOWER_LIMITS.join(', ')} (aldersgruppenes grenser)`,
            });
          }
          if (scope.maxAge !== undefined && !UPPER_LIMITS.includes(scope.maxAge)) {
            ctx.addIssue({
              code: 'custom',
              path: ['maxAge'],
              message: `Til-alder må være en av ${UPPER_LIMITS.join(', ')} (aldersgruppenes grenser)`,
            });
          }
          if ((scope.minAge ?? 0) > (scope.maxAge ?? Infinity)) {
            ctx.addIssue({ code: 'custom', path: ['maxAge'], message: 'Til-alder kan ikke være lavere enn fra-alder' });
          }
          if ((scope.role === 'child' && (scope.minAge ?? 0) >= 18) || (scope.role === 'adult' && (scope.maxAge ?? Infinity) < 18)) {
            ctx.addIssue({
              code: 'custom',
              path: ['role'],
              message: 'Rollen og aldersgrensene utelukker hverandre, så regelen kan aldri slå til',
            });
          }
        },
        { when: (payload) => payload.issues.length === 0 },
      ),
  ],
  {
    // For an object, the union's own message would hide which field is wrong: show the object's.
    error: (issue) => {
      const objectIssues = issue.code === 'invalid_union' ? issue.errors[1] : undefined;
      return typeof issue.input === 'object' && issue.input !== null && objectIssues?.[0] !== undefined
        ? objectIssues[0].message
        : 'Gjelder må være «alle» eller en rolle og/eller aldersgrenser';
    },
  },
);

/** Validates an admin's full list of affected-unit rules, with Norwegian messages. */
export function affectedUnitRulesSchema(options: AffectedUnitRulesSchemaOptions = {}) {
  const rule = z.object(
    {
      unitId: slugField('Enhet').refine((unitId) => options.knownUnitIds === undefined || options.knownUnitIds.includes(unitId), {
        error: 'Enheten finnes ikke',
      }),
      appliesTo: scopeSchema,
      includeGuardians: z.boolean({ error: 'Ta med foresatte må være ja eller nei' }).optional(),
    },
    { error: 'Hver regel må være et objekt' },
  );
  return z.array(rule, { error: 'Reglene må være en liste' }).max(MAX_RULES, { error: `Det kan være høyst ${MAX_RULES} regler` });
}

/** Parses an admin's rules or throws DomainError('invalid-input') with the Norwegian messages. */
export function parseAffectedUnitRules(input: unknown, options: AffectedUnitRulesSchemaOptions = {}): AffectedUnitRule[] {
  return parseInput(affectedUnitRulesSchema(options), input);
}
