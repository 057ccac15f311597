/** A municipality using Introteam, keyed by its Entra tenant id. */
export interface Tenant {
  readonly tenantId: string;
  /** E.g. "Demo kommune". */
  readonly name: string;
  /** ISO timestamp when the tenant was first set up. */
  readonly createdAt: string;
  /** The admin's privacy settings; absent = the defaults ({@link DEFAULT_TENANT_PRIVACY}). */
  readonly privacy?: TenantPrivacy;
}

/**
 * From which household size need counts are shown as numbers ("Helseoppfølging (1)"); below it a
 * need is shown as "Ja", since a count in a small household can point at one person. `1` shows
 * numbers always, `never` never.
 */
export type MinHouseholdForCounts = 1 | 3 | 5 | 'never';

/** The choices an admin has for {@link MinHouseholdForCounts}, in the order the tab offers them. */
export const MIN_HOUSEHOLD_FOR_COUNTS_CHOICES: readonly MinHouseholdForCounts[] = [1, 3, 5, 'never'];

/** A tenant's privacy settings. */
export interface TenantPrivacy {
  readonly minHouseholdForCounts: MinHouseholdForCounts;
  /** Entra object id of the admin who last changed them. */
  readonly updatedBy?: string;
  /** ISO timestamp of the last change. */
  readonly updatedAt?: string;
}

/** What a tenant that never changed its settings gets: numbers from three persons. */
export const DEFAULT_TENANT_PRIVACY: TenantPrivacy = { minHouseholdForCounts: 3 };

/** The tenant's privacy settings, or the defaults. */
export function tenantPrivacy(tenant: Pick<Tenant, 'privacy'> | undefined): TenantPrivacy {
  return tenant?.privacy ?? DEFAULT_TENANT_PRIVACY;
}
