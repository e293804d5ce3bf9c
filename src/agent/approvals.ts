// Confirmations kept on the server: a pending row bound to the asking member, the tool and its exact input
// (with a sha256 of it), expiring after 10 minutes and claimed atomically so it runs at most once.
// Channels send back only the approval id; nothing a client sends about the approval is trusted.
import { createHash, randomBytes } from 'node:crypto';
import type { Ctx, MemberActor } from '../context';
import {
  type ApprovalRow, claimApproval, findApproval, insertApproval, latestPendingApproval, settleApproval,
} from '../domain/approvals/approval-rows';
import { ADMIN_ROLES, CLIENT_ROLES, requireClientAccess, requireRole } from '../domain/access';
import { resolveClient } from '../domain/clients/resolve-client';
import { resolveContact } from '../domain/contacts/resolve-contact';
import { Conflict, DomainError, Forbidden, NotFound } from '../errors';
import { getTool } from '../../tools/index';
import { toFailure } from '../../tools/result-helpers';
import { runDescriptor } from '../../tools/run-tool';
import type { ToolDescriptor, ToolFailure, ToolName, ToolResult } from '../../tools/types';

export const APPROVAL_TTL_MS = 10 * 60 * 1000;
/** Key of the stored input holding what the person saw (not a tool argument: the tool's schema drops it). */
const SEEN = '_seen';
const DECIDER_ROLES = ADMIN_ROLES;
const DOING: Partial<Record<ToolName, string>> = { deleteClient: 'delete clients', removeContact: 'remove contacts', removeMember: 'remove members' };

export type PendingApproval = { id: string; toolName: ToolName; summary: string; expiresAt: string };
export type { ApprovalRow };

/** Key-sorted JSON, so the same input always hashes the same. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined).sort(([a], [b]) => a.localeCompare(b));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

export const hashInput = (toolName: string, input: unknown) =>
  createHash('sha256').update(`${toolName}\n${stableJson(input)}`).digest('hex');

/** Role checks before a destructive tool may even be proposed: the domain's Forbidden, as a tool failure. */
function checkMayRun(ctx: Ctx, tool: ToolDescriptor): MemberActor {
  const actor = requireClientAccess(ctx.actor);
  if (actor.kind !== 'member') throw new Forbidden('Only a team member can confirm this action.');
  requireRole(actor, tool.roles ?? CLIENT_ROLES, DOING[tool.name] ?? `use ${tool.name}`);
  return actor;
}

/** The exact target: the confirmation text names the resolved records, and the stored input is pinned to them
 *  (`id:<n>`, the contact's email), so a client added or renamed before the click cannot change what runs. */
async function pinExactly(ctx: Ctx, tool: ToolDescriptor, input: Record<string, unknown>): Promise<{ summary: string; pinned: Record<string, unknown> }> {
  if (tool.fingerprint) {
    // What the person is shown (an email's recipient, subject, body) is pinned too; executeApproval compares it.
    const seen = await tool.fingerprint({ ctx, input });
    const inner = await pinExactly(ctx, { ...tool, fingerprint: undefined }, input);
    return { summary: tool.summarize({ ...input, ...seen }), pinned: { ...inner.pinned, [SEEN]: seen } };
  }
  if (input.client === undefined || input.client === null) return { summary: tool.summarize(input), pinned: input };
  const client = await resolveClient(ctx.db, ctx, input.client as string | number);
  const exact: Record<string, unknown> = { ...input, client: `${client.name} (#${client.number})` };
  const pinned: Record<string, unknown> = { ...input, client: `id:${client.id}` };
  if (input.contact !== undefined && input.contact !== null) {
    const contact = await resolveContact(ctx.db, ctx, client.id, input.contact as string | number);
    exact.contact = contact.name && contact.email ? `${contact.name} <${contact.email}>` : (contact.name ?? contact.email ?? `#${contact.id}`);
    // Emails are unique within a client; a contact without one keeps the reference that resolved to exactly it.
    if (contact.email) pinned.contact = contact.email;
  }
  return { summary: tool.summarize(exact), pinned };
}

