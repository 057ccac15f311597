import { z } from 'zod';
import { adaptiveCardSchema } from './adaptive-card.js';
import { unitSummarySchema } from './unit-summary.js';

/** `GET /api/units`: the municipality's units. */
export const unitsResponseSchema = z.strictObject({ units: z.array(unitSummarySchema) });

/** The municipality's units. */
export type UnitsResponse = z.infer<typeof unitsResponseSchema>;

/** Which Teams channel a unit is bound to; `boundAt` is an ISO instant. */
export const channelBindingViewSchema = z.strictObject({
  unitId: z.string(),
  conversationId: z.string(),
  channelName: z.string().optional(),
  teamName: z.string().optional(),
  boundAt: z.string(),
});

/** A unit's channel binding. */
export type ChannelBindingView = z.infer<typeof channelBindingViewSchema>;

/** `GET /api/channel-bindings`. */
export const channelBindingsResponseSchema = z.strictObject({ bindings: z.array(channelBindingViewSchema) });

/** The units' channel bindings. */
export type ChannelBindingsResponse = z.infer<typeof channelBindingsResponseSchema>;

/** `GET /api/shell-card`, and the reply to a posted card action: a card the server expanded. */
export const cardResponseSchema = z.strictObject({ card: adaptiveCardSchema });

/** A card reply. */
export type CardResponse = z.infer<typeof cardResponseSchema>;
