import type { ApiClient } from '../../../platform/api-client.js';
import { invalidResponseError } from '../../../platform/api-error.js';
import {
  MAX_AGE_OPTIONS,
  MIN_AGE_OPTIONS,
  SCOPE_CHOICES,
  checkRuleRows,
  describeRule,
  newRuleRow,
  rowsFromRules,
  rulesFromRows,
  type RuleRow,
  type ScopeChoice,
} from './rule-rows.js';
import { el } from '../../../platform/dom.js';
import { FormErrors } from '../../../platform/form-errors.js';
import { checkbox, selectField } from '../../../platform/form-fields.js';
import { announce, statusRegion, whileBusy } from '../../../platform/markers.js';
import type { RulesRequest, RulesResponse } from '../../../../../contract/admin.js';

/** The rules table with add, remove and save. */
export class RulesEditor {
  readonly element = el('form', { class: 'panel', 'data-testid': 'rules-form', novalidate: true });
  private readonly body = el('tbody');
  private readonly errors = new FormErrors(this.element);
  private readonly status = statusRegion('rules-status');
  /** The rules as last loaded or saved, to tell whether anything was changed. */
  private savedRows: string;

  constructor(
    private readonly api: ApiClient,
    private rows: RuleRow[],
    private readonly units: RulesResponse['units'],
  ) {
    this.savedRows = JSON.stringify(rows);
    const add = el('fluent-button', { type: 'button', appearance: 'secondary', 'data-testid': 'add-rule' }, 'Legg til regel');
    const save = el('fluent-button', { type: 'submit', appearance: 'primary', 'data-testid': 'save-rules' }, 'Lagre reglene');
    add.addEventListener('click', () => {
      this.rows = [...this.rows, newRuleRow(units[0]?.id ?? '')];
      this.draw();
      this.body.querySelector<HTMLElement>(`[data-testid="rule-${this.rows.length}-unit"]`)?.focus();
    });
    this.element.addEventListener('submit', (event) => {
      event.preventDefault();
      void whileBusy(save, () => this.save());
    });
    const headers = ['Enhet', 'Gjelder', 'Fra alder', 'Til alder', 'Foresatte', 'Oppsummering', 'Fjern'];
    this.element.append(
      this.errors.element,
      el(
        'div',
        { class: 'table-scroll' },
        el(
          'table',
          { class: 'data-table rules-table' },
          el('caption', { class: 'visually-hidden' }, 'Regler for berørte enheter'),
          el('thead', {}, el('tr', {}, ...headers.map((h) => el('th', { scope: 'col' }, h)))),
          this.body,
        ),
      ),
      el(
        'p',
        { class: 'field-hint' },
        'Aldersgrensene følger aldersgruppene (under 1 år, 1–5, 6–15, 16–17, 18+), fordi bosettingen bare lagrer aldersgruppe.',
      ),
      this.status,
      el('div', { class: 'form-actions' }, add, save),
    );
    this.draw();
  }

  /** Whether a rule was added, removed or changed since the rules were loaded or saved. */
  isDirty(): boolean {
    return JSON.stringify(this.rows) !== this.savedRows;
  }

  private draw(): void {
    this.body.replaceChildren(...this.rows.map((row, index) => this.rowElement(row, index)));
  }

  private update(index: number, patch: Partial<RuleRow>, redraw: boolean): void {
    this.rows = this.rows.map((row, i) => (i === index ? { ...row, ...patch } : row));
    if (redraw) {
      const focused = document.activeElement?.getAttribute('data-testid');
      this.draw();
      if (focused) this.body.querySelector<HTMLElement>(`[data-testid="${CSS.escape(focused)}"]`)?.focus();
    } else {
      const summary = this.body.querySelector(`[data-testid="rule-${index + 1}-summary"]`);
      const row = this.rows[index];
      if (summary && row) summary.textContent = describeRule(row);
    }
  }

  private rowElement(row: RuleRow, index: number): HTMLElement {
    const n = index + 1;
    const cell = (field: { wrapper: HTMLElement }): HTMLElement => el('td', {}, field.wrapper);
    const unit = selectField({
      testId: `rule-${n}-unit`,
      label: `Enhet, regel ${n}`,
      hideLabel: true,
      value: row.unitId,
      options: this.units.map((u) => ({ value: u.id, label: u.name })),
    });
    unit.control.addEventListener('change', () => this.update(index, { unitId: unit.control.value ?? '' }, false));
    const scope = selectField({
      testId: `rule-${n}-scope`,
      label: `Gjelder, regel ${n}`,
      hideLabel: true,
      value: row.scope,
      options: SCOPE_CHOICES,
    });
    scope.control.addEventListener('change', () => this.update(index, { scope: scope.control.value as ScopeChoice }, true));
    const ages = (which: 'minAge' | 'maxAge', values: readonly number[], label: string): HTMLElement => {
      const field = selectField({
        testId: `rule-${n}-${which === 'minAge' ? 'min' : 'max'}-age`,
        label: `${label}, regel ${n}`,
        hideLabel: true,
        value: row[which],
        options: [{ value: '', label: 'Ingen grense' }, ...values.map((v) => ({ value: String(v), label: `${v} år` }))],
      });
      field.control.disabled = row.scope === 'everyone';
      field.control.addEventListener('change', () => this.update(index, { [which]: field.control.value ?? '' }, false));
      return cell(field);
    };
    const guardians = checkbox({
      testId: `rule-${n}-guardians`,
      label: `Ta med foresatte, regel ${n}`,
      hideLabel: true,
      checked: row.includeGuardians,
    });
    guardians.control.addEventListener('change', () => this.update(index, { includeGuardians: guardians.control.checked }, false));
    const remove = el(
      'fluent-button',
      {
        type: 'button',
        appearance: 'secondary',
        class: 'button-danger',
        'aria-label': `Fjern regel ${n}`,
        'data-testid': `rule-${n}-remove`,
      },
      'Fjern',
    );
    remove.addEventListener('click', () => {
      this.rows = this.rows.filter((_, i) => i !== index);
      this.draw();
      this.element.querySelector<HTMLElement>('[data-testid="add-rule"]')?.focus();
      announce(this.status, `Regel ${n} er fjernet. Husk å lagre.`);
    });
    return el(
      'tr',
      { 'data-testid': `rule-${n}` },
      cell(unit),
      cell(scope),
      ages('minAge', MIN_AGE_OPTIONS, 'Fra alder'),
      ages('maxAge', MAX_AGE_OPTIONS, 'Til alder'),
      cell(guardians),
      el('td', { 'data-testid': `rule-${n}-summary` }, describeRule(row)),
      el('td', {}, remove),
    );
  }

  private async save(): Promise<void> {
    const problems = checkRuleRows(
      this.rows,
      this.units.map((u) => u.id),
    );
    if (problems.length > 0) return this.errors.showFieldErrors(problems);
    this.errors.clear();
    try {
      const saved = parseRules(await this.api.put('/api/affected-unit-rules', { rules: rulesFromRows(this.rows) } satisfies RulesRequest));
      this.rows = rowsFromRules(saved.rules);
      this.savedRows = JSON.stringify(this.rows);
      this.draw();
      announce(this.status, 'Reglene er lagret. De gjelder for nye og endrede bosettinger.');
    } catch (error) {
      this.errors.showFailure(error);
    }
  }
}

/** Checks the rules response. */
export function parseRules(body: unknown): RulesResponse {
  const value = body as Partial<RulesResponse> | undefined;
  if (!Array.isArray(value?.rules) || !Array.isArray(value.units)) throw invalidResponseError(200);
  return value as RulesResponse;
}
