import type { IsoDate } from '../../kernel/dates/iso-date.js';
import type { AppUser } from '../../kernel/users/app-user.js';
import type { OverviewSection } from '../../../../contract/overview.js';

/**
 * Sections a feature puts on the signed-in person's start page ("Oversikt"). Each provider decides
 * whom it applies to and loads its sections with a bounded number of queries (the page's budget is
 * the sum); the start page shows them by `order`, lowest first.
 */
export interface OverviewSections {
  /** Stable name, for logs and tests. */
  readonly name: string;
  readonly order: number;
  appliesTo(user: AppUser): boolean;
  load(user: AppUser, today: IsoDate): Promise<readonly OverviewSection[]>;
}
