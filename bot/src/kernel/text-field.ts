import { z } from 'zod';

/** Options of {@link singleLineText} and {@link multiLineText}. */
export interface TextFieldOptions {
  /** The field as messages name it, capitalised, e.g. `Navnet` ("Navnet må fylles ut"). */
  readonly label: string;
  /** Most characters after normalising and trimming, counted as the browser's `maxlength` counts them. */
  readonly max: number;
  /** Accept an empty or blank text (it comes out as `''`); otherwise it "må fylles ut". */
  readonly allowEmpty?: boolean;
}

/**
 * Characters no free text may hold: controls (C0, DEL, C1), lone surrogates, line and paragraph
 * separators, and invisible format characters (bidi embeddings, overrides, isolates and marks,
 * zero-width space, word joiner, BOM, tag characters …). Zero-width (non-)joiners are format
 * characters too, but Persian, Indic scripts and emoji need them, so they are allowed.
 */
const FORBIDDEN = /[\p{Cc}\p{Cs}\p{Zl}\p{Zp}]|(?![\u200C\u200D])\p{Cf}/u;

/** Tab and newline, the only controls a multi-line text may hold. */
const MULTI_LINE_WHITESPACE = /[\t\n]/g;

const LINE_BREAK = /[\r\n]/;

/** Why `text` may not be stored in a field with this label, or undefined when it may. */
export function forbiddenCharacterMessage(text: string, label: string, multiLine: boolean): string | undefined {
  if (!multiLine && LINE_BREAK.test(text)) return `${label} kan ikke inneholde linjeskift`;
  const checked = multiLine ? text.replace(MULTI_LINE_WHITESPACE, '') : text;
  return FORBIDDEN.test(checked) ? `${label} kan ikke inneholde kontrolltegn eller usynlige retningstegn` : undefined;
}

function textField(options: TextFieldOptions, multiLine: boolean) {
  const { label, max } = options;
  const text = z
    .string({ error: (issue) => (issue.input === undefined ? `${label} må fylles ut` : `${label} må være tekst`) })
    // Windows line ends count as one newline, so a pasted paragraph is not refused for its `\r`.
    .overwrite((value) => (multiLine ? value.replace(/\r\n/g, '\n') : value))
    .superRefine((value, ctx) => {
      const message = forbiddenCharacterMessage(value, label, multiLine);
      if (message) ctx.addIssue({ code: 'custom', message, continue: false });
    })
    .normalize('NFC')
    .trim();
  const filled = options.allowEmpty ? text : text.min(1, { error: `${label} må fylles ut` });
  return filled.max(max, { error: `${label} kan være høyst ${max} tegn` });
}

/** A one-line text (a name, a title): NFC, trimmed, no line breaks, controls or invisible direction marks. */
export function singleLineText(options: TextFieldOptions) {
  return textField(options, false);
}

/** A text that may span lines (a note, a comment): as {@link singleLineText}, but newline and tab are allowed. */
export function multiLineText(options: TextFieldOptions) {
  return textField(options, true);
}

/** `schema`, or `undefined` when the value is missing, empty or blank. */
export function optionalText<S extends z.ZodType>(schema: S) {
  return z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? undefined : value), schema.optional());
}
