import { DateTime } from 'luxon';

/** Formats an ISO timestamp as Norwegian local time in Europe/Oslo, e.g. "24.11.2026 kl. 09:15". */
export function formatOsloTime(iso: string): string {
  const time = DateTime.fromISO(iso, { zone: 'Europe/Oslo' });
  return time.isValid ? time.setLocale('nb').toFormat("dd.MM.yyyy 'kl.' HH:mm") : '';
}
