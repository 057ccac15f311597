import assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';

/**
 * Drives the tab's Fluent UI controls in browser tests. The controls are custom elements whose
 * native `<input>`/`<textarea>` sits in an open shadow root (Playwright's CSS selectors pierce it),
 * and whose dropdown options are `fluent-option` elements in a popover; `data-testid` is on the
 * Fluent element, as it was on the native control before.
 */

type Scope = Page | Locator;

/** The native text element (`<input>` or `<textarea>`) of the Fluent text control with `testId`. */
export function textControl(scope: Scope, testId: string): Locator {
  const host = `[data-testid="${testId}"]`;
  return scope.locator(`${host} input, ${host} textarea`).first();
}

/** Replaces the text of a Fluent text input or textarea, as a user typing it would (input events fire). */
export async function fillField(scope: Scope, testId: string, value: string): Promise<void> {
  await textControl(scope, testId).fill(value);
}

/** The current text of a Fluent text input or textarea. */
export function fieldValue(scope: Scope, testId: string): Promise<string> {
  return textControl(scope, testId).inputValue();
}

/** Opens a Fluent dropdown and clicks the option with `value`; asserts the dropdown took it. */
export async function chooseOption(scope: Scope, testId: string, value: string): Promise<void> {
  const dropdown = scope.locator(`[data-testid="${testId}"]`);
  await dropdown.locator('[role="combobox"]').click();
  const option = dropdown.locator(`fluent-option[value="${value}"]`);
  await option.waitFor({ state: 'visible' });
  await option.click();
  assert.equal(await dropdownValue(scope, testId), value, `dropdown ${testId} should hold ${value}`);
}

/** The value of a Fluent dropdown's selected option. */
export function dropdownValue(scope: Scope, testId: string): Promise<string | null> {
  return scope.locator(`[data-testid="${testId}"]`).evaluate((element) => (element as unknown as { value: string | null }).value);
}

/** Ticks or unticks a Fluent checkbox by clicking it (as a user does); asserts its state afterwards. */
export async function setChecked(scope: Scope, testId: string, checked: boolean): Promise<void> {
  const box = scope.locator(`[data-testid="${testId}"]`);
  if ((await isChecked(scope, testId)) !== checked) await box.click();
  assert.equal(await isChecked(scope, testId), checked, `checkbox ${testId} should be ${checked ? 'checked' : 'unchecked'}`);
}

/** Whether a Fluent checkbox is ticked. */
export function isChecked(scope: Scope, testId: string): Promise<boolean> {
  return scope.locator(`[data-testid="${testId}"]`).evaluate((element) => (element as unknown as { checked: boolean }).checked);
}
