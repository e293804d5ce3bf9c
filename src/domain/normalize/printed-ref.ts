// A reference typed back as the assistant printed it: copied with what surrounded it (backticks, quotes,
// brackets, the full stop that ended the sentence) or as a whole label ("Acme Corp (#0001)"). Resolvers look the
// text up as typed first, so a name that really ends in a full stop ("Acme Inc.") is still found as it is; only
// when nothing matches is the bare reference tried.
import { DomainError } from '../../errors';

const WRAPPED = /^[`'"“‘«<([]+|[`'"”’»>)\].,;:!?]+$/g;

/** "`INV-0012`" -> "INV-0012", "Q-0003." -> "Q-0003", "Acme Corp (#0001)" -> "#0001". */
export function bareRef(typed: string): string {
  const text = typed.trim();
  const label = /\(#(\d+)\)[\s`'"”’»>\].,;:!?]*$/.exec(text);
  if (label) return `#${label[1]}`;
  return text.replace(WRAPPED, '').trim();
}

/** Runs `resolve` with the reference as typed; when nothing matches it, with the bare reference (the first
 *  NotFound stands if that finds nothing either; an Ambiguous answer is shown). */
export async function resolvePrinted<T>(ref: string | number, resolve: (ref: string | number) => Promise<T>): Promise<T> {
  try {
    return await resolve(ref);
  } catch (err) {
    if (typeof ref !== 'string' || !(err instanceof DomainError) || err.code !== 'not_found') throw err;
    const bare = bareRef(ref);
    if (!bare || bare === ref.trim()) throw err;
    return resolve(bare).catch((again: unknown) => {
      throw again instanceof DomainError && again.code === 'not_found' ? err : again;
    });
  }
}
