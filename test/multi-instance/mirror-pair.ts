// Two app instances on one libSQL server (sqld), mirroring client messages into `channel` of a fake Slack team with
// the real Web API client: the setup the mirror tests share.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ContactActor } from '../../src/context';
import { openDatabase } from '../../src/db/client';
import { migrateDatabase } from '../../src/db/migrate';
import { makeCtx } from '../../src/deps';
import { postPortalMessage } from '../../src/domain/messages/post-portal-message';
import { seedClient, seedContact } from '../domain/portal/seed-portal';
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

/** A client with one portal contact in workspace `ws` (the instances' own by default), and that contact as the actor. */
export async function portalContact(inst: AppInstance, name: string, ws = inst.deps.workspaceId): Promise<{ clientId: number; actor: ContactActor }> {
  const client = await seedClient(inst.deps.db, ws, name);
  const c = await seedContact(inst.deps.db, ws, client.id, `${name} Contact`, `${name.toLowerCase().replace(/\W/g, '')}@client.test`);
  return { clientId: client.id, actor: { kind: 'contact', workspaceId: ws, contactId: c.id, clientId: client.id, channel: 'portal', name: c.name! } };
}

/** The contact writes `text` in the portal, on instance `inst`. */
export const writeMessage = (inst: AppInstance, actor: ContactActor, text: string) => postPortalMessage({ ctx: makeCtx(inst.deps, actor), input: { text } });
