import { invalidResponseError } from '../../platform/api-error.js';
import type { RegistrationResponse, SaveSettlementResponse, SecurePersonsResponse } from '../../../../contract/settlement.js';
import type { SettlementView } from '../../../../contract/settlement-view.js';

/** Checks `{ settlements: [...] }` from `GET /api/settlements`. */
export function parseSettlementList(body: unknown): SettlementView[] {
  const list = field(body, 'settlements');
  if (!Array.isArray(list)) throw invalidResponseError(200);
  return list.map(checkSettlement);
}

/** The token for the next page of `GET /api/settlements`, or undefined on the last page. */
export function nextPageToken(body: unknown): string | undefined {
  const token = field(body, 'continuationToken');
  if (token === undefined) return undefined;
  if (typeof token !== 'string' || token.length === 0) throw invalidResponseError(200);
  return token;
}

/** Checks `{ settlement }` from `GET /api/settlements/:id`, a cancel or a task action. */
export function parseSettlementResponse(body: unknown): SettlementView {
  return checkSettlement(field(body, 'settlement'));
}

/** Checks `{ settlement, warnings }` after a registration was saved; missing warnings mean none. */
export function parseSaveResponse(body: unknown): SaveSettlementResponse {
  const warnings = field(body, 'warnings') ?? [];
  if (!Array.isArray(warnings) || !warnings.every((w) => typeof w === 'string')) throw invalidResponseError(200);
  return { settlement: parseSettlementResponse(body), warnings };
}

/** Checks `{ registration, version }` for the edit form. */
export function parseRegistrationResponse(body: unknown): RegistrationResponse {
  const registration = field(body, 'registration');
  const version = field(body, 'version');
  const members = field(registration, 'members');
  if (typeof version !== 'number' || typeof field(registration, 'expectedArrivalDate') !== 'string' || !Array.isArray(members)) {
    throw invalidResponseError(200);
  }
  return { registration: registration as RegistrationResponse['registration'], version };
}

/** Checks `{ unitId, persons, auditedAt }` from the secure zone. */
export function parsePersonsResponse(body: unknown): SecurePersonsResponse {
  const persons = field(body, 'persons');
  const auditedAt = field(body, 'auditedAt');
  if (!Array.isArray(persons) || typeof auditedAt !== 'string') throw invalidResponseError(200);
  if (!persons.every((p) => typeof field(p, 'personId') === 'string' && typeof field(p, 'fullName') === 'string')) {
    throw invalidResponseError(200);
  }
  return body as SecurePersonsResponse;
}

function checkSettlement(value: unknown): SettlementView {
  const ok =
    typeof field(value, 'id') === 'string' &&
    typeof field(value, 'arrivalDate') === 'string' &&
    typeof field(value, 'version') === 'number' &&
    Array.isArray(field(value, 'units'));
  if (!ok) throw invalidResponseError(200);
  const settlement = value as SettlementView;
  // Older documents may lack the summary lists; the views treat them as empty.
  return {
    ...settlement,
    ageBands: settlement.ageBands ?? [],
    needs: settlement.needs ?? [],
    interpreterLanguages: settlement.interpreterLanguages ?? [],
  };
}

function field(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>)[name] : undefined;
}
