import type { IsoDate } from '../../platform/display-date.js';

/** A task's status in a unit's flow. */
export type TaskStatus = 'open' | 'taken' | 'done';

/** A comment on a task; `at` is an ISO instant. */
export interface TaskComment {
  readonly id: string;
  readonly authorName: string;
  readonly at: string;
  readonly text: string;
}

/** One task of a unit's routine flow, as `GET /api/settlements/:id` shows it. */
export interface Task {
  readonly taskId: string;
  readonly title: string;
  readonly description: string;
  readonly ownerRoleLabel: string;
  readonly dueDate: IsoDate;
  readonly status: TaskStatus;
  readonly statusLabel: string;
  readonly overdue: boolean;
  readonly takenByName?: string;
  /** True when the signed-in user took the task (server-computed). */
  readonly takenByMe?: boolean;
  readonly completedByName?: string;
  readonly completedAt?: string;
  readonly comments: readonly TaskComment[];
  /** The buttons to offer, decided on the server by the rule the card and the domain share. */
  readonly actions: OfferedTaskActions;
}

/** Which actions the signed-in user is offered on a task. */
export interface OfferedTaskActions {
  readonly take: boolean;
  readonly complete: boolean;
  readonly reopen: boolean;
  readonly release: boolean;
  readonly comment: boolean;
}

/** Task counts of a flow. */
export interface ChecklistProgress {
  readonly total: number;
  readonly open: number;
  readonly taken: number;
  readonly done: number;
  readonly overdue: number;
}

/** A unit's routine flow; `tasks` only in the single-settlement response. */
export interface UnitFlowView {
  readonly status: 'active' | 'closed';
  readonly progress: ChecklistProgress;
  readonly tasks?: readonly Task[];
}

/** How the announcement to a unit's channel went. */
export type DeliveryStatus = 'pending' | 'sent' | 'failed' | 'no-channel' | 'superseded';

/** One affected unit of a settlement. */
export interface SettlementUnitView {
  readonly unitId: string;
  readonly unitName: string;
  readonly channelBound: boolean;
  readonly delivery: DeliveryStatus;
  readonly flow?: UnitFlowView;
}

/** A settlement's name-free facts, as every affected unit may see them. */
export interface SettlementView {
  readonly id: string;
  readonly status: 'open' | 'cancelled';
  readonly version: number;
  readonly arrivalDate: IsoDate;
  readonly addressArea?: string;
  readonly adultCount: number;
  readonly childCount: number;
  readonly ageBands: readonly { readonly band: string; readonly label: string; readonly count: number }[];
  readonly needs: readonly { readonly flag: string; readonly label: string; readonly count: number }[];
  readonly interpreterLanguages: readonly string[];
  readonly units: readonly SettlementUnitView[];
  readonly createdAt: string;
  readonly updatedAt?: string;
}

/** A household member's role. */
export type MemberRole = 'adult' | 'child';

/** Known needs of a member. */
export interface MemberNeeds {
  readonly healthFollowUp: boolean;
  readonly adaptedHousing: boolean;
  readonly specialSupport: boolean;
  readonly interpreterLanguage?: string;
}

/** One household member in a registration (personal data: only in the form and the secure zone). */
export interface RegistrationMember {
  readonly personId: string;
  readonly fullName: string;
  readonly birthDate: IsoDate;
  readonly role: MemberRole;
  readonly guardianIds: readonly string[];
  readonly needs: MemberNeeds;
}

/** The body the coordinator sends for a new or edited settlement. */
export interface Registration {
  readonly expectedArrivalDate: IsoDate;
  readonly addressArea?: string;
  readonly members: readonly RegistrationMember[];
  readonly note?: string;
}

/** `POST /api/settlements` and `PUT /api/settlements/:id`. */
export interface SaveSettlementResponse {
  readonly settlement: SettlementView;
  readonly warnings: readonly string[];
}

/** `GET /api/settlements/:id/registration`. */
export interface RegistrationResponse {
  readonly registration: Registration;
  readonly version: number;
}

/** One person in the secure zone. */
export interface SecurePerson {
  readonly personId: string;
  readonly fullName: string;
  readonly birthDate: IsoDate;
  readonly roleLabel: string;
  readonly ageBandLabel: string;
  readonly guardianNames: readonly string[];
  readonly needs: Partial<MemberNeeds>;
}

/** `GET /api/settlements/:id/persons?unitId=`. */
export interface SecurePersonsResponse {
  readonly unitId: string;
  readonly persons: readonly SecurePerson[];
  /** ISO instant of the audit entry written for this opening. */
  readonly auditedAt: string;
}

/** The task actions the API accepts. */
export type TaskAction = 'take' | 'complete' | 'reopen' | 'comment';
