// "undo", "undo that", "revert the last change" typed in a chat undo the newest change the conversation made that
// still stands, as its Undo button would; typed again, the one before. Nothing else in the conversation is undone,
// and the domain's refusals (later changes, a role that may not) are said, changing nothing.
import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { runAgent } from '../../src/agent/run-agent';
import { isUndoSaid } from '../../src/agent/answer-undo';
import { clients } from '../../src/db/schema';
import { agentFixture, type AgentFixture } from './setup';

let fx: AgentFixture;
afterEach(() => fx.deps.testDb.cleanup());

const say = (conversationId: string, text: string, role: 'owner' | 'manager' | 'member' = 'owner') =>
  runAgent({ deps: fx.deps, ctx: fx.ctxFor(role), conversationId, text, surface: 'web' });
const names = async () => (await fx.deps.db.select({ name: clients.name }).from(clients)).map((c) => c.name).sort();

describe('a typed undo, with the offline model', () => {
  it('undoes the newest change of this conversation, then the one before (happy)', async () => {
    fx = await agentFixture();
    await say('c1', 'add Acme Corp');
    await say('c1', 'add Lumen Forge');
    await say('other', 'add Brightline Tooling');
    expect(await names()).toEqual(['Acme Corp', 'Brightline Tooling', 'Lumen Forge']);
    const first = await say('c1', 'undo that');
    expect(first.text).toMatch(/^Undid: .*Lumen Forge/);
    expect(await names()).toEqual(['Acme Corp', 'Brightline Tooling']);
    expect((await say('c1', 'oops, undo')).text).toMatch(/^Undid: .*Acme Corp/);
    expect(await names()).toEqual(['Brightline Tooling']);
    expect((await say('c1', 'undo')).text).toBe('There is no change to undo in this conversation.');
    expect(await names()).toEqual(['Brightline Tooling']);
  });

  it('says why when the change cannot be undone, and changes nothing (error)', async () => {
    fx = await agentFixture();
    await say('c2', 'add Acme Corp');
    await say('elsewhere', 'Acme Corp is active now');
    expect((await say('c2', 'undo the last change')).text).toMatch(/^Only the last change to this record can be undone/);
    const [acme] = await fx.deps.db.select().from(clients).where(eq(clients.name, 'Acme Corp'));
    expect(acme.status).toBe('active');
  });

  it("reaches only the person's own conversation: another member's undo in the same thread undoes nothing (security)", async () => {
    fx = await agentFixture();
    await say('c3', 'add Acme Corp');
    expect((await say('c3', 'undo', 'member')).text).toBe('There is no change to undo in this conversation.');
    expect((await say('c3', 'undo', 'manager')).text).toBe('There is no change to undo in this conversation.');
    expect(await names()).toEqual(['Acme Corp']);
  });
});

describe('what counts as an undo', () => {
  it.each(['undo', 'Undo that.', 'please undo the last change', 'revert that', 'take it back', 'oops, undo'])('"%s" is', (text) => {
    expect(isUndoSaid(text)).toBe(true);
  });
  it.each(['undo the archive of Acme Corp last week', 'how do I undo a change?', 'undoing things is hard'])('"%s" is not', (text) => {
    expect(isUndoSaid(text)).toBe(false);
  });
});
