import type { AppUser } from '../../../kernel/users/app-user.js';
import { osloToday } from '../../../kernel/dates/iso-date.js';
import { parseSettlementRegistration } from '../domain/settlement-registration-schema.js';
import type { Settlement } from '../domain/settlement.js';
import { formatSettlementReference, referenceYearAt } from '../domain/settlement-reference.js';
import { splitRegistration } from '../domain/split-registration.js';
import { currentRules } from './current-rules.js';
import { requireAnyRole } from '../../../kernel/users/require-role.js';
import type { SettlementServices } from '../settlement-services.js';
import { DomainError, isDomainError } from '../../../kernel/domain-error.js';
import type { Versioned } from '../../../kernel/versioned.js';
import { recordIntent, type IntentRecorder } from '../../../kernel/audit/record-intent.js';
import { registrationFingerprint, registrationSettlementId } from './registration-idempotency.js';
import { startUnitWork, type StartUnitWorkDeps } from './start-unit-work.js';

/** The registered settlement and warnings for the coordinator (units without a channel). */
export interface RegisteredSettlement {
  readonly settlement: Settlement;
  readonly warnings: string[];
}

/** What {@link registerSettlement} uses: the settlements, names, rules and audit log, and what starting unit work uses. */
export type RegisterSettlementDeps = Pick<SettlementServices, 'settlements' | 'references' | 'personalData' | 'rules' | 'now' | 'newId'> &
  IntentRecorder &
  StartUnitWorkDeps;

/** Options of {@link registerSettlement}. */
export interface RegisterSettlementOptions {
  /** The client's key for this submission (a UUID kept across its retries); without one every call registers anew. */
  readonly idempotencyKey?: string;
}

/**
 * A coordinator registers a settlement. The audit entry goes first (fail closed: if it cannot be
 * written nothing is stored); then names and birth dates go to the personal-data container, the
 * name-free settlement to the core container, and each affected unit's flow starts and its
 * announcement is queued. Personal data is written before the settlement so a half-done
 * registration never announces a settlement whose persons are missing. With an idempotency key
 * the settlement id comes from the key, so a retry (also after a crash half-way) resumes the
 * first registration instead of making a second; `created` is false for such a retry. The
 * settlement's reference number is taken after that check, so a retry never takes a second one
 * (a crash between taking it and creating the settlement leaves a gap in the year's numbers).
 */
export async function registerSettlement(
  services: RegisterSettlementDeps,
  actor: AppUser,
  input: unknown,
  options: RegisterSettlementOptions = {},
): Promise<RegisteredSettlement & { readonly created: boolean }> {
  requireAnyRole(actor, ['coordinator', 'admin'], 'Bare bosettingskoordinator eller administrator kan registrere en bosetting.');
  const now = services.now();
  const registration = parseSettlementRegistration(input, { today: osloToday(now) });
  const rules = await currentRules(services.rules, actor.tenantId);
  const key = options.idempotencyKey;
  const split = splitRegistration(registration, rules, {
    settlementId: key ? registrationSettlementId(actor.tenantId, key) : services.newId(),
    tenantId: actor.tenantId,
    createdBy: actor.id,
    createdAt: now.toISOString(),
  });
  const fingerprint = key ? registrationFingerprint(key, registration) : undefined;
  const recorded = await recordIntent(services, actor, {
    action: 'settlement.register',
    resource: `settlement:${split.settlement.id}`,
    operation: [],
    details: { units: split.settlement.affectedUnitIds, persons: split.settlement.members.length, ...(fingerprint ? { fingerprint } : {}) },
  });
  if (recorded.actorId !== actor.id) throw keyReused('another user');
  if (recorded.details?.fingerprint !== fingerprint) throw keyReused('other details');
  const existing = await services.settlements.get(actor.tenantId, split.settlement.id);
  if (existing) return resume(services, existing);
  await services.personalData.putRecords(split.personalRecords);
  if (split.note) await services.personalData.putNote(split.note);
  // Numbered only now, past the idempotency check: a retry keeps the stored reference.
  const number = await services.references.next(actor.tenantId, referenceYearAt(now));
  const settlement: Settlement = { ...split.settlement, reference: formatSettlementReference(referenceYearAt(now), number) };
  let created: Versioned<Settlement>;
  try {
    created = await services.settlements.create(settlement);
  } catch (error) {
    // A concurrent retry of the same submission created it first: carry on with that one.
    const first = isDomainError(error, 'conflict') ? await services.settlements.get(actor.tenantId, split.settlement.id) : undefined;
    if (!first) throw error;
    return resume(services, first);
  }
  const warnings = await startUnitWork(services, created.value, created.value.affectedUnitIds);
  return { settlement: created.value, warnings, created: true };
}

/**
 * A retry of a registration that exists: its names were written before it, so only the unit work
 * is completed (idempotent), and only while it is open — a later edit or cancellation stands.
 */
async function resume(services: StartUnitWorkDeps, existing: Versioned<Settlement>) {
  const settlement = existing.value;
  const warnings = settlement.status === 'open' ? await startUnitWork(services, settlement, settlement.affectedUnitIds) : [];
  return { settlement, warnings, created: false };
}

function keyReused(by: 'another user' | 'other details'): DomainError {
  const what = by === 'another user' ? 'av en annen bruker' : 'til en registrering med andre opplysninger';
  return new DomainError('conflict', `The idempotency key was used before (${by}).`, {
    userMessage: `Denne innsendingen (Idempotency-Key) er allerede brukt ${what}. Last inn siden på nytt og send inn skjemaet igjen.`,
  });
}
