// Authorization from the server-side actor. Members have no client access at all; only owners and admins delete.
import type { Actor, MemberActor, Role } from '../context';
import { MEMBER_ROLES } from '../db/enums';
import { Forbidden } from '../errors';

/** A role and every role above it: MEMBER_ROLES is declared most powerful first. */
export const rolesFrom = (lowest: Role): readonly Role[] => MEMBER_ROLES.slice(0, MEMBER_ROLES.indexOf(lowest) + 1);
/** Who runs the workspace: settings, the team, deleting clients, deciding on others' confirmations. */
export const ADMIN_ROLES = rolesFrom('admin');
/** Who works with clients and contacts (a member has no client access). */
export const CLIENT_ROLES = rolesFrom('manager');

/** Owners, admins and managers manage clients and contacts; system actors act for the workspace. */
export function requireClientAccess(actor: Actor): MemberActor | Extract<Actor, { kind: 'system' }> {
  if (actor.kind === 'system') return actor;
  if (actor.kind === 'member' && CLIENT_ROLES.includes(actor.role)) return actor;
  if (actor.kind === 'member') {
    throw new Forbidden('Your role (member) has no access to clients. Ask an owner or admin to change your role.');
  }
  throw new Forbidden('Portal contacts cannot manage clients.');
}

export function requireRole(actor: Actor, roles: readonly Role[], doing: string): void {
  if (actor.kind === 'system') return;
  if (actor.kind === 'member' && roles.includes(actor.role)) return;
  const who = actor.kind === 'member' ? `your role (${actor.role})` : 'a portal contact';
  throw new Forbidden(`Only ${listRoles(roles)} can ${doing}; ${who} cannot.`);
}

/** ['owner', 'admin', 'manager'] -> "owners, admins and managers". */
export function listRoles(roles: readonly Role[]): string {
  const plural = roles.map((r) => `${r}s`);
  return plural.length > 1 ? `${plural.slice(0, -1).join(', ')} and ${plural[plural.length - 1]}` : (plural[0] ?? 'nobody');
}

export const actorMemberId = (actor: Actor): number | null => (actor.kind === 'member' ? actor.memberId : null);
