// The offline reader for deleting a document and for where client messages are mirrored in Slack, end to end in
// the web chat: a delete is confirmed first and removes exactly the document named; choosing a channel (it sends
// client text outside) is confirmed first; "off" stops the mirror at once.
import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { workspaces } from '../../../src/db/schema';
import { addDocument } from '../../../src/domain/documents/add-document';
import { listClientDocuments } from '../../../src/domain/documents/document-views';
import type { TestDeps } from '../../support/deps';
import { type Deployment, ownerCtx, startPortalApp } from './portal-helpers';
import { addMember, type App, sayInChat, signIn } from './web-session';

let deps: TestDeps, app: App, s: Deployment, cookie: string;
beforeEach(async () => {
  ({ deps, app, s } = await startPortalApp());
  await addMember(deps, 'owner', 'olive@studio.test', 'Olive Owner');
  cookie = await signIn(app, deps, 'olive@studio.test');
});
afterEach(() => deps.testDb.cleanup());

const say = (text: string, conversationId?: string) => sayInChat(app, cookie, text, conversationId);
const stored = async () => (await deps.db.select().from(workspaces).where(eq(workspaces.id, deps.workspaceId)))[0].slackMessagesChannel;
const titles = async () => (await listClientDocuments(deps.db, deps.workspaceId, s.globex.id)).map((d) => d.title).sort();

describe('documents by chat', () => {
  it('"get rid of the ... file for Globex" asks first, then deletes only that document', async () => {
    for (const title of ['Kickoff notes', 'Signed SOW']) {
      await addDocument({ ctx: ownerCtx(deps, s), input: { client: s.globex.id, file: { name: `${title}.pdf`, bytes: new TextEncoder().encode('%PDF-1.7\nx') }, title } });
    }
    const asked = await say('get rid of the Kickoff notes file for Globex, we have a newer one');
    expect(asked.text).toMatch(/confirm|sure/i);
    expect(await titles()).toEqual(['Kickoff notes', 'Signed SOW']);
    const done = await say('yes', asked.conversationId);
    expect(done.text).toContain('Deleted "Kickoff notes" from Globex');
    expect(await titles()).toEqual(['Signed SOW']);
  });
});

describe('the Slack messages channel by chat', () => {
  it('a channel is set after a confirmation; "off" stops mirroring; "default" goes back', async () => {
    const asked = await say('please mirror the client message threads into channel C0456DEF9');
    expect(asked.text).toMatch(/confirm|sure/i);
    expect(await stored()).toBeNull();
    await say('yes', asked.conversationId);
    expect(await stored()).toBe('C0456DEF9');
    await say("let's stop mirroring portal messages into Slack");
    expect(await stored()).toBe('off');
    await say('go back to the default channel for client messages');
    expect(await stored()).toBeNull();
  });
});
