/** How a free-text field is checked; the server's text fields (bot/src/kernel/text-field.ts) follow the same rules. */
export interface TextRule {
  /** The field as messages name it, capitalised, e.g. `Navnet`. */
  readonly label: string;
  /** Most characters, counted after NFC and trimming as the server counts them. */
  readonly max: number;
  /** Newline and tab allowed (a note, a comment); otherwise the text must stay on one line. */
  readonly multiLine?: boolean;
}

/** Controls, lone surrogates, line/paragraph separators and invisible format characters except the zero-width joiners. */
const FORBIDDEN = /[\p{Cc}\p{Cs}\p{Zl}\p{Zp}]|(?![\u200C\u200D])\p{Cf}/u;

/** "Navnet kan være høyst 200 tegn." – the server's message, as the form shows it. */
export function tooLongMessage(label: string, max: number): string {
  return `${label} kan være høyst ${max} tegn.`;
}

/** What is wrong with a filled-in text (too long, a line break in a one-line field, hidden characters), or undefined. */
export function textProblem(value: string, rule: TextRule): string | undefined {
  const text = rule.multiLine ? value.replace(/\r\n/g, '\n') : value;
  if (!rule.multiLine && /[\r\n]/.test(text)) return `${rule.label} kan ikke inneholde linjeskift.`;
  if (FORBIDDEN.test(rule.multiLine ? text.replace(/[\t\n]/g, '') : text)) {
    return `${rule.label} kan ikke inneholde kontrolltegn eller usynlige retningstegn.`;
  }
  return text.normalize('NFC').trim().length > rule.max ? tooLongMessage(rule.label, rule.max) : undefined;
}

/** "12 av høyst 200 tegn": the counter under a limited text field. */
export function characterCountText(length: number, max: number): string {
  return `${length} av høyst ${max} tegn`;
}

/**
 * The length the value gets when `inserted` replaces the selection. A line break counts as one
 * character: a text area keeps it, and a one-line input strips it or makes it a space (browsers
 * differ), so a paste is refused rather than cut when in doubt.
 */
export function lengthAfterInsert(value: string, selectionStart: number, selectionEnd: number, inserted: string): number {
  return value.length - (selectionEnd - selectionStart) + inserted.replace(/\r\n/g, '\n').length;
}

/** Why a paste or drop was refused: the server's limit message, and that nothing was inserted. */
export function refusedInsertMessage(label: string, max: number, length: number): string {
  return `${tooLongMessage(label, max)} Teksten ble ikke satt inn, for da ville feltet hatt ${length} tegn.`;
}
