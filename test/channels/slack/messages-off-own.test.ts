// The deployment's own workspace mirrors client message threads into SLACK_MESSAGES_CHANNEL by default, and "off"
// really stops that (it used to fall back to the same default), from a signed "/client messages off" and from the
// updateWorkspace tool; "default" goes back to the deployment's channel.
import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { workspaces } from '../../../src/db/schema';
import { postTeamMessage } from '../../../src/domain/messages/post-team-message';
import { runTool } from '../../../tools/run-tool';
import type { TestDeps } from '../../support/deps';
import type { FakeSlack } from '../../support/fakes/slack-api';
import { type App, type Deployment, ownerCtx, signInPortal, writePortalMessage } from '../http/portal-helpers';
import { type Harness, MESSAGES_CHANNEL, slashBody, startPortalHarness, USERS } from './slack-harness';

let h: Harness, fake: FakeSlack, deps: TestDeps, app: App, s: Deployment;
// The slash command's user joins as an admin, who may set the workspace's messages channel.
beforeEach(async () => { ({ h, fake, deps, app, s } = await startPortalHarness({ users: USERS, role: 'admin' })); });
afterEach(() => h.close());

/** Portal messages posted into the deployment's channel so far. */
const mirrored = () => fake.callsTo('chat.postMessage').filter((c) => c.args.channel === MESSAGES_CHANNEL && c.args.blocks);
const setting = async () => (await deps.db.select().from(workspaces).where(eq(workspaces.id, deps.workspaceId)))[0].slackMessagesChannel;

/** A signed "/client <text>"; what the app answered (in the acknowledgement or through response_url). */
async function command(text: string): Promise<string> {
  const before = fake.hooks.length;
  const res = await h.send(slashBody(h, text));
  expect(res.status).toBe(200);
  const ack = await res.text();
  await deps.deferrer.drain();
  return ack + JSON.stringify(fake.hooks.slice(before).map((p) => p.body));
}

it('"/client messages off" stops mirroring the own workspace; "/client messages default" brings back SLACK_MESSAGES_CHANNEL', async () => {
  const jane = await signInPortal(app, deps, 'jane@acme.test');
  expect(await command('messages')).toContain(`mirrored in <#${MESSAGES_CHANNEL}>`);
  await writePortalMessage(app, jane, 'Mirrored by default');
  expect(mirrored()).toHaveLength(1);

  const off = await command('messages off');
  expect(off).toContain('no channel: they stay in Clientele');
  expect(await setting()).toBe('off');
  expect(await command('messages')).toContain('no channel');
  await writePortalMessage(app, jane, 'Not mirrored any more');
  const sent = await postTeamMessage({ ctx: ownerCtx(deps, s), input: { client: `id:${s.acme.id}`, text: 'Nor this answer.' } });
  expect(sent.mirrored).toBe(false);
  expect(mirrored()).toHaveLength(1);

  const back = await command('messages default');
  expect(back).toContain(`mirrored in <#${MESSAGES_CHANNEL}>`);
  expect(await setting()).toBeNull();
  await writePortalMessage(app, jane, 'Mirrored again');
  expect(mirrored()).toHaveLength(2);
});

it('updateWorkspace "off" stops mirroring the own workspace; "default" brings the deployment channel back', async () => {
  const jane = await signInPortal(app, deps, 'jane@acme.test');
  const owner = ownerCtx(deps, s);
  const off = await runTool(owner, 'updateWorkspace', { messagesChannel: 'off' });
  expect(off.ok && off.text).toContain('Client message threads are not mirrored in Slack.');
  await writePortalMessage(app, jane, 'Not mirrored');
  expect(mirrored()).toHaveLength(0);
  // null, as a model may send for "stop", is off too: nothing changes.
  const again = await runTool(owner, 'updateWorkspace', { messagesChannel: null });
  expect(again.ok && again.text).toMatch(/^Nothing changed.*not mirrored in Slack/);

  const back = await runTool(owner, 'updateWorkspace', { messagesChannel: 'default' });
  expect(back.ok && back.text).toContain(`mirrored in Slack channel ${MESSAGES_CHANNEL} (the deployment's default)`);
  await writePortalMessage(app, jane, 'Mirrored again');
  expect(mirrored()).toHaveLength(1);
});
