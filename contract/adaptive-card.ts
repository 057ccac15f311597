import { z } from 'zod';

/**
 * An expanded Adaptive Card. Cards are open-ended JSON (dozens of element and action types,
 * host-specific extensions), so only the envelope is described and everything else passes
 * through; `x-open-ended` marks the one place in the API where the OpenAPI document allows
 * properties it does not name.
 */
export const adaptiveCardSchema = z
  .looseObject({
    type: z.literal('AdaptiveCard'),
    version: z.string(),
    body: z.array(z.looseObject({ type: z.string() })),
  })
  .meta({ title: 'AdaptiveCard', description: 'Et Adaptive Card (åpen JSON utover type, version og body)', 'x-open-ended': true });

/** An expanded Adaptive Card as JSON. */
export type AdaptiveCard = z.infer<typeof adaptiveCardSchema>;
