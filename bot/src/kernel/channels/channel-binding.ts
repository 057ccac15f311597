/** A Teams channel bound to a unit, so the unit's announcements and flows are posted there. */
export interface ChannelBinding {
  readonly tenantId: string;
  readonly unitId: string;
  /** Teams conversation id of the channel (what proactive posts go to). */
  readonly conversationId: string;
  readonly channelName?: string;
  readonly teamName?: string;
  /** Entra object id of the admin who bound it. */
  readonly boundBy: string;
  /** ISO timestamp. */
  readonly boundAt: string;
}
