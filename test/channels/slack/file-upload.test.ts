// exportCsv's file goes into the conversation through Slack's external upload flow, with the real Web API client,
// read back from the export store for the asker's workspace (another workspace's export is never uploaded).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { webApi } from '@slack/bolt';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { uploadFiles } from '../../../src/channels/slack/deliver-message';
import { createExportFiles } from '../../../src/files/export-files';
import { startFakeSlack, type FakeSlack } from '../../support/fakes/slack-api';

let fake: FakeSlack;
beforeAll(async () => { fake = await startFakeSlack({ teamId: 'TAAAA0001' }); });
afterAll(async () => { await fake.close(); });

async function storedExport(csv: string) {
  const files = createExportFiles(join(mkdtempSync(join(tmpdir(), 'slack-upload-')), 'exports'));
  const created = files.create();
  await new Promise<void>((done, fail) => created.stream.end(csv, () => done()).once('error', fail));
  await files.finish({ id: created.id, workspaceId: 7, filename: 'clients.csv', rows: 1, createdAt: new Date().toISOString() });
  return { files, id: created.id };
}
const webClient = () => new webApi.WebClient('xoxb-test-token', { slackApiUrl: fake.apiUrl, retryConfig: { retries: 0 } });

it('gets an upload URL, uploads the bytes, and completes the upload into the thread', async () => {
  const csv = '\uFEFFnumber,name\n0001,Acme Corp\n';
  const { files, id } = await storedExport(csv);
  await uploadFiles(webClient(), { channel: 'C123', threadTs: '1700000000.000100' }, [{ filename: 'clients.csv', exportId: id, contentType: 'text/csv' }],
    { files, workspaceId: 7 });

  const [ask] = fake.callsTo('files.getUploadURLExternal');
  expect(ask.args).toMatchObject({ filename: 'clients.csv', length: String(Buffer.byteLength(csv)) });
  expect(fake.uploads).toHaveLength(1);
  expect(fake.uploads[0].bytes.toString('utf8')).toBe(csv);
  const [done] = fake.callsTo('files.completeUploadExternal');
  expect(done.args.channel_id).toBe('C123');
  expect(done.args.thread_ts).toBe('1700000000.000100');
  expect(done.args.files).toEqual([{ id: fake.uploads[0].fileId, title: 'clients.csv' }]);
});

it('uploads nothing for another workspace\'s export', async () => {
  const { files, id } = await storedExport('number,name\n0001,Secret Client\n');
  const before = fake.uploads.length;
  await expect(uploadFiles(webClient(), { channel: 'C123' }, [{ filename: 'clients.csv', exportId: id, contentType: 'text/csv' }], { files, workspaceId: 8 }))
    .rejects.toThrow(/not in this workspace's store/);
  expect(fake.uploads).toHaveLength(before);
  expect(fake.callsTo('files.getUploadURLExternal')).toHaveLength(before);
});
