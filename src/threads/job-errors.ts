// Errors cross from the job thread to the main thread as plain data and become the domain's own classes again,
// so every channel renders them as it would an in-process error (a rejected row, a conflict, a busy database).
import { Ambiguous, type Candidate, Conflict, DomainError, Forbidden, InvalidInput, NotFound, type ErrorCode, type FieldIssue } from '../errors';

export type ErrorData = { message: string; code?: ErrorCode; details?: Record<string, unknown>; cause?: string };

export function errorToData(err: unknown): ErrorData {
  const cause = err instanceof Error && err.cause instanceof Error ? err.cause.message : undefined;
  if (err instanceof DomainError) return { message: err.message, code: err.code, details: err.details, cause };
  return { message: err instanceof Error ? err.message : String(err), cause };
}

export function errorFromData(d: ErrorData): Error {
  const { issues, ...details } = (d.details ?? {}) as { issues?: FieldIssue[] } & Record<string, unknown>;
  const { what, ref, candidates } = details as { what?: string; ref?: string; candidates?: Candidate[] };
  const err = d.code === 'invalid' ? new InvalidInput(issues ?? [], d.message)
    : d.code === 'not_found' && what ? new NotFound(what, ref)
    : d.code === 'ambiguous' && what && ref && candidates ? new Ambiguous(what, ref, candidates)
    : d.code === 'conflict' ? new Conflict(d.message, details)
    : d.code === 'forbidden' ? new Forbidden(d.message)
    : d.code ? new DomainError(d.code, d.message, details)
    : new Error(d.message);
  if (d.cause) err.cause = new Error(d.cause);
  return err;
}
