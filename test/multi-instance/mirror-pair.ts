// Two app instances on one libSQL server (sqld), mirroring client messages into `channel` of a fake Slack team with
// the real Web API client: the setup the mirror tests share.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../src/db/client';
import { migrateDatabase } from '../../src/db/migrate';
import { callThenText } from '../agent/mock-model';
import { startFakeSlack, type FakeSlack } from '../support/fakes/slack-api';
import { startSqld, type Sqld } from '../support/sqld';
import { startInstance, type AppInstance } from './app-instance';

export type MirrorPair = { sqld: Sqld; fake: FakeSlack; one: AppInstance; two: AppInstance; close: () => Promise<void> };

export async function startMirrorPair(opts: { channel: string; teamId: string; token: string }): Promise<MirrorPair> {
  const sqld = await startSqld();
  const dir = mkdtempSync(join(tmpdir(), 'clientele-mirror-'));
  const migrator = await openDatabase({ url: sqld.url });
  await migrateDatabase(migrator.db);
  migrator.close();
  const fake = await startFakeSlack({ teamId: opts.teamId });
  const env = { SLACK_SIGNING_SECRET: 'test-signing-secret-0123456789abcdef', SLACK_BOT_TOKEN: opts.token, SLACK_API_URL: fake.apiUrl, SLACK_MESSAGES_CHANNEL: opts.channel };
  const model = callThenText({ toolName: 'listClients', input: {} }, 'Done.');
  const [one, two] = await Promise.all([startInstance({ url: sqld.url, dir: join(dir, 'one'), env, model }), startInstance({ url: sqld.url, dir: join(dir, 'two'), env, model })]);
  const close = async () => {
    await Promise.all([one.close(), two.close()]);
    await fake.close();
    sqld.stop();
    rmSync(dir, { recursive: true, force: true });
  };
  return { sqld, fake, one, two, close };
}
