import type { AppUser } from '../../bot/src/kernel/users/app-user.js';
import type { ChannelBindingRepository } from '../../bot/src/kernel/channels/channel-binding-repository.js';
import type { ConversationRepository } from '../../bot/src/kernel/channels/conversation-repository.js';
import type { Unit } from '../../bot/src/kernel/units/unit.js';
import { DEMO_TENANT_NAME } from '../../bot/src/app/demo/demo-tenant.js';
import type { PlaygroundConfigOptions } from '../playground/playground-config.js';

/** The bot as the Playground presents it. */
export const DEMO_BOT = { id: '28:introteam-bot', name: 'Introteam' } as const;

/** Who is signed in to each unit's Playground: a member of that unit (the admin for Bosetting). */
const CURRENT_USER_BY_UNIT: Readonly<Record<string, string>> = {
  bosetting: '00000000-0000-4000-8000-000000000001',
  nav: '00000000-0000-4000-8000-000000000009',
  helsetjeneste: '00000000-0000-4000-8000-000000000008',
  grunnskole: '00000000-0000-4000-8000-000000000007',
  barnehage: '00000000-0000-4000-8000-000000000006',
  voi: '00000000-0000-4000-8000-000000000003',
};

/** One unit's Playground instance: the team "Demo kommune" with General and the unit's channel. */
export interface DemoPlayground {
  readonly unitId: string;
  readonly unitName: string;
  readonly port: number;
  readonly channelId: string;
  readonly serviceUrl: string;
  readonly config: PlaygroundConfigOptions;
}

/** The demo layout: one Playground per unit on consecutive ports (a Playground team has General plus one channel). */
export function demoPlaygrounds(tenantId: string, units: readonly Unit[], users: readonly AppUser[], firstPort: number): DemoPlayground[] {
  const asPlaygroundUser = (user: AppUser) => ({
    id: `29:${user.id}`,
    name: user.displayName,
    aadObjectId: user.id,
    email: `${user.id.slice(-4)}@demo.example`,
  });
  return units.map((unit, index) => {
    const port = firstPort + index;
    const current = users.find((u) => u.id === CURRENT_USER_BY_UNIT[unit.id]) ?? users[0]!;
    const others = users.filter((u) => u.id !== current.id).slice(0, 5);
    const channelId = `19:${unit.id}@thread.tacv2`;
    const config: PlaygroundConfigOptions = {
      tenantId,
      bot: DEMO_BOT,
      currentUser: asPlaygroundUser(current),
      users: others.map(asPlaygroundUser),
      personalChatId: `a:personlig-${unit.id}`,
      groupChat: { id: `19:gruppe-${unit.id}@thread.v2`, name: `${unit.name} – gruppechat` },
      team: {
        id: `19:demo-kommune-${unit.id}@thread.tacv2`,
        name: DEMO_TENANT_NAME,
        aadGroupId: `00000000-0000-4000-9000-${String(index + 1).padStart(12, '0')}`,
        channel: { id: channelId, name: unit.name },
      },
    };
    return { unitId: unit.id, unitName: unit.name, port, channelId, serviceUrl: `http://localhost:${port}/_connector`, config };
  });
}

/**
 * Binds each demo unit to its Playground channel (once) and stores the channel's conversation
 * reference (every start, since ports may change), so announcements reach the channels before
 * anyone has opened them.
 */
export async function seedDemoChannels(
  tenantId: string,
  playgrounds: readonly DemoPlayground[],
  repositories: { readonly bindings: ChannelBindingRepository; readonly conversations: ConversationRepository },
  adminId: string,
  now: Date,
): Promise<void> {
  for (const playground of playgrounds) {
    await repositories.conversations.save({
      tenantId,
      conversationId: playground.channelId,
      scope: 'channel',
      serviceUrl: playground.serviceUrl,
      reference: {
        channelId: 'msteams',
        serviceUrl: playground.serviceUrl,
        bot: DEMO_BOT,
        conversation: { id: playground.channelId, conversationType: 'channel', isGroup: true, tenantId },
      },
      channelName: playground.unitName,
      teamName: DEMO_TENANT_NAME,
      updatedAt: now.toISOString(),
    });
    if (await repositories.bindings.get(tenantId, playground.unitId)) continue;
    await repositories.bindings.put({
      tenantId,
      unitId: playground.unitId,
      conversationId: playground.channelId,
      channelName: playground.unitName,
      teamName: DEMO_TENANT_NAME,
      boundBy: adminId,
      boundAt: now.toISOString(),
    });
  }
}
