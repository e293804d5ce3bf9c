// The messages channel belongs to the deployment's own Slack team: a workspace of a team installed through OAuth
// gets no mirror, so its clients' messages never reach that channel.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { makeCtx } from '../../../src/deps';
import { createTestDeps, type TestDeps } from '../../support/deps';
import { seedWorkspace } from '../../support/factories';

let deps: TestDeps;
beforeEach(async () => {
  deps = await createTestDeps({ env: { SLACK_MESSAGES_CHANNEL: 'C0MESSAGES', SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: 'secret' } });
});
afterEach(() => deps.testDb.cleanup());

it("mirrors the deployment's own workspace and no other", async () => {
  const own = makeCtx(deps, { kind: 'system', workspaceId: deps.workspaceId, channel: 'system', name: 'test' });
  const other = await seedWorkspace(deps.db, { name: 'Installed Team' });
  const theirs = makeCtx(deps, other.actors.owner);
  expect(own.mirror).toBeDefined();
  expect(theirs.mirror).toBeUndefined();
});
