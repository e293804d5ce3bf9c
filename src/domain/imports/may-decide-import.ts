// Who may apply or cancel an import: applyImport checks it, and so does a surface before it claims the click (Slack's
// Cancel, which runs no verb, and Apply, before the import is claimed).
import type { Actor } from '../../context';
import { Forbidden } from '../../errors';

/** An upload is applied (or cancelled) by the member who uploaded it, or by an owner or admin. */
export function assertMayDecideImport(actor: Actor, imp: { memberId: number | null }): void {
  if (actor.kind !== 'member' || actor.role === 'owner' || actor.role === 'admin') return;
  if (imp.memberId === actor.memberId) return;
  throw new Forbidden('Only the person who shared the file, an owner or an admin can apply or cancel this import.');
}
