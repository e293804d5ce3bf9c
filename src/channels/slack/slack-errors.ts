// Slack's error table, once: what a person reads in an ephemeral answer or under a modal's input when a tool
// fails or something throws. Domain errors say their own message; anything else is logged and apologised for.
import type { KnownBlock } from '@slack/types';
import type { ToolFailure } from '../../../tools/types';
import type { Log } from '../../context';
import { isDomainError } from '../../errors';
import { fieldErrors } from './blocks/form-inputs';

export const SORRY = 'Something went wrong on our side; nothing was changed by this message. Please try again.';

/** The ephemeral text for a thrown error; anything but a domain error is logged with `about`. A domain error about
 *  one thing (a shared file) is prefixed with its name; an ambiguous reference lists the candidates to choose from. */
export function slackErrorText(err: unknown, log: Log, about: Record<string, unknown>, what?: string): string {
  if (!isDomainError(err)) {
    log.error({ err, ...about }, 'slack interaction failed');
    return SORRY;
  }
  const candidates = err.code === 'ambiguous' ? ((err.details.candidates as Array<{ label: string }> | undefined) ?? []).map((c) => c.label) : [];
  const text = candidates.length ? `${err.message} ${candidates.join(', ')}` : err.message;
  return what ? `${what}: ${text}` : text;
}

/** A tool's failure about one thing (a shared file), prefixed with its name; an ambiguous reference lists the
 *  candidates to choose from. */
export function toolFailureText(error: ToolFailure['error'], what: string): string {
  const candidates = error.code === 'ambiguous' ? (error.candidates ?? []).map((c) => c.label) : [];
  return `${what}: ${failureText(error)}${candidates.length ? ` ${candidates.join(', ')}` : ''}`;
}

/** A reference that names nothing or several (no such client or group, or more than one): the person's words go to
 *  the agent instead, which asks which one. */
export const unresolvedReference = (err: unknown): boolean => isDomainError(err) && (err.code === 'not_found' || err.code === 'ambiguous');

/** What the person is told when the domain refuses something they did outside a tool run (a thread reply, their own
 *  access), or null when it is no refusal: not a domain error, or one a retry may cure (the database busy), which
 *  the caller throws so that Slack delivers the event again. */
export const refusalText = (err: unknown): string | null => (isDomainError(err) && err.code !== 'unavailable' ? err.message : null);

/** A tool's failure as the person reads it: its message, or `sorry` for a fault of ours (the runner logged it). */
export const failureText = (error: ToolFailure['error'], sorry = SORRY): string => (error.code === 'internal' ? sorry : error.message);

/** A modal's `response_action: errors`: per field for field issues, else on the first input. */
export function modalErrors(error: ToolFailure['error'], blocks: KnownBlock[]): Record<string, string> {
  if (error.issues?.length) return fieldErrors(error.issues, blocks);
  const firstInput = blocks.find((x) => x.type === 'input')?.block_id ?? 'name';
  return { [firstInput]: error.message };
}
