import type { DomainErrorCode } from '../../kernel/domain-error.js';

/** HTTP status and the Norwegian message a user sees for each domain error code. */
export const ERROR_CATALOGUE: Readonly<Record<DomainErrorCode, { readonly status: number; readonly message: string }>> = {
  'not-found': { status: 404, message: 'Fant ikke det du ba om. Det kan være slettet, eller du mangler tilgang.' },
  conflict: { status: 409, message: 'Noen andre endret dette samtidig. Last inn på nytt og prøv igjen.' },
  forbidden: { status: 403, message: 'Du har ikke tilgang til dette.' },
  unauthenticated: { status: 401, message: 'Du er ikke logget inn, eller innloggingen er utløpt. Last inn fanen på nytt.' },
  'invalid-input': { status: 400, message: 'Ugyldige data.' },
  'storage-unavailable': { status: 503, message: 'Lagringen svarer ikke akkurat nå. Prøv igjen om litt.' },
  'audit-failed': { status: 503, message: 'Handlingen kunne ikke logges, så ingenting er vist eller endret. Prøv igjen om litt.' },
  'delivery-failed': { status: 502, message: 'Meldingen kunne ikke leveres til Teams. Den prøves igjen automatisk.' },
};
