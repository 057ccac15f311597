import { z } from 'zod';

/** A unit of the municipality by id and Norwegian name. */
export const unitSummarySchema = z.strictObject({ id: z.string(), name: z.string() });

/** A unit by id and name. */
export type UnitSummary = z.infer<typeof unitSummarySchema>;
