import { Router } from './router.js';
import { affectedUnitRulesView } from './views/admin/affected-unit-rules-view.js';
import { auditLogView } from './views/admin/audit-log-view.js';
import { routineTemplatesView } from './views/admin/routine-templates-view.js';
import { secureZoneView } from './views/settlement/secure-zone-view.js';
import { settlementDetailView } from './views/settlement/settlement-detail-view.js';
import { editSettlementView, newSettlementView } from './views/settlement/settlement-form-view.js';
import { settlementListView } from './views/settlement/settlement-list-view.js';
import { shellView } from './views/shell-view.js';
import type { View } from './views/view.js';

/** The tab's route table: add a line per view (e.g. `.add('/bosettinger', settlementsView)`). First match wins. */
export function createRouter(): Router<View> {
  return new Router<View>()
    .add('/', shellView)
    .add('/bosettinger', settlementListView)
    .add('/bosettinger/ny', newSettlementView)
    .add('/bosettinger/:id', settlementDetailView)
    .add('/bosettinger/:id/rediger', editSettlementView)
    .add('/bosettinger/:id/sikker-sone/:unitId', secureZoneView)
    .add('/admin/regler', affectedUnitRulesView)
    .add('/admin/rutiner', routineTemplatesView)
    .add('/revisjon', auditLogView);
}
