// Issue 5 through the whole loop with the built-in offline model: team roles by chat change the members table,
// and only owners and admins may do it.
import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { confirmApproval, runAgent } from '../../../src/agent/run-agent';
import { members } from '../../../src/db/schema';
import { agentFixture, type AgentFixture } from '../setup';

let fx: AgentFixture;
beforeEach(async () => { fx = await agentFixture(); });
afterEach(() => fx.deps.testDb.cleanup());

const say = (text: string, role: 'owner' | 'admin' | 'manager') =>
  runAgent({ deps: fx.deps, ctx: fx.ctxFor(role), conversationId: `team-${role}`, text, surface: 'web' });
const memberByEmail = async (email: string) => (await fx.deps.db.select().from(members).where(eq(members.email, email)))[0];

describe('team members by chat (offline model)', () => {
  it('"make <email> an admin" changes that member\'s role', async () => {
    const email = `member.${fx.ws.workspaceId}@studio.test`;
    // Roles grant access: the change waits for the person's click, then runs.
    const turn = await say(`make ${email} an admin`, 'owner');
    expect(turn.approvals[0]).toMatchObject({ toolName: 'setMemberRole' });
    expect(turn.text).toMatch(/admin/);
    expect((await memberByEmail(email)).role).toBe('member');
    const done = await confirmApproval({ deps: fx.deps, ctx: fx.ctxFor('owner'), approvalId: turn.approvals[0].id });
    expect(done.results[0]).toMatchObject({ toolName: 'setMemberRole', result: { ok: true } });
    expect((await memberByEmail(email)).role).toBe('admin');
  });

  it('"invite <email> to the team as a manager" creates the member and emails a link', async () => {
    const turn = await say('invite sam@newhire.test to the team as a manager', 'admin');
    expect(turn.approvals[0]).toMatchObject({ toolName: 'inviteMember', summary: 'Invite sam@newhire.test to the team as manager' });
    expect(await memberByEmail('sam@newhire.test')).toBeUndefined();
    const done = await confirmApproval({ deps: fx.deps, ctx: fx.ctxFor('admin'), approvalId: turn.approvals[0].id });
    expect(done.results[0]).toMatchObject({ toolName: 'inviteMember', result: { ok: true } });
    expect((await memberByEmail('sam@newhire.test'))?.role).toBe('manager');
    expect(fx.deps.mailer.sent.map((m) => m.to)).toContainEqual(expect.stringContaining('sam@newhire.test'));
  });

  it('a manager is refused and nothing changes', async () => {
    const email = `member.${fx.ws.workspaceId}@studio.test`;
    const turn = await say(`make ${email} an admin`, 'manager');
    expect(turn.results.every((r) => !r.result.ok)).toBe(true);
    expect((await memberByEmail(email)).role).toBe('member');
    expect(await memberByEmail('nobody@newhire.test')).toBeUndefined();
  });

  it('"take <email> off the team" removes the member after the click, and not before', async () => {
    const email = `member.${fx.ws.workspaceId}@studio.test`;
    const turn = await say(`${email} has left us, take them off the team`, 'owner');
    expect(turn.approvals[0]).toMatchObject({ toolName: 'removeMember' });
    expect((await memberByEmail(email)).removedAt).toBeNull();
    const done = await confirmApproval({ deps: fx.deps, ctx: fx.ctxFor('owner'), approvalId: turn.approvals[0].id });
    expect(done.results[0]).toMatchObject({ toolName: 'removeMember', result: { ok: true } });
    expect((await memberByEmail(email)).removedAt).not.toBeNull();
  });
});

