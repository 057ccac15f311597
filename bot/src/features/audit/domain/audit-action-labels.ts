/** Every audited action, in Norwegian as the log shows it (the tab, the CSV and the filter use the same words). */
export const AUDIT_ACTION_LABELS: Readonly<Record<string, string>> = {
  'personal-data.read': 'Åpnet navn i sikker sone',
  'registration.read': 'Åpnet registreringen med navn',
  'settlement.register': 'Registrerte bosetting',
  'settlement.edit': 'Endret bosetting',
  'settlement.cancel': 'Avlyste bosetting',
  'delivery.retry': 'Sendte kortet på nytt til enheten',
  'channel.bind': 'Koblet enhet til kanal',
  'rules.update': 'Endret regler for berørte enheter',
  'routine-template.update': 'Endret rutine',
  'privacy.update': 'Endret personverninnstilling',
  'audit.export': 'Lastet ned revisjonsloggen',
};

/** The Norwegian words for an action; one the log does not know yet is still shown without its code. */
export function auditActionLabel(action: string): string {
  return AUDIT_ACTION_LABELS[action] ?? 'Annen hendelse';
}
