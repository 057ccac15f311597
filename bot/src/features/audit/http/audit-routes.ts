import type { AuditEntry } from '../../../kernel/audit/audit-entry.js';
import type { AuditFilter } from '../../../kernel/audit/audit-query.js';
import { recordAudit } from '../../../kernel/audit/record-audit.js';
import type { AppUser } from '../../../kernel/users/app-user.js';
import { userError } from '../../../kernel/domain-error.js';
import { defineRoute, type ApiRoute } from '../../../platform/http/api-route.js';
import { signedIn } from '../../../platform/http/signed-in.js';
import { auditCsvSchema, auditResponseSchema } from '../../../../../contract/audit.js';
import { AUDIT_ACTION_LABELS } from '../domain/audit-action-labels.js';
import { auditCsv } from '../domain/audit-csv.js';
import { describeAuditEntry, type AuditLookups, type DescribedAuditEntry } from '../domain/describe-audit-entry.js';
import type { AuditDependencies } from '../audit-dependencies.js';
import { encodeAuditListToken, parseAuditListParams } from './audit-list-params.js';

const DEFAULT_PAGE_SIZE = 50;
const EXPORT_PAGE_SIZE = 200;
/** Most entries one export holds (50 pages); a larger selection is cut with a note saying so. */
export const MAX_EXPORT_ENTRIES = 10_000;

const FILTER_QUERY = 'Filtre: settlementId, actorId, action, minPersons (minst så mange personer), from/to (datoer, begge med)';

/** `GET /api/audit` (a page in words) and `GET /api/audit/export` (the selection as CSV), for admins and coordinators. */
export function auditRoutes(deps: AuditDependencies): ApiRoute[] {
  return [
    defineRoute({
      method: 'get',
      path: '/api/audit',
      summary: `Revisjonsloggen, nyeste først, én side om gangen (continuationToken). ${FILTER_QUERY}.`,
      auth: 'user',
      roles: ['admin', 'coordinator'],
      response: auditResponseSchema,
      handle: async ({ user, query }) => {
        const tenantId = signedIn(user).tenantId;
        const params = parseAuditListParams(query);
        const filter = await withReference(deps, tenantId, params.filter, params.reference);
        const [page, users] = await Promise.all([
          deps.audit.listPage(tenantId, { filter, limit: params.limit ?? DEFAULT_PAGE_SIZE, ...(params.after ? { after: params.after } : {}) }),
          deps.users.list(tenantId),
        ]);
        const entries = await describeEntries(deps, tenantId, page.entries, users);
        return {
          body: {
            entries,
            ...(page.next ? { continuationToken: encodeAuditListToken(page.next, params.filter, params.reference) } : {}),
            filters: {
              users: users.map((u) => ({ value: u.id, label: u.displayName })).sort((a, b) => a.label.localeCompare(b.label, 'nb')),
              actions: Object.entries(AUDIT_ACTION_LABELS).map(([value, label]) => ({ value, label })),
            },
          },
        };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/audit/export',
      summary: `Revisjonsloggen som CSV (UTF-8, semikolon) for personvernombudet; selve nedlastingen loggføres først. ${FILTER_QUERY}.`,
      auth: 'user',
      roles: ['admin', 'coordinator'],
      response: auditCsvSchema,
      produces: { contentType: 'text/csv; charset=utf-8', fileName: () => `revisjonslogg-${new Date().toISOString().slice(0, 10)}.csv` },
      handle: async ({ user, query }) => {
        const actor = signedIn(user);
        const { continuationToken: _ignored, limit: _alsoIgnored, ...filterQuery } = query;
        const params = parseAuditListParams(filterQuery);
        const filter = await withReference(deps, actor.tenantId, params.filter, params.reference);
        // Reading the whole log is itself audited, before anything is read (fail closed).
        await recordAudit(deps, actor, 'audit.export', 'audit', filterDetails(filter));
        const { entries, truncated } = await exportEntries(deps, actor, filter);
        const note = truncated
          ? `Utvalget har flere enn ${MAX_EXPORT_ENTRIES.toLocaleString('nb-NO')} hendelser; bare de nyeste er med. Avgrens med datoer for å få resten.`
          : undefined;
        return { body: auditCsv(entries, note) };
      },
    }),
  ];
}

async function exportEntries(
  deps: AuditDependencies,
  actor: AppUser,
  filter: AuditFilter,
): Promise<{ entries: DescribedAuditEntry[]; truncated: boolean }> {
  const users = await deps.users.list(actor.tenantId);
  const described: DescribedAuditEntry[] = [];
  let after;
  for (;;) {
    const page = await deps.audit.listPage(actor.tenantId, { filter, limit: EXPORT_PAGE_SIZE, ...(after ? { after } : {}) });
    described.push(...(await describeEntries(deps, actor.tenantId, page.entries, users)));
    if (!page.next) return { entries: described, truncated: false };
    if (described.length >= MAX_EXPORT_ENTRIES) return { entries: described.slice(0, MAX_EXPORT_ENTRIES), truncated: true };
    after = page.next;
  }
}

/** Names the entries' users, units and settlements: the units from the cache, the settlements in one query. */
async function describeEntries(
  deps: AuditDependencies,
  tenantId: string,
  entries: readonly AuditEntry[],
  users: readonly { readonly id: string; readonly displayName: string }[],
): Promise<DescribedAuditEntry[]> {
  if (entries.length === 0) return [];
  const settlementIds = [...new Set(entries.flatMap((e) => (e.resource.startsWith('settlement:') ? [e.resource.slice(11)] : [])))];
  const [units, settlements] = await Promise.all([deps.units.list(tenantId), deps.settlements.listByIds(tenantId, settlementIds)]);
  const userNames = new Map(users.map((u) => [u.id, u.displayName]));
  const unitNames = new Map(units.map((u) => [u.id, u.name]));
  const byId = new Map(settlements.map((s) => [s.id, s]));
  const lookups: AuditLookups = {
    userName: (id) => userNames.get(id),
    unitName: (id) => unitNames.get(id),
    settlement: (id) => byId.get(id),
  };
  return entries.map((entry) => describeAuditEntry(entry, lookups));
}

/** A typed reference becomes the settlement's id; one no settlement has matches nothing. */
async function withReference(deps: AuditDependencies, tenantId: string, filter: AuditFilter, reference: string | undefined): Promise<AuditFilter> {
  if (reference === undefined) return filter;
  const settlementId = await deps.settlementIdForReference(tenantId, reference);
  if (settlementId === 'invalid') throw userError('invalid-input', 'Søk etter en referanse, for eksempel BOS-2026-014 eller 2026-14.');
  if (filter.settlementId !== undefined && filter.settlementId !== settlementId) return { ...filter, settlementId: NO_SETTLEMENT };
  return { ...filter, settlementId: settlementId ?? NO_SETTLEMENT };
}

/** An id no settlement has: a reference that names none gives an empty log, not the whole log. */
const NO_SETTLEMENT = 'ingen';

function filterDetails(filter: AuditFilter): Record<string, string | number> {
  return Object.fromEntries(Object.entries(filter).filter(([, value]) => value !== undefined)) as Record<string, string | number>;
}
