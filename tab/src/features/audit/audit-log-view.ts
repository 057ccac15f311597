import { invalidResponseError } from '../../platform/api-error.js';
import { canReadAudit } from '../../platform/access.js';
import type { AuditEntryView } from '../../../../contract/audit.js';
import { auditRows } from './audit-rows.js';
import { el } from '../../platform/dom.js';
import { hrefFor } from '../../platform/router.js';
import type { View } from '../../platform/view.js';

/** `#/revisjon`: the audit log (admin/coordinator): who opened which personal data, and other audited acts. */
export const auditLogView: View = async (target, { api, user }) => {
  const me = await user.me();
  target.append(el('h1', { tabindex: '-1' }, 'Revisjonslogg'));
  if (!canReadAudit(me.roles)) {
    target.append(el('p', { class: 'panel' }, 'Bare bosettingskoordinatorer og administratorer kan lese revisjonsloggen.'));
    return;
  }
  const rows = auditRows(parseEntries(await api.get('/api/audit')));
  target.append(
    el('p', {}, 'Hver åpning av navn i sikker sone og hver endring av bosettinger loggføres her. Loggen kan ikke endres.'),
    rows.length === 0
      ? el('p', { class: 'panel', 'data-testid': 'audit-table' }, 'Loggen er tom.')
      : el(
          'div',
          { class: 'table-scroll', role: 'region', 'aria-labelledby': 'audit-caption', tabindex: '0' },
          el(
            'table',
            { class: 'data-table', 'data-testid': 'audit-table' },
            el('caption', { id: 'audit-caption' }, `${rows.length === 1 ? '1 hendelse' : `${rows.length} hendelser`}, nyeste først`),
            el('thead', {}, el('tr', {}, ...['Tidspunkt', 'Hvem', 'Hva', 'Gjelder', 'Detaljer'].map((h) => el('th', { scope: 'col' }, h)))),
            el(
              'tbody',
              {},
              ...rows.map((row) =>
                el(
                  'tr',
                  { 'data-testid': `audit-row-${row.id}` },
                  el('td', { class: 'nowrap' }, el('time', { datetime: row.at }, row.when)),
                  el('td', {}, row.who),
                  el('td', {}, row.action),
                  el('td', {}, row.resourcePath ? el('a', { href: hrefFor(row.resourcePath) }, row.resource) : row.resource),
                  el('td', {}, row.details),
                ),
              ),
            ),
          ),
        ),
  );
};

function parseEntries(body: unknown): AuditEntryView[] {
  const entries = (body as { entries?: unknown } | undefined)?.entries;
  if (!Array.isArray(entries)) throw invalidResponseError(200);
  return entries as AuditEntryView[];
}
