/** Where the bot has been installed: enough to post proactively later (a conversation reference). */
export interface StoredConversation {
  readonly tenantId: string;
  /** Teams conversation id; unique per tenant. */
  readonly conversationId: string;
  readonly scope: 'personal' | 'groupChat' | 'channel' | 'team';
  readonly serviceUrl: string;
  /** The Bot Framework conversation reference, stored as JSON without personal data. */
  readonly reference: Readonly<Record<string, unknown>>;
  readonly teamId?: string;
  readonly channelName?: string;
  readonly teamName?: string;
  /** ISO timestamp of the last install or update. */
  readonly updatedAt: string;
}
