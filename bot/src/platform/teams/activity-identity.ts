import type { TurnContext } from 'botbuilder';

/** The tenant, user and conversation an activity comes from, as Teams states them. */
export interface ActivityIdentity {
  readonly tenantId: string;
  /** Entra object id of the sender (falls back to the channel account id outside Teams). */
  readonly userId: string;
  readonly conversationId: string;
  readonly conversationType: string;
  /** The Teams channel id when the activity comes from a team channel. */
  readonly channelId?: string;
  readonly channelName?: string;
  readonly teamId?: string;
  readonly teamName?: string;
}

interface TeamsChannelDataShape {
  readonly tenant?: { readonly id?: string };
  readonly team?: { readonly id?: string; readonly name?: string };
  readonly channel?: { readonly id?: string; readonly name?: string };
}

/** Reads who and where an activity comes from; the tenant comes from the conversation or channelData. */
export function activityIdentity(context: TurnContext): ActivityIdentity {
  const activity = context.activity;
  const channelData = (activity.channelData ?? {}) as TeamsChannelDataShape;
  const conversation = activity.conversation ?? { id: '' };
  return {
    tenantId: conversation.tenantId ?? channelData.tenant?.id ?? '',
    userId: activity.from?.aadObjectId ?? activity.from?.id ?? '',
    conversationId: conversation.id ?? '',
    conversationType: conversation.conversationType ?? (channelData.channel ? 'channel' : 'personal'),
    channelId: channelData.channel?.id,
    channelName: channelData.channel?.name,
    teamId: channelData.team?.id,
    teamName: channelData.team?.name,
  };
}
