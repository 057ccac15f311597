/**
 * Known needs of one household member, as the coordinator registers them. They are coarse flags
 * on purpose: the settlement document (which every affected unit reads) may carry them, so they
 * say *that* a unit must prepare something, never a diagnosis.
 */
export interface MemberNeeds {
  /** Known health needs that the health service should follow up early (helseoppfølging). */
  readonly healthFollowUp: boolean;
  /** Needs an adapted or accessible home (tilrettelagt bolig), e.g. reduced mobility. */
  readonly adaptedHousing: boolean;
  /** Needs special-needs support in kindergarten, school or training (spesialpedagogisk tilrettelegging). */
  readonly specialSupport: boolean;
  /** Language an interpreter is needed in, e.g. "Arabisk"; absent when none is needed. */
  readonly interpreterLanguage?: string;
}

/** The boolean need flags of {@link MemberNeeds}, in display order. */
export const NEED_FLAGS = ['healthFollowUp', 'adaptedHousing', 'specialSupport'] as const;

/** One of {@link NEED_FLAGS}. */
export type NeedFlag = (typeof NEED_FLAGS)[number];

/** Norwegian display names of the need flags. */
export const NEED_LABELS: Readonly<Record<NeedFlag, string>> = {
  healthFollowUp: 'Behov for helseoppfølging',
  adaptedHousing: 'Behov for tilrettelagt bolig',
  specialSupport: 'Behov for spesialpedagogisk tilrettelegging',
};

/** A member with no known needs. */
export const NO_NEEDS: MemberNeeds = { healthFollowUp: false, adaptedHousing: false, specialSupport: false };
