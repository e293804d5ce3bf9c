// Client message threads in the domain: who may write where, what a message may be, the history row in the
// same transaction, the batched email to portal contacts, and recording Slack replies exactly once.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activities, clients, messages } from '../../../src/db/schema';
import { listMessages } from '../../../src/domain/messages/list-messages';
import { postPortalMessage } from '../../../src/domain/messages/post-portal-message';
import { postTeamMessage } from '../../../src/domain/messages/post-team-message';
import { recordSlackReply } from '../../../src/domain/messages/record-slack-reply';
import { thirdPartySources } from '../../../tools/third-party';
import type { TestDb } from '../../support/db';
import { testCtx } from '../../support/factories';
import { contactCtx, type PortalSeed, seededPortalDb } from '../portal/seed-portal';

let db: TestDb, s: PortalSeed;
beforeAll(async () => { ({ db, s } = await seededPortalDb()); });
afterAll(() => db.cleanup());

const team = (now?: Date) => testCtx(db.db, s.ws.actors.manager, { now });
const contact = (c: { id: number; clientId: number; name: string | null }, workspaceId = s.ws.workspaceId, now?: Date) => contactCtx(db.db, workspaceId, c, now);
const threadOf = async (clientId: number) => db.db.select().from(messages).where(eq(messages.clientId, clientId)).orderBy(messages.id);

