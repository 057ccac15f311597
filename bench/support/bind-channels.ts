import type { ChannelBindingRepository } from '../../bot/src/kernel/channels/channel-binding-repository.js';
import type { ConversationRepository } from '../../bot/src/kernel/channels/conversation-repository.js';

/** The Teams channel id the bench uses for a unit. */
export const benchChannelId = (unitId: string): string => `19:bench-${unitId}@thread.tacv2`;

/** The bot as the stand-in channels know it. */
export const BENCH_BOT = { id: '28:introteam-bot', name: 'Introteam' } as const;

/** Binds each unit to its own channel whose conversation reference points at the connector stand-in. */
export async function bindChannels(
  repositories: { readonly bindings: ChannelBindingRepository; readonly conversations: ConversationRepository },
  options: { readonly tenantId: string; readonly unitIds: readonly string[]; readonly serviceUrl: string; readonly boundBy: string },
): Promise<void> {
  const { tenantId, serviceUrl } = options;
  const at = new Date().toISOString();
  for (const unitId of options.unitIds) {
    const conversationId = benchChannelId(unitId);
    await repositories.conversations.save({
      tenantId,
      conversationId,
      scope: 'channel',
      serviceUrl,
      reference: {
        channelId: 'msteams',
        serviceUrl,
        bot: BENCH_BOT,
        conversation: { id: conversationId, conversationType: 'channel', isGroup: true, tenantId },
      },
      channelName: unitId,
      teamName: 'Demo kommune',
      updatedAt: at,
    });
    await repositories.bindings.put({
      tenantId,
      unitId,
      conversationId,
      channelName: unitId,
      teamName: 'Demo kommune',
      boundBy: options.boundBy,
      boundAt: at,
    });
  }
}
