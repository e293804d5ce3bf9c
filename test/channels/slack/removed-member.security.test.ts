// A teammate removed from the team loses Slack at once too: their next /client is refused (even inside the window
// where a known Slack user is not looked up again), and the model never runs for them.
import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { members } from '../../../src/db/schema';
import { makeCtx } from '../../../src/deps';
import { removeMember } from '../../../src/domain/members/remove-member';
import { scriptedModel } from './held-model';
import { slashBody, startHarness, type Harness } from './slack-harness';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe('a removed member on Slack (security)', () => {
  it('is refused on their next command, and the model does not run for them', async () => {
    const model = scriptedModel(() => ({ text: 'Here you are.' }));
    h = await startHarness({ model, role: 'manager' });
    const ws = h.deps.workspaceId;
    const [owner] = await h.deps.db.insert(members).values({ workspaceId: ws, name: 'Olive', email: 'olive@studio.test', role: 'owner' }).returning();
    await h.send(slashBody(h, 'find clients'));
    await h.deps.deferrer.drain();
    const calls = model.doStreamCalls.length;
    expect(calls).toBeGreaterThan(0);
    const [steve] = await h.deps.db.select().from(members).where(eq(members.slackUserId, 'U2147483697'));

    const ctx = makeCtx(h.deps, { kind: 'member', workspaceId: ws, memberId: owner.id, role: 'owner', channel: 'web', name: 'Olive' });
    await removeMember({ ctx, input: { member: steve.id } });
    await h.send(slashBody(h, 'find clients'));
    await h.deps.deferrer.drain();
    expect(model.doStreamCalls).toHaveLength(calls);
    expect(h.fake.hooks.at(-1)?.body.text).toMatch(/removed from this Clientele workspace/);
  });
});
