// Who may remove whom, apart from the verb: the Team page asks it to offer Remove only where it would work, and a page
// importing the rule runs no verb (channels run the verbs tools wrap through the one runner).
import type { Actor, Role } from '../../context';
import { Conflict, type DomainError, Forbidden } from '../../errors';
import { ADMIN_ROLES } from '../access';

/**
 * Why the actor may not remove this member, or null. Owners and admins remove; only an owner removes an owner, and
 * never the last one (yourself included). `owners` is how many owners the team has now. The Team page asks it too.
 */
export function removalRefusal(
  actor: Actor,
  target: { role: Role; name: string | null; email: string | null },
  owners: number,
): DomainError | null {
  if (actor.kind === 'member' && !ADMIN_ROLES.includes(actor.role))
    return new Forbidden(`Only owners and admins can remove members; your role (${actor.role}) cannot.`);
  if (actor.kind === 'contact') return new Forbidden('Portal contacts cannot remove members.');
  if (target.role !== 'owner') return null;
  if (actor.kind === 'member' && actor.role !== 'owner') return new Forbidden('Only an owner can remove an owner.');
  const label = target.name ?? target.email ?? 'This member';
  if (owners <= 1) return new Conflict(`${label} is the workspace's only owner and cannot be removed; make someone else an owner first.`);
  return null;
}
