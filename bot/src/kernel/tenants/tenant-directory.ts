/** Lists every tenant id that has data, for background jobs that run across tenants (reminders). */
export interface TenantDirectory {
  listTenantIds(): Promise<string[]>;
}
