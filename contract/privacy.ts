import { z } from 'zod';

/** From which household size need counts are numbers (below: "Ja"); `1` always, `never` never. */
export const minHouseholdForCountsSchema = z.union([z.literal(1), z.literal(3), z.literal(5), z.literal('never')]);

/** `GET` and `PUT /api/admin/privacy`: the tenant's privacy settings (the defaults until an admin changes them). */
export const privacySettingsSchema = z.strictObject({
  minHouseholdForCounts: minHouseholdForCountsSchema,
  /** ISO instant of the last change; absent while the defaults apply. */
  updatedAt: z.string().optional(),
});

/** The tenant's privacy settings. */
export type PrivacySettings = z.infer<typeof privacySettingsSchema>;

/** `PUT /api/admin/privacy` body. */
export const privacySettingsRequestSchema = z.strictObject({ minHouseholdForCounts: minHouseholdForCountsSchema });

/** A change of the privacy settings. */
export type PrivacySettingsRequest = z.infer<typeof privacySettingsRequestSchema>;
