import { invalidResponseError } from '../../../platform/api-error.js';
import { isAdmin } from '../../../platform/access.js';
import { describeOffset } from './routine-draft.js';
import type { RoutineTemplateView } from '../../../../../contract/admin.js';
import { el } from '../../../platform/dom.js';
import { hrefFor } from '../../../platform/router.js';
import type { View } from '../../../platform/view.js';
import { RoutineEditor } from './routine-editor.js';
import { onViewLeave } from '../../../platform/leave-guard.js';
import { guardUnsavedChanges } from '../../../platform/unsaved-changes.js';

/** `#/admin/rutiner?enhet=<unitId>`: each unit's routine template (admin edits, others read). */
export const routineTemplatesView: View = async (target, { api, user, query }) => {
  const [me, body] = await Promise.all([user.me(), api.get('/api/routine-templates')]);
  const templates = parseTemplates(body);
  const chosen = templates.find((t) => t.unitId === query.get('enhet')) ?? templates[0];
  target.append(
    el('h1', { tabindex: '-1' }, 'Rutiner for enhetene'),
    el(
      'p',
      {},
      'Når en bosetting kunngjøres, starter hver berørt enhet en rutineflyt med disse oppgavene. Endringer gjelder for nye bosettinger.',
    ),
    el(
      'nav',
      { class: 'unit-tabs', 'aria-label': 'Velg enhet' },
      el(
        'ul',
        {},
        ...templates.map((t) =>
          el(
            'li',
            {},
            el(
              'a',
              {
                href: hrefFor(`/admin/rutiner?enhet=${encodeURIComponent(t.unitId)}`),
                'aria-current': t === chosen ? 'page' : undefined,
                'data-testid': `routine-unit-${t.unitId}`,
              },
              t.unitName,
            ),
          ),
        ),
      ),
    ),
  );
  if (!chosen) {
    target.append(el('p', { class: 'panel' }, 'Ingen enheter har rutiner ennå.'));
    return;
  }
  if (!isAdmin(me.roles)) {
    target.append(readOnly(chosen));
    return;
  }
  const editor = new RoutineEditor(api, chosen);
  onViewLeave(guardUnsavedChanges(() => editor.isDirty()));
  target.append(editor.element);
};

function readOnly(template: RoutineTemplateView): HTMLElement {
  return el(
    'section',
    { class: 'panel', 'aria-label': `Rutine for ${template.unitName}` },
    el('p', { class: 'field-hint' }, 'Bare administratorer kan endre rutinene.'),
    el(
      'ol',
      { class: 'routine-list' },
      ...template.tasks.map((t) =>
        el(
          'li',
          {},
          el('h3', {}, t.title),
          el('p', {}, t.description),
          el('p', { class: 'muted' }, `${t.ownerRole} · ${describeOffset(String(t.dueOffsetDays))}`),
        ),
      ),
    ),
  );
}

function parseTemplates(body: unknown): RoutineTemplateView[] {
  const templates = (body as { templates?: unknown } | undefined)?.templates;
  if (!Array.isArray(templates)) throw invalidResponseError(200);
  return templates as RoutineTemplateView[];
}
