import { osloToday } from '../../../kernel/dates/iso-date.js';
import { defineRoute, type ApiRoute } from '../../../platform/http/api-route.js';
import { signedIn } from '../../../platform/http/signed-in.js';
import type { OverviewSections } from '../../../platform/overview/overview-sections.js';
import { overviewResponseSchema } from '../../../../../contract/overview.js';

/** `GET /api/overview`: every section that applies to the caller, loaded in parallel, in order. */
export function overviewRoutes(providers: readonly OverviewSections[], now: () => Date): ApiRoute[] {
  const ordered = [...providers].sort((a, b) => a.order - b.order);
  return [
    defineRoute({
      method: 'get',
      path: '/api/overview',
      summary: 'Startsiden («Oversikt»): den innloggedes arbeid, i seksjoner fra hver evne',
      auth: 'user',
      response: overviewResponseSchema,
      handle: async ({ user }) => {
        const me = signedIn(user);
        const today = osloToday(now());
        const loaded = await Promise.all(ordered.filter((p) => p.appliesTo(me)).map((p) => p.load(me, today)));
        return { body: { sections: loaded.flat() } };
      },
    }),
  ];
}
