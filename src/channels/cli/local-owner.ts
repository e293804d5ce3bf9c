// The terminal acts as the workspace owner; who that is, is the domain's (src/domain/members/ensure-local-owner.ts).
export { ensureLocalOwner } from '../../domain/members/ensure-local-owner';
