// SLACK_MESSAGES_CHANNEL and SLACK_BOT_TOKEN belong to the deployment's own Slack team: another workspace (with no
// Slack team installed) never posts there, not even after naming a channel of its own, since it has no token.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { makeCtx } from '../../../src/deps';
import { postTeamMessage } from '../../../src/domain/messages/post-team-message';
import { updateWorkspaceSettings } from '../../../src/domain/settings/update-workspace';
import { createTestDeps, type TestDeps } from '../../support/deps';
import { seedWorkspace } from '../../support/factories';
import { startFakeSlack, type FakeSlack } from '../../support/fakes/slack-api';
import { seedClient } from '../../domain/portal/seed-portal';

let deps: TestDeps;
let fake: FakeSlack;
beforeEach(async () => {
  fake = await startFakeSlack({ teamId: 'TSINGLE001' });
  deps = await createTestDeps({ env: { SLACK_MESSAGES_CHANNEL: 'C0MESSAGES', SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: 'secret', SLACK_API_URL: fake.apiUrl } });
});
afterEach(async () => {
  await fake.close();
  deps.testDb.cleanup();
});

it("mirrors the deployment's own workspace into its channel and no other workspace anywhere", async () => {
  const other = await seedWorkspace(deps.db, { name: 'Installed Team' });
  const ownCtx = makeCtx(deps, { kind: 'system', workspaceId: deps.workspaceId, channel: 'system', name: 'test' });
  const mine = await seedClient(deps.db, deps.workspaceId, 'Mine');
  expect((await postTeamMessage({ ctx: ownCtx, input: { client: `id:${mine.id}`, text: 'Hello' } })).mirrored).toBe(true);
  expect(fake.callsTo('chat.postMessage').map((c) => [c.args.channel, c.token])).toEqual([['C0MESSAGES', 'xoxb-test']]);

  const ctx = makeCtx(deps, other.actors.owner);
  const theirs = await seedClient(deps.db, other.workspaceId, 'Theirs');
  expect((await postTeamMessage({ ctx, input: { client: `id:${theirs.id}`, text: 'Not for Slack' } })).mirrored).toBe(false);
  await updateWorkspaceSettings({ ctx, input: { messagesChannel: 'C0THEIRS01' } });
  expect((await postTeamMessage({ ctx, input: { client: `id:${theirs.id}`, text: 'Still not' } })).mirrored).toBe(false);
  expect(fake.callsTo('chat.postMessage')).toHaveLength(1);
});
