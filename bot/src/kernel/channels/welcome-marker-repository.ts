/**
 * Which conversations the bot has welcomed. Teams (and the Agents Playground) send both
 * `installationUpdate add` and `membersAdded` for one install; the marker makes it one welcome card.
 */
export interface WelcomeMarkerRepository {
  /** Records the welcome (create-if-absent); false when the conversation was already welcomed. */
  markWelcomed(tenantId: string, conversationId: string, at: Date): Promise<boolean>;
}
