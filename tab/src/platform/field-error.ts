/** A problem with one form field; `field` is the `data-testid` of the control (or group) it concerns. */
export interface FieldError {
  readonly field: string;
  readonly message: string;
}
