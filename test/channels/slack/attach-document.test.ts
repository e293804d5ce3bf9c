// "attach this to Acme" with a file shared in Slack: signed events through the whole app, the file read from the
// fake Slack with the bot token, stored as a document of that client, answered in the thread with an Undo button.
import { afterEach, describe, expect, it } from 'vitest';
import { createClient } from '../../../src/domain/clients/create-client';
import { listClientDocuments } from '../../../src/domain/documents/document-views';
import { readAttachRequest } from '../../../src/channels/slack/attach-shared-file';
import { testCtx } from '../../support/factories';
import type { FakeSharedFile } from '../../support/fakes/slack-api';
import { startHarness, type Harness } from './slack-harness';

let h: Harness | undefined;
afterEach(async () => { await h?.close(); h = undefined; });
let seq = 0;

function shareInDm(hh: Harness, file: FakeSharedFile, text: string): string {
  const dm = JSON.parse(hh.fixture('message-im.json'));
  dm.event_id = `EvDOC${++seq}`;
  dm.event = { ...dm.event, user: 'U061F7AUR', subtype: 'file_share', text, files: [file], ts: `1355517700.00000${seq}` };
  return JSON.stringify(dm);
}

async function acme(hh: Harness) {
  // Created in the deployment's workspace by a system actor, as any channel would.
  await createClient({ ctx: testCtx(hh.deps.db, { kind: 'system', workspaceId: hh.deps.workspaceId, channel: 'system', name: 'test' }), input: { name: 'Acme Corp' } });
}

describe('a file shared in Slack with "attach this to Acme"', () => {
  it('becomes a team-only document of Acme, with an Undo button in the thread', async () => {
    h = await startHarness();
    await acme(h);
    const file = h.fake.shareFile({ name: 'Signed contract.pdf', content: '%PDF-1.7 contract', mimetype: 'application/pdf', filetype: 'pdf' });
    expect((await h.send(shareInDm(h, file, 'attach this to Acme'))).status).toBe(200);
    await h.deps.deferrer.drain();
    expect(h.fake.downloads.at(-1)).toMatchObject({ token: 'xoxb-test-token' });
    const post = h.fake.callsTo('chat.postMessage').at(-1)!;
    expect(post.args.text).toBe('Added "Signed contract" (Signed contract.pdf, 1 KB) to Acme Corp, team only.');
    expect(JSON.stringify(post.args.blocks)).toContain('"action_id":"change_undo"');
    const [client] = await h.deps.db.query.clients.findMany({ where: (c, { eq }) => eq(c.name, 'Acme Corp') });
    expect((await listClientDocuments(h.deps.db, h.deps.workspaceId, client.id)).map((d) => d.filename)).toEqual(['Signed contract.pdf']);
  });

  it('shares it in the portal when asked, and refuses a program without storing it', async () => {
    h = await startHarness();
    await acme(h);
    await h.send(shareInDm(h, h.fake.shareFile({ name: 'Brief.pdf', content: '%PDF brief', mimetype: 'application/pdf', filetype: 'pdf' }), 'attach this to acme and share it in the portal'));
    await h.deps.deferrer.drain();
    expect(h.fake.callsTo('chat.postMessage').at(-1)!.args.text).toContain('shared in the portal');
    await h.send(shareInDm(h, h.fake.shareFile({ name: 'invoice.pdf', content: Buffer.from([0x4d, 0x5a, 0x90, 0]), mimetype: 'application/pdf', filetype: 'pdf' }), 'attach this to Acme'));
    await h.deps.deferrer.drain();
    expect(h.fake.callsTo('chat.postMessage').at(-1)!.args.text).toContain('invoice.pdf is a program or script');
    const [client] = await h.deps.db.query.clients.findMany({ where: (c, { eq }) => eq(c.name, 'Acme Corp') });
    expect((await listClientDocuments(h.deps.db, h.deps.workspaceId, client.id)).map((d) => d.title)).toEqual(['Brief']);
  });

  it('names the candidates when the client is ambiguous, and stores nothing (Slack\'s one error table)', async () => {
    h = await startHarness();
    const system = testCtx(h.deps.db, { kind: 'system', workspaceId: h.deps.workspaceId, channel: 'system', name: 'test' });
    for (const name of ['Acme North', 'Acme South']) await createClient({ ctx: system, input: { name } });
    await h.send(shareInDm(h, h.fake.shareFile({ name: 'Brief.pdf', content: '%PDF brief', mimetype: 'application/pdf', filetype: 'pdf' }), 'attach this to Acme'));
    await h.deps.deferrer.drain();
    const text = h.fake.callsTo('chat.postMessage').at(-1)!.args.text as string;
    expect(text).toMatch(/^Brief\.pdf: "Acme" matches 2 clients; which one\? /);
    expect(text).toContain('Acme North');
    expect(text).toContain('Acme South');
    const all = await h.deps.db.query.clients.findMany();
    for (const c of all) expect(await listClientDocuments(h.deps.db, h.deps.workspaceId, c.id)).toEqual([]);
  });

  it('reads the request words', () => {
    expect(readAttachRequest('attach this to Acme Corp')).toEqual({ client: 'Acme Corp', shared: false });
    expect(readAttachRequest('please add these to the client Globex and share them in the portal.')).toEqual({ client: 'Globex', shared: true });
    expect(readAttachRequest('what is this?')).toBeNull();
  });
});
