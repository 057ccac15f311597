import type { AffectedUnitRule } from '../../../../../contract/admin.js';
import type { FieldError } from '../../../platform/field-error.js';

/** The form's choice for "Gjelder": everyone, adults, children, or anyone within an age range. */
export type ScopeChoice = 'everyone' | 'adult' | 'child' | 'any';

/** Norwegian labels of {@link ScopeChoice}, in display order. */
export const SCOPE_CHOICES: readonly { readonly value: ScopeChoice; readonly label: string }[] = [
  { value: 'everyone', label: 'Alle i husstanden' },
  { value: 'adult', label: 'Voksne' },
  { value: 'child', label: 'Barn' },
  { value: 'any', label: 'Alle innenfor aldersgrensene' },
];

/**
 * The age limits the server accepts: the age bands' lower and upper bounds (settlements keep only
 * bands, so a rule cannot split one). Mirrors AGE_BAND_RANGES on the server.
 */
export const MIN_AGE_OPTIONS: readonly number[] = [0, 1, 6, 16, 18];
/** Upper bounds, see {@link MIN_AGE_OPTIONS}. */
export const MAX_AGE_OPTIONS: readonly number[] = [0, 5, 15, 17];

/** One rule as the form holds it; ages as select values ('' = no limit). */
export interface RuleRow {
  readonly unitId: string;
  readonly scope: ScopeChoice;
  readonly minAge: string;
  readonly maxAge: string;
  readonly includeGuardians: boolean;
}

/** The form rows for the stored rules. */
export function rowsFromRules(rules: readonly AffectedUnitRule[]): RuleRow[] {
  return rules.map((rule): RuleRow => {
    const scope = rule.appliesTo;
    if (scope === 'everyone')
      return { unitId: rule.unitId, scope: 'everyone', minAge: '', maxAge: '', includeGuardians: rule.includeGuardians === true };
    return {
      unitId: rule.unitId,
      scope: scope.role ?? 'any',
      minAge: scope.minAge === undefined ? '' : String(scope.minAge),
      maxAge: scope.maxAge === undefined ? '' : String(scope.maxAge),
      includeGuardians: rule.includeGuardians === true,
    };
  });
}

/** A new row: the first unit, children, guardians included (the common case for a new service). */
export function newRuleRow(firstUnitId: string): RuleRow {
  return { unitId: firstUnitId, scope: 'child', minAge: '', maxAge: '', includeGuardians: true };
}

/** The rules to save. "Alle innenfor aldersgrensene" with no limits is the same as everyone. */
export function rulesFromRows(rows: readonly RuleRow[]): AffectedUnitRule[] {
  return rows.map((row): AffectedUnitRule => {
    const guardians = row.includeGuardians ? { includeGuardians: true } : {};
    const minAge = row.minAge === '' ? undefined : Number(row.minAge);
    const maxAge = row.maxAge === '' ? undefined : Number(row.maxAge);
    if (row.scope === 'everyone' || (row.scope === 'any' && minAge === undefined && maxAge === undefined)) {
      return { unitId: row.unitId, appliesTo: 'everyone', ...guardians };
    }
    const appliesTo = {
      ...(row.scope === 'any' ? {} : { role: row.scope }),
      ...(minAge === undefined ? {} : { minAge }),
      ...(maxAge === undefined ? {} : { maxAge }),
    };
    return { unitId: row.unitId, appliesTo, ...guardians };
  });
}

/** Obvious mistakes in the rules, with `rule-<n>-…` field ids (1-based). */
export function checkRuleRows(rows: readonly RuleRow[], unitIds: readonly string[]): FieldError[] {
  const errors: FieldError[] = [];
  rows.forEach((row, index) => {
    const n = index + 1;
    const add = (suffix: string, message: string): void =>
      void errors.push({ field: `rule-${n}-${suffix}`, message: `Regel ${n}: ${message}` });
    if (!unitIds.includes(row.unitId)) add('unit', 'Velg en enhet.');
    if (row.scope === 'everyone') return;
    const min = row.minAge === '' ? 0 : Number(row.minAge);
    const max = row.maxAge === '' ? Infinity : Number(row.maxAge);
    if (row.minAge !== '' && !MIN_AGE_OPTIONS.includes(min)) add('min-age', `Fra-alder må være en av ${MIN_AGE_OPTIONS.join(', ')}.`);
    if (row.maxAge !== '' && !MAX_AGE_OPTIONS.includes(max)) add('max-age', `Til-alder må være en av ${MAX_AGE_OPTIONS.join(', ')}.`);
    if (min > max) add('max-age', 'Til-alder kan ikke være lavere enn fra-alder.');
    if ((row.scope === 'child' && min >= 18) || (row.scope === 'adult' && max < 18)) {
      add('scope', 'Rollen og aldersgrensene utelukker hverandre, så regelen kan aldri slå til.');
    }
  });
  return errors;
}

/** "Barn 1–5 år, med foresatte", for a rule's summary. */
export function describeRule(row: RuleRow): string {
  const who = SCOPE_CHOICES.find((choice) => choice.value === row.scope)?.label ?? row.scope;
  const ages =
    row.scope === 'everyone' || (row.minAge === '' && row.maxAge === '')
      ? ''
      : row.maxAge === ''
        ? ` ${row.minAge} år og eldre`
        : ` ${row.minAge === '' ? '0' : row.minAge}–${row.maxAge} år`;
  return `${who}${ages}${row.includeGuardians ? ', med foresatte' : ''}`;
}
