import { Router } from './platform/router.js';
import { affectedUnitRulesView } from './features/settlement/admin/affected-unit-rules-view.js';
import { auditLogView } from './features/audit/audit-log-view.js';
import { privacyView } from './features/settlement/admin/privacy-view.js';
import { routineTemplatesView } from './features/settlement/admin/routine-templates-view.js';
import { secureZoneView } from './features/settlement/views/secure-zone-view.js';
import { settlementDetailView } from './features/settlement/views/settlement-detail-view.js';
import { editSettlementView, newSettlementView } from './features/settlement/views/settlement-form-view.js';
import { settlementListView } from './features/settlement/views/settlement-list-view.js';
import { shellView } from './features/workspace/shell-view.js';
import type { View } from './platform/view.js';

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
    .add('/admin/personvern', privacyView)
    .add('/revisjon', auditLogView);
}
