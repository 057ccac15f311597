import assert from 'node:assert/strict';
import { auditCsv, csvField } from '../../../../../bot/src/features/audit/domain/audit-csv.js';
import type { DescribedAuditEntry } from '../../../../../bot/src/features/audit/domain/describe-audit-entry.js';

const entry: DescribedAuditEntry = {
  id: 'e1',
  at: '2026-03-05T09:00:00.000Z',
  when: '05.03.2026 kl. 10:00',
  who: 'Kari; Koordinator',
  action: 'personal-data.read',
  actionLabel: 'Åpnet navn i sikker sone',
  settlement: { id: 's1', label: 'BOS-2026-014' },
  unit: 'NAV',
  persons: 2,
};

describe('auditCsv', () => {
  it('should start with a byte order mark and Norwegian headers, separate by semicolons and end lines with CRLF', () => {
    const csv = auditCsv([entry]);
    assert.ok(csv.startsWith('\uFEFFTidspunkt;Hvem;Hendelse;Bosetting;Enhet;Personer;Detaljer\r\n'));
    assert.equal(csv.split('\r\n')[1], '05.03.2026 kl. 10:00;"Kari; Koordinator";Åpnet navn i sikker sone;BOS-2026-014;NAV;2;');
    assert.ok(csv.endsWith('\r\n'));
  });

  it('should quote quotes and line breaks and defuse what a spreadsheet would run as a formula', () => {
    assert.equal(csvField('sa "hei"'), '"sa ""hei"""');
    assert.equal(csvField('to\nlinjer'), '"to\nlinjer"');
    assert.equal(csvField('=HYPERLINK("x")'), `"'=HYPERLINK(""x"")"`);
    assert.equal(csvField('+47'), "'+47");
    assert.equal(csvField('@SUM(A1)'), "'@SUM(A1)");
    assert.equal(csvField('vanlig tekst'), 'vanlig tekst');
  });

  it('should add the note as a last line when the selection was cut', () => {
    const lines = auditCsv([entry], 'Utvalget er avgrenset.').split('\r\n');
    assert.equal(lines.at(-2), 'Utvalget er avgrenset.');
  });
});
