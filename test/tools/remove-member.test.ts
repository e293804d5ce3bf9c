// removeMember from chat: it waits for the person's click (grantsAccess) and only then removes; a manager is refused
// before anything is proposed; the last owner stays; reassignTo hands the clients over; its Undo brings all back.
// What the removed teammate was waiting on is cancelled with the removal, and stays so.
import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { confirmApproval, runAgent } from '../../src/agent/run-agent';
import { undoChange } from '../../src/agent/undo';
import type { Role } from '../../src/context';
import { approvals, clients, contacts, members } from '../../src/db/schema';
import { createClient } from '../../src/domain/clients/create-client';
import { addContact } from '../../src/domain/contacts/add-contact';
import { removeMember } from '../../src/domain/members/remove-member';
import type { ToolResult } from '../../tools/types';
import { chatModel } from '../agent/mock-model';
import { agentFixture, type AgentFixture } from '../agent/setup';

let fx: AgentFixture;
let say: ReturnType<typeof chatModel>['say'];
let n = 0;
beforeEach(async () => {
  const chat = chatModel({ errors: true });
  say = chat.say;
  fx = await agentFixture(chat.model);
});
afterEach(() => fx.deps.testDb.cleanup());

const ask = (role: Role, input: Record<string, unknown>) => {
  say({ toolName: 'removeMember', input });
  return runAgent({ deps: fx.deps, ctx: fx.ctxFor(role), conversationId: `rm-${n++}`, text: 'remove them', surface: 'web' });
};
const confirm = async (role: Role, approvalId: string): Promise<ToolResult> =>
  (await confirmApproval({ deps: fx.deps, ctx: fx.ctxFor(role), approvalId })).results[0].result;
const removedAt = async (id: number) => (await fx.deps.db.select().from(members).where(eq(members.id, id)))[0].removedAt;
const removeMemberDirectly = (id: number) => removeMember({ ctx: fx.ctxFor('owner'), input: { member: id } });
const ownerOf = async (name: string) => (await fx.deps.db.select().from(clients).where(eq(clients.name, name)))[0].ownerId;

async function managerOwnsClients() {
  const owner = fx.ctxFor('owner');
  for (const name of ['Acme Corp', 'Globex', 'Initech'])
    await createClient({ ctx: owner, input: { name, owner: fx.ws.actors.manager.name } });
}