describe('postTeamMessage', () => {
  it('posts to the client thread with a history row and emails its portal contacts the portal link', async () => {
    const ctx = team();
    const r = await postTeamMessage({ ctx, input: { client: 'Acme', text: '  The drafts are in your documents.\r\n\r\nSam  ' } });
    expect(r.message).toMatchObject({ from: 'team', authorName: s.ws.actors.manager.name, body: 'The drafts are in your documents.\n\nSam' });
    expect(r.emailed.sort()).toEqual(['jane@acme.test', 'raj@acme.test']);
    const mail = ctx.mailer.sent.find((m) => m.to === 'jane@acme.test')!;
    expect(mail.subject).toBe('New message from Northwind Studio');
    expect(mail.links).toEqual(['http://localhost:8787/portal/messages']);
    expect(mail.text).toContain('The drafts are in your documents.');
    expect(mail.text).toContain('Hello Jane Doe');
    const [act] = await db.db.select().from(activities).where(and(eq(activities.verb, 'message.posted'), eq(activities.entityId, r.message.id)));
    expect(act).toMatchObject({ clientId: s.acme.id, channel: 'web', summary: `${s.ws.actors.manager.name} wrote to Acme Corp: "The drafts are in your documents."` });
  });

  it('batches emails: no second email while an earlier team message of the hour is unread, a new one once the contact has read', async () => {
    const ctx = team(new Date('2026-11-22T11:00:00Z'));
    const first = await postTeamMessage({ ctx, input: { client: 'Globex', text: 'One' } });
    const second = await postTeamMessage({ ctx, input: { client: 'Globex', text: 'Two' } });
    expect([first.emailed, second.emailed]).toEqual([['hank@globex.test'], []]);
    await listMessages({ ctx: contact(s.hank) });
    const third = await postTeamMessage({ ctx, input: { client: 'Globex', text: 'Three' } });
    expect(third.emailed).toEqual(['hank@globex.test']);
    expect(ctx.mailer.sent.map((m) => m.text.includes('Three'))).toEqual([false, true]);
  });

  it('refuses an empty or too long message, a role without client access, and an archived client; nothing is saved', async () => {
    const before = (await threadOf(s.acme.id)).length;
    await expect(postTeamMessage({ ctx: team(), input: { client: 'Acme', text: ' \n\t ' } })).rejects.toMatchObject({ code: 'invalid' });
    await expect(postTeamMessage({ ctx: team(), input: { client: 'Acme', text: 'x'.repeat(3001) } }))
      .rejects.toMatchObject({ code: 'invalid', message: 'text: is longer than 3000 characters' });
    await expect(postTeamMessage({ ctx: testCtx(db.db, s.ws.actors.member), input: { client: 'Acme', text: 'Hi' } })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(postTeamMessage({ ctx: contact(s.jane), input: { client: 'Acme', text: 'Hi' } })).rejects.toMatchObject({ code: 'forbidden' });
    const [archived] = await db.db.insert(clients).values({ workspaceId: s.ws.workspaceId, number: '9001', name: 'Old Co', nameKey: 'old co', archivedAt: new Date() }).returning();
    await expect(postTeamMessage({ ctx: team(), input: { client: 'Old Co', text: 'Hi' } })).rejects.toMatchObject({ code: 'conflict' });
    expect(await threadOf(s.acme.id)).toHaveLength(before);
    expect(await threadOf(archived.id)).toHaveLength(0);
  });

  it('strips control characters but keeps the text as typed', async () => {
    const r = await postTeamMessage({ ctx: team(), input: { client: 'Acme', text: 'a\u0000b\u202Ec <b>bold</b> & "q"\ttab' } });
    expect(r.message.body).toBe('abc <b>bold</b> & "q"\ttab');
  });
});

describe('postPortalMessage and listMessages', () => {
  it('writes into the contact\'s own client thread only, whatever the input says, as portal activity', async () => {
    const r = await postPortalMessage({ ctx: contact(s.raj), input: { text: 'Thanks! One question.', client: 'Globex', clientId: s.globex.id } });
    expect(r.message).toMatchObject({ clientId: s.acme.id, from: 'client', authorName: 'Raj Patel' });
    const [act] = await db.db.select().from(activities).where(and(eq(activities.verb, 'message.posted'), eq(activities.entityId, r.message.id)));
    expect(act).toMatchObject({ channel: 'portal', actorContactId: s.raj.id, clientId: s.acme.id });
    const mine = await listMessages({ ctx: contact(s.jane) });
    expect(mine.client.id).toBe(s.acme.id);
    expect(mine.messages.every((m) => m.clientId === s.acme.id)).toBe(true);
    expect(mine.messages.at(-1)).toMatchObject({ body: 'Thanks! One question.', from: 'client', authorName: 'Raj Patel' });
    const theirs = await listMessages({ ctx: contact(s.hank) });
    expect(theirs.messages.some((m) => m.body.includes('One question'))).toBe(false);
    // Another workspace's contact sees its own (empty) thread, never this one.
    expect((await listMessages({ ctx: contact(s.bill, s.other.workspaceId) })).messages).toEqual([]);
    // The team reads it by naming the client.
    const seen = await listMessages({ ctx: team(), input: { client: 'Acme' } });
    expect(seen.messages.at(-1)?.body).toBe('Thanks! One question.');
  });

  it('marks a client with portal messages as holding outside text for the model', async () => {
    const sources = await thirdPartySources(team(), 'messageClient', { ok: true, text: 'x', data: { kind: 'message', client: { id: s.acme.id, name: 'Acme Corp' } } });
    expect(sources).toContain("a portal contact's messages");
  });

  it('limits a contact to 30 messages an hour', async () => {
    const at = new Date('2026-11-23T09:00:00Z');
    for (let i = 0; i < 30; i++) await postPortalMessage({ ctx: contact(s.noEmail, undefined, at), input: { text: `m${i}` } });
    await expect(postPortalMessage({ ctx: contact(s.noEmail, undefined, at), input: { text: 'one too many' } })).rejects.toMatchObject({ code: 'rate_limited' });
    // The next hour has a new budget.
    await postPortalMessage({ ctx: contact(s.noEmail, undefined, new Date('2026-11-23T10:00:01Z')), input: { text: 'later' } });
    const bodies = (await threadOf(s.acme.id)).map((m) => m.body);
    expect(bodies).not.toContain('one too many');
    expect(bodies).toContain('later');
  });
});

describe('recordSlackReply', () => {
  it('records a team reply in a client\'s thread once, emails the contacts, and ignores other threads', async () => {
    const [start] = await db.db.insert(messages).values({ workspaceId: s.ws.workspaceId, clientId: s.globex.id, authorContactId: s.hank.id,
      body: 'Can we talk?', slackChannel: 'CMSGS', slackTs: '1700000001.000100', slackThreadTs: '1700000001.000100' }).returning();
    const ctx = testCtx(db.db, { ...s.ws.actors.admin, channel: 'slack' }, { now: new Date('2026-11-24T10:00:00Z') });
    const input = { channel: 'CMSGS', ts: '1700000002.000200', threadTs: start.slackThreadTs!, text: 'Sure, tomorrow at 10?' };
    const first = await recordSlackReply({ ctx, input });
    expect(first).toMatchObject({ recorded: true, client: { id: s.globex.id }, message: { from: 'team', body: 'Sure, tomorrow at 10?' }, emailed: ['hank@globex.test'] });
    expect(await recordSlackReply({ ctx, input })).toEqual({ recorded: false, reason: 'duplicate' });
    expect(await recordSlackReply({ ctx, input: { ...input, ts: '1700000003.1', threadTs: '1699999999.000001' } })).toEqual({ recorded: false, reason: 'not_a_client_thread' });
    const replies = (await threadOf(s.globex.id)).filter((m) => m.body === 'Sure, tomorrow at 10?');
    expect(replies).toHaveLength(1);
    expect(replies[0]).toMatchObject({ authorMemberId: s.ws.actors.admin.memberId, slackChannel: 'CMSGS', slackTs: '1700000002.000200' });
    expect(ctx.mailer.sent).toHaveLength(1);
    const [act] = await db.db.select().from(activities).where(and(eq(activities.verb, 'message.posted'), eq(activities.entityId, replies[0].id)));
    expect(act).toMatchObject({ channel: 'slack', summary: `${s.ws.actors.admin.name} wrote to Globex (from Slack): "Sure, tomorrow at 10?"` });
  });

  it('records nothing for a member without client access or another workspace', async () => {
    const input = { channel: 'CMSGS', ts: '1700000009.000900', threadTs: '1700000001.000100', text: 'Hi' };
    await expect(recordSlackReply({ ctx: testCtx(db.db, { ...s.ws.actors.member, channel: 'slack' }), input })).rejects.toMatchObject({ code: 'forbidden' });
    const other = await import('../../support/factories').then((f) => f.seedWorkspace(db.db, { name: 'Third' }));
    expect(await recordSlackReply({ ctx: testCtx(db.db, { ...other.actors.owner, channel: 'slack' }), input })).toEqual({ recorded: false, reason: 'not_a_client_thread' });
  });

  it('keys a reply on workspace, channel and thread: a Slack Connect channel with the same thread in two workspaces', async () => {
    // Both workspaces' teams share channel CSHARED and see the same ids: each has a client thread at the same ts.
    const shared = { slackChannel: 'CSHARED', slackTs: '1700000100.000100', slackThreadTs: '1700000100.000100', body: 'Hello' };
    await db.db.insert(messages).values([
      { workspaceId: s.ws.workspaceId, clientId: s.acme.id, authorContactId: s.jane.id, ...shared },
      { workspaceId: s.other.workspaceId, clientId: s.initech.id, authorContactId: s.bill.id, ...shared },
    ]);
    const input = { channel: 'CSHARED', ts: '1700000101.000100', threadTs: shared.slackThreadTs, text: 'Answer from here' };
    const mine = await recordSlackReply({ ctx: testCtx(db.db, { ...s.ws.actors.admin, channel: 'slack' }), input });
    expect(mine).toMatchObject({ recorded: true, client: { id: s.acme.id } });
    // The other team's delivery of a message with the same channel and ts is its own, in its own client's thread.
    const theirs = await recordSlackReply({ ctx: testCtx(db.db, { ...s.other.actors.owner, channel: 'slack' }), input: { ...input, text: 'Answer from there' } });
    expect(theirs).toMatchObject({ recorded: true, client: { id: s.initech.id }, emailed: ['bill@initech.test'] });
    expect((await threadOf(s.acme.id)).filter((m) => m.slackChannel === 'CSHARED').map((m) => m.body)).toEqual(['Hello', 'Answer from here']);
    expect((await threadOf(s.initech.id)).map((m) => m.body)).toEqual(['Hello', 'Answer from there']);
  });
});