/** Stores a pending approval, or says why the action cannot even be proposed (role, unknown or ambiguous record). */
export async function requestApproval(ctx: Ctx, args: { conversationKey: string | null; toolName: ToolName; input: unknown }):
  Promise<{ approval: PendingApproval } | { failure: ToolFailure }> {
  const tool = getTool(args.toolName);
  if (!tool) return { failure: { ok: false, error: { code: 'not_found', message: `There is no tool ${args.toolName}.` } } };
  try {
    const actor = checkMayRun(ctx, tool);
    const { summary, pinned: input } = await pinExactly(ctx, tool, tool.input.parse(args.input) as Record<string, unknown>);
    const id = `apr_${randomBytes(18).toString('base64url')}`;
    const expiresAt = new Date(ctx.now().getTime() + APPROVAL_TTL_MS);
    await insertApproval(ctx, {
      id, memberId: actor.memberId, conversationId: args.conversationKey, channel: actor.channel,
      toolName: tool.name, input, inputHash: hashInput(tool.name, input), summary, expiresAt,
    });
    return { approval: { id, toolName: tool.name, summary, expiresAt: expiresAt.toISOString() } };
  } catch (err) {
    return { failure: toFailure(err, ctx) };
  }
}

/** Loads an approval of the caller's workspace and checks the caller may decide on it. */
async function loadForDecision(ctx: Ctx, approvalId: string): Promise<{ row: ApprovalRow; tool: ToolDescriptor }> {
  const row = await findApproval(ctx, approvalId);
  const tool = row ? getTool(row.toolName) : undefined;
  if (!row || !tool) throw new NotFound('confirmation');
  const actor = ctx.actor;
  if (actor.kind !== 'member') throw new Forbidden('Only a team member can confirm this action.');
  if (actor.memberId !== row.memberId && !DECIDER_ROLES.includes(actor.role)) {
    throw new Forbidden('Only the person who asked, or an owner or admin, can decide on this action.');
  }
  checkMayRun(ctx, tool);
  return { row, tool };
}

function notPendingError(row: ApprovalRow, now: Date): DomainError {
  if (row.status === 'pending' && row.expiresAt.getTime() <= now.getTime()) {
    return new DomainError('expired', `This confirmation expired (they last 10 minutes); nothing was changed. Ask again to ${row.summary.charAt(0).toLowerCase()}${row.summary.slice(1)}.`);
  }
  // Cancelled for a reason (the one who asked was removed from the team): that reason, not "runs at most once".
  const why = row.status === 'cancelled' ? (row.result as { error?: { message?: unknown } } | null)?.error?.message : undefined;
  if (typeof why === 'string') return new Conflict(`This action was cancelled: ${why} Nothing was changed.`, { status: row.status });
  const state = row.status === 'cancelled' ? 'was cancelled' : row.status === 'running' ? 'is already running' : 'was already confirmed';
  return new Conflict(`This action ${state}; it runs at most once.`, { status: row.status });
}

/** Atomically moves pending -> running (or -> cancelled); exactly one caller wins. */
async function claim(ctx: Ctx, row: ApprovalRow, to: 'running' | 'cancelled'): Promise<ApprovalRow> {
  const claimed = await claimApproval(ctx, row.id, to);
  if (claimed) return claimed;
  throw notPendingError((await findApproval(ctx, row.id)) ?? row, ctx.now());
}

/** Runs an approved action once, through the registry, with the stored input. */
export async function executeApproval(ctx: Ctx, approvalId: string): Promise<{ row: ApprovalRow; result: ToolResult }> {
  const loaded = await loadForDecision(ctx, approvalId);
  const row = await claim(ctx, loaded.row, 'running');
  let result: ToolResult;
  if (hashInput(row.toolName, row.input) !== row.inputHash) {
    result = { ok: false, error: { code: 'conflict', message: 'The stored action does not match what was approved; nothing was run.' } };
  } else if (!(await stillAsSeen(ctx, loaded.tool, row.input as Record<string, unknown>))) {
    const message = loaded.tool.changedText
      ?? 'The email changed after it was confirmed (its recipient, subject or body); nothing was sent. Ask again to send it as it is now.';
    result = { ok: false, error: { code: 'conflict', message } };
  } else {
    result = await runDescriptor(ctx, loaded.tool, row.input);
  }
  await settleApproval(ctx, row.id, { ok: result.ok, result });
  return { row, result };
}

async function stillAsSeen(ctx: Ctx, tool: ToolDescriptor, input: Record<string, unknown>): Promise<boolean> {
  if (!tool.fingerprint) return true;
  const now = await tool.fingerprint({ ctx, input: tool.input.parse(input) }).catch(() => null);
  return now !== null && stableJson(now) === stableJson(input[SEEN]);
}

export async function cancelPendingApproval(ctx: Ctx, approvalId: string): Promise<ApprovalRow> {
  const loaded = await loadForDecision(ctx, approvalId);
  return claim(ctx, loaded.row, 'cancelled');
}

/** The newest pending, unexpired approval this person asked for in this conversation (a typed "yes" answers it). */
export { latestPendingApproval };
