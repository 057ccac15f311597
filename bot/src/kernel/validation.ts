import { ZodError, type z } from 'zod';
import { isDomainError, userError } from './domain-error.js';

/** One problem with an input, for the edge to show next to the field it concerns. */
export interface ValidationIssue {
  /** Dotted path of the field, e.g. `members.0.birthDate`; empty for the input as a whole. */
  readonly path: string;
  /** Norwegian message for the user; never repeats the value that was entered. */
  readonly message: string;
}

/** Norwegian message for any issue a schema did not word itself; never echoes the input (nor a regex). */
export function fallbackMessage(issue: { readonly code?: string; readonly input?: unknown }): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'Feltet må fylles ut' : 'Feltet har feil type verdi';
    case 'too_small':
      return 'Verdien er for kort eller for liten';
    case 'too_big':
      return 'Verdien er for lang eller for stor';
    case 'invalid_value':
      return 'Verdien er ikke et av de tillatte valgene';
    case 'unrecognized_keys':
      return 'Inneholder ukjente felt';
    case 'invalid_format':
      return 'Verdien har feil format';
    default:
      return 'Ugyldig verdi';
  }
}

/** The issues of a failed parse, in Norwegian, as {@link ValidationIssue}s. */
export function toValidationIssues(error: ZodError): ValidationIssue[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}

/**
 * Parses `input` with `schema`, or throws DomainError('invalid-input') whose message joins the
 * Norwegian messages and whose `cause` is the ZodError (see {@link validationIssuesOf}).
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input, { error: (issue) => fallbackMessage(issue) });
  if (result.success) {
    return result.data;
  }
  const messages = toValidationIssues(result.error).map((issue) => issue.message);
  throw userError('invalid-input', [...new Set(messages)].join('; '), { cause: result.error });
}

/** The field issues behind a DomainError thrown by {@link parseInput}; empty for any other error. */
export function validationIssuesOf(error: unknown): ValidationIssue[] {
  if (isDomainError(error, 'invalid-input') && error.cause instanceof ZodError) {
    return toValidationIssues(error.cause);
  }
  return [];
}
