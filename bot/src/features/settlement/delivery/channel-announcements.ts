/** What a channel message for a unit is about; the outbox renders its content when it is sent. */
export type AnnouncementKind =
  /** The settlement card for the unit: facts, the unit's tasks, the secure-zone button. */
  | { readonly kind: 'announcement' }
  /** Replace the posted settlement card with the current state. */
  | { readonly kind: 'card-update'; readonly revision: string }
  /** A short name-free notice that the settlement was edited (version). */
  | { readonly kind: 'edited'; readonly version: number }
  | { readonly kind: 'cancelled' }
  /** The settlement no longer affects the unit (version). */
  | { readonly kind: 'removed'; readonly version: number }
  /** Overdue tasks, at most once a day (Oslo date). */
  | { readonly kind: 'reminder'; readonly date: string };

/** Queues channel messages for a unit; enqueuing the same (settlement, unit, kind) twice sends once. */
export interface ChannelAnnouncements {
  /** Returns `no-channel` when the unit is bound to no channel (nothing is queued). */
  enqueue(tenantId: string, settlementId: string, unitId: string, what: AnnouncementKind): Promise<'queued' | 'no-channel'>;
}

/** The stable outbox kind string of an announcement, e.g. `edited:v2`. */
export function announcementKindKey(what: AnnouncementKind): string {
  switch (what.kind) {
    case 'announcement':
    case 'cancelled':
      return what.kind;
    case 'card-update':
      return `card-update:${what.revision}`;
    case 'edited':
    case 'removed':
      return `${what.kind}:v${what.version}`;
    case 'reminder':
      return `reminder:${what.date}`;
  }
}
