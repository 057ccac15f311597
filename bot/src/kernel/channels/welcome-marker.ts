/** That the bot posted its welcome card in a conversation (one per conversation, never personal data). */
export interface WelcomeMarker {
  readonly tenantId: string;
  /** Teams conversation id (a channel's id, not a thread's). */
  readonly conversationId: string;
  /** ISO timestamp of the welcome. */
  readonly welcomedAt: string;
}
