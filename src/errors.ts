// Typed domain errors, mapped once per edge (HTTP status, tool result for the model, Slack ephemeral, CLI).
export type FieldIssue = { field: string; message: string };
export type Candidate = { id: number; label: string; detail?: string };

export type ErrorCode =
  | 'invalid' | 'not_found' | 'ambiguous' | 'conflict' | 'duplicate' | 'forbidden'
  | 'needs_confirmation' | 'expired' | 'too_large' | 'rate_limited' | 'unavailable' | 'portal_closed';

export class DomainError extends Error {
  constructor(readonly code: ErrorCode, message: string, readonly details: Record<string, unknown> = {}) {
    super(message);
    this.name = 'DomainError';
  }
  toJSON() {
    return { code: this.code, message: this.message, ...this.details };
  }
}

export class InvalidInput extends DomainError {
  constructor(readonly issues: FieldIssue[], message?: string) {
    super('invalid', message ?? issues.map((i) => `${i.field}: ${i.message}`).join('; '), { issues });
  }
}
export class NotFound extends DomainError {
  constructor(what: string, ref?: string) {
    super('not_found', ref ? `No ${what} matches "${ref}".` : `That ${what} does not exist.`, { what, ref });
  }
}
export class Ambiguous extends DomainError {
  constructor(what: string, ref: string, readonly candidates: Candidate[]) {
    super('ambiguous', `"${ref}" matches ${candidates.length} ${what}s; which one?`, { what, ref, candidates });
  }
}
export class Conflict extends DomainError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super('conflict', message, details);
  }
}
/** The workspace's client portal is closed (its Slack team uninstalled the app): nothing is sent to its clients. */
export class PortalClosed extends DomainError {
  constructor(action: string) {
    super('portal_closed', `This workspace's portal is closed since Slack was uninstalled; reinstall the app in Slack to ${action} again. Nothing was sent.`, { action });
  }
}
export class Forbidden extends DomainError {
  constructor(message: string) {
    super('forbidden', message);
  }
}

export const isDomainError = (e: unknown): e is DomainError => e instanceof DomainError;