describe('removeMember by chat', () => {
  it('asks first, saying what happens to their clients, and removes the teammate only on the click', async () => {
    const manager = fx.ws.actors.manager;
    const turn = await ask('owner', { member: manager.name });
    expect(turn.results).toEqual([]);
    expect(turn.approvals[0]).toMatchObject({
      toolName: 'removeMember',
      summary: `Remove ${manager.name} from the team (they own no clients)`,
    });
    expect(await removedAt(manager.memberId)).toBeNull();
    const result = await confirm('owner', turn.approvals[0].id);
    expect(result).toMatchObject({ ok: true, text: `Removed ${manager.name} from the team.`, undo: { label: 'Undo the removal' } });
    expect(await removedAt(manager.memberId)).toBeInstanceOf(Date);
  });

  it('says the clients stay with them when no one takes them over', async () => {
    await managerOwnsClients();
    const { name } = fx.ws.actors.manager;
    const turn = await ask('admin', { member: name });
    expect(turn.approvals[0].summary).toBe(
      `Remove ${name} from the team; they stay the owner of their 3 clients unless you say who takes them over`,
    );
    const result = await confirm('admin', turn.approvals[0].id);
    expect(result).toMatchObject({
      ok: true,
      text: `Removed ${fx.ws.actors.manager.name} from the team; their 3 clients stay assigned to them.`,
    });
    expect(await ownerOf('Acme Corp')).toBe(fx.ws.actors.manager.memberId);
  });

  it('refuses a manager before proposing anything, in words they understand', async () => {
    const turn = await ask('manager', { member: fx.ws.actors.member.name });
    expect(turn.approvals).toEqual([]);
    expect(turn.results[0].result).toMatchObject({
      ok: false,
      error: { code: 'forbidden', message: 'Only owners and admins can remove members; your role (manager) cannot.' },
    });
    expect(turn.text).toMatch(/Only owners and admins can remove members/);
    expect(await removedAt(fx.ws.actors.member.memberId)).toBeNull();
  });

  it('never removes the last owner, and says how to get there before asking', async () => {
    const owner = fx.ws.actors.owner;
    const turn = await ask('owner', { member: 'me' });
    expect(turn.approvals).toEqual([]);
    expect(turn.results[0].result).toMatchObject({
      ok: false,
      error: {
        code: 'conflict',
        message: `${owner.name} is the workspace's only owner and cannot be removed; make someone else an owner first.`,
      },
    });
    expect(await removedAt(owner.memberId)).toBeNull();
  });

  it('hands their clients to the teammate named, and to no owner for "nobody"', async () => {
    await managerOwnsClients();
    const { manager, admin, member } = fx.ws.actors;
    const adminEmail = `admin.${fx.ws.workspaceId}@studio.test`;
    const turn = await ask('owner', { member: manager.name, reassignTo: adminEmail });
    expect(turn.approvals[0].summary).toBe(`Remove ${manager.name} from the team and hand their 3 clients to ${admin.name}`);
    const result = await confirm('owner', turn.approvals[0].id);
    expect(result).toMatchObject({ ok: true, text: `Removed ${manager.name} from the team; their 3 clients now belong to ${admin.name}.` });
    expect([await ownerOf('Acme Corp'), await ownerOf('Globex'), await ownerOf('Initech')]).toEqual([
      admin.memberId,
      admin.memberId,
      admin.memberId,
    ]);

    await createClient({ ctx: fx.ctxFor('owner'), input: { name: 'Hooli', owner: member.name } });
    const nobody = await ask('owner', { member: member.name, reassignTo: 'nobody' });
    expect(nobody.approvals[0].summary).toBe(`Remove ${member.name} from the team and leave their client with no owner`);
    expect(await confirm('owner', nobody.approvals[0].id)).toMatchObject({
      ok: true,
      text: `Removed ${member.name} from the team; their client now has no owner.`,
    });
    expect(await ownerOf('Hooli')).toBeNull();
  });

  it('refuses handing the clients to the one leaving, to someone unknown or to a removed teammate, before asking; removes no one', async () => {
    await managerOwnsClients();
    const manager = fx.ws.actors.manager;
    const turn = await ask('owner', { member: manager.name, reassignTo: manager.name });
    expect(turn.approvals).toEqual([]);
    expect(turn.results[0].result).toMatchObject({ ok: false, error: { code: 'invalid', message: expect.stringMatching(/is the one leaving the team/) } });
    const unknown = await ask('owner', { member: manager.name, reassignTo: 'Zed Nobody' });
    expect(unknown.approvals).toEqual([]);
    expect(unknown.results[0].result).toMatchObject({ ok: false, error: { code: 'not_found', message: expect.stringMatching(/Zed Nobody/) } });
    // A removed teammate named exactly (name, email or member id) is said to be removed, with the day, not guessed at.
    const admin = fx.ws.actors.admin;
    await removeMemberDirectly(admin.memberId);
    const day = (await removedAt(admin.memberId))!.toISOString().slice(0, 10);
    for (const ref of [admin.name, `admin.${fx.ws.workspaceId}@studio.test`, admin.memberId, String(admin.memberId)]) {
      const gone = await ask('owner', { member: manager.name, reassignTo: ref });
      expect(gone.approvals).toEqual([]);
      expect(gone.results[0].result).toMatchObject({
        ok: false,
        error: { code: 'conflict', message: `${admin.name} was removed from the team on ${day}; undo the removal on the Team page to bring them back, or name a current teammate.` },
      });
    }
    expect(await removedAt(manager.memberId)).toBeNull();
  });

  it('refuses the click when what it showed changed (one more client since), and removes no one', async () => {
    await managerOwnsClients();
    const { manager, admin } = fx.ws.actors;
    const turn = await ask('owner', { member: manager.name, reassignTo: admin.name });
    expect(turn.approvals[0].summary).toContain('their 3 clients');
    await createClient({ ctx: fx.ctxFor('owner'), input: { name: 'Umbrella', owner: manager.name } });
    expect(await confirm('owner', turn.approvals[0].id)).toMatchObject({
      ok: false, error: { code: 'conflict', message: expect.stringMatching(/^The team changed after this was confirmed/) },
    });
    expect(await removedAt(manager.memberId)).toBeNull();
  });

  it('cancels what the removed teammate was waiting on, so no one approves it later in their name; Undo leaves it cancelled', async () => {
    const owner = fx.ctxFor('owner');
    await createClient({ ctx: owner, input: { name: 'Acme Corp' } });
    await addContact({ ctx: owner, input: { client: 'Acme Corp', name: 'Bob Poe', email: 'bob@acme.io' } });
    const manager = fx.ws.actors.manager;
    say({ toolName: 'removeContact', input: { client: 'Acme Corp', contact: 'Bob' } });
    const theirs = await runAgent({ deps: fx.deps, ctx: fx.ctxFor('manager'), conversationId: 'theirs', text: 'remove Bob', surface: 'web' });
    expect(theirs.approvals).toHaveLength(1);

    const turn = await ask('owner', { member: manager.name });
    const result = await confirm('owner', turn.approvals[0].id);
    expect(result).toMatchObject({ ok: true, text: `Removed ${manager.name} from the team; the confirmation they had asked for was cancelled.` });
    const refusal = `This action was cancelled: ${manager.name} was removed from the team, so what they asked for can no longer be confirmed. Nothing was changed.`;
    await expect(confirm('admin', theirs.approvals[0].id)).rejects.toMatchObject({ code: 'conflict', message: refusal });
    expect(await fx.deps.db.select().from(contacts).where(eq(contacts.email, 'bob@acme.io'))).toHaveLength(1);

    if (!result.ok || !result.undo) throw new Error(`no undo: ${JSON.stringify(result)}`);
    const undone = await undoChange({ deps: fx.deps, ctx: owner, activityId: result.undo.activityId });
    expect(undone.text).toBe(
      `Undid: Removed ${manager.name} (manager) from the team; the confirmation they had asked for was cancelled (the confirmation it cancelled stays cancelled; ${manager.name} can ask again)`,
    );
    expect((await fx.deps.db.select().from(approvals).where(eq(approvals.id, theirs.approvals[0].id)))[0].status).toBe('cancelled');
    await expect(confirm('manager', theirs.approvals[0].id)).rejects.toMatchObject({ message: refusal });
  });

  it('undoes the removal from its answer: the teammate is back with their role and their clients', async () => {
    await managerOwnsClients();
    const { manager, admin } = fx.ws.actors;
    const turn = await ask('owner', { member: manager.name, reassignTo: admin.name });
    const result = await confirm('owner', turn.approvals[0].id);
    if (!result.ok || !result.undo) throw new Error(`no undo: ${JSON.stringify(result)}`);
    await undoChange({ deps: fx.deps, ctx: fx.ctxFor('owner'), activityId: result.undo.activityId });
    const [back] = await fx.deps.db.select().from(members).where(eq(members.id, manager.memberId));
    expect(back).toMatchObject({ removedAt: null, role: 'manager' });
    expect([await ownerOf('Acme Corp'), await ownerOf('Globex'), await ownerOf('Initech')]).toEqual([
      manager.memberId,
      manager.memberId,
      manager.memberId,
    ]);
  });
});
