// exportCsv's file goes into the conversation through Slack's external upload flow, with the real Web API client.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { webApi } from '@slack/bolt';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { uploadFiles } from '../../../src/channels/slack/deliver-message';
import { startFakeSlack, type FakeSlack } from '../../support/fakes/slack-api';

let fake: FakeSlack;
beforeAll(async () => { fake = await startFakeSlack({ teamId: 'TAAAA0001' }); });
afterAll(async () => { await fake.close(); });

it('gets an upload URL, uploads the bytes, and completes the upload into the thread', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'slack-upload-'));
  const csv = '\uFEFFnumber,name\n0001,Acme Corp\n';
  writeFileSync(join(dir, 'clients.csv'), csv);
  const client = new webApi.WebClient('xoxb-test-token', { slackApiUrl: fake.apiUrl, retryConfig: { retries: 0 } });
  await uploadFiles(client, { channel: 'C123', threadTs: '1700000000.000100' }, [{ filename: 'clients.csv', path: join(dir, 'clients.csv'), contentType: 'text/csv' }]);

  const [ask] = fake.callsTo('files.getUploadURLExternal');
  expect(ask.args).toMatchObject({ filename: 'clients.csv', length: String(Buffer.byteLength(csv)) });
  expect(fake.uploads).toHaveLength(1);
  expect(fake.uploads[0].bytes.toString('utf8')).toBe(csv);
  const [done] = fake.callsTo('files.completeUploadExternal');
  expect(done.args.channel_id).toBe('C123');
  expect(done.args.thread_ts).toBe('1700000000.000100');
  expect(done.args.files).toEqual([{ id: fake.uploads[0].fileId, title: 'clients.csv' }]);
});
