import { z } from 'zod';

/** A household member's role: adults are 18 or older at arrival, children younger. */
export const memberRoleSchema = z.enum(['adult', 'child']);

/** A household member's role. */
export type MemberRole = z.infer<typeof memberRoleSchema>;

/** Known needs of a member; `interpreterLanguage` only when an interpreter is needed. */
export const memberNeedsSchema = z.strictObject({
  healthFollowUp: z.boolean(),
  adaptedHousing: z.boolean(),
  specialSupport: z.boolean(),
  interpreterLanguage: z.string().optional(),
});

/** Known needs of a member. */
export type MemberNeeds = z.infer<typeof memberNeedsSchema>;

/** One household member in a registration (personal data: only in the form and the secure zone). */
export const registrationMemberSchema = z.strictObject({
  personId: z.string(),
  fullName: z.string(),
  /** `yyyy-MM-dd`. */
  birthDate: z.string(),
  role: memberRoleSchema,
  /** `personId`s of a child's guardians among the adult members. */
  guardianIds: z.array(z.string()),
  needs: memberNeedsSchema,
});

/** One household member in a registration. */
export type RegistrationMember = z.infer<typeof registrationMemberSchema>;

/**
 * What the coordinator sends for a new or edited settlement, and reads back for the edit form.
 * This is the wire shape; the server's own schema adds the limits and the Norwegian messages.
 */
export const registrationSchema = z.strictObject({
  /** `yyyy-MM-dd`. */
  expectedArrivalDate: z.string(),
  addressArea: z.string().optional(),
  members: z.array(registrationMemberSchema),
  note: z.string().optional(),
});

/** A settlement registration, names included. */
export type Registration = z.infer<typeof registrationSchema>;
