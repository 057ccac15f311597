import type { AdaptiveCardInvokeResponse } from 'botbuilder';
import { z } from 'zod';
import { renderBindChannelCard } from '../cards/render-bind-channel-card.js';
import { hasRole } from '../../../kernel/users/role.js';
import { isDomainError } from '../../../kernel/domain-error.js';
import type { ChannelDependencies } from '../channel-dependencies.js';
import { BOT_MESSAGES } from '../../../platform/teams/bot-messages.js';
import type { CardActionContext } from '../../../platform/teams/card-action-context.js';
import { cardResponse, errorResponse } from '../../../platform/teams/card-action-response.js';
import { recordIntent, type IntentRecorder } from '../../../kernel/audit/record-intent.js';

const bindChannelData = z.object({ unitId: z.string().regex(/^[a-z0-9-]{1,40}$/) });

/** What {@link bindChannelAction} uses: the units, their bindings, the audit log and the listeners told of a new binding. */
export type BindChannelActionDeps = Pick<ChannelDependencies, 'units' | 'bindings' | 'onChannelBound'> & IntentRecorder;

/** `bindChannel`: an admin binds the current channel to a unit; the card updates in place to show it. */
export async function bindChannelAction(deps: BindChannelActionDeps, action: CardActionContext): Promise<AdaptiveCardInvokeResponse> {
  const { identity, tenant, user } = action;
  if (identity.conversationType !== 'channel' || !identity.channelId) return errorResponse(400, BOT_MESSAGES.bindOnlyInChannel);
  if (!user || !hasRole(user.roles, 'admin')) return errorResponse(403, BOT_MESSAGES.onlyAdminMayBind);
  const parsed = bindChannelData.safeParse(action.data);
  if (!parsed.success) return errorResponse(400, BOT_MESSAGES.invalidCardData);
  const units = await deps.units.list(tenant.tenantId);
  const unit = units.find((u) => u.id === parsed.data.unitId);
  if (!unit) return errorResponse(400, BOT_MESSAGES.unknownUnit);

  const now = deps.now();
  const current = await deps.bindings.get(tenant.tenantId, unit.id);
  try {
    // Audited first (fail closed): if the entry cannot be written the binding stays as it was.
    await recordIntent(deps, user, {
      action: 'channel.bind',
      resource: `unit:${unit.id}`,
      operation: [user.id, identity.channelId, current?.etag ?? 'unbound'],
      details: { conversationId: identity.channelId },
    });
    const saved = await deps.bindings.put(
      {
        tenantId: tenant.tenantId,
        unitId: unit.id,
        conversationId: identity.channelId,
        channelName: identity.channelName,
        teamName: identity.teamName,
        boundBy: user.id,
        boundAt: now.toISOString(),
      },
      current?.etag,
    );
    // Open settlements that already affect the unit are announced in the newly bound channel.
    for (const listener of deps.onChannelBound) await listener(tenant.tenantId, unit.id);
    return cardResponse(renderBindChannelCard({ units, binding: saved.value, canBind: true }));
  } catch (error) {
    if (isDomainError(error, 'audit-failed')) return errorResponse(503, BOT_MESSAGES.auditFailed);
    if (!isDomainError(error, 'conflict')) throw error;
    const fresh = await deps.bindings.get(tenant.tenantId, unit.id);
    return cardResponse(renderBindChannelCard({ units, binding: fresh?.value, canBind: true, message: BOT_MESSAGES.bindingChanged }));
  }
}
