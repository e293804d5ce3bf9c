// Quotes in the domain: drafted with an invoice's currency rules, emailed to the portal contacts, accepted or
// declined once by a contact of that client (accepting starts the project), refused when expired; every change
// in the history and undoable.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listActivity } from '../../../src/domain/activity/list-activity';
import { undoActivity } from '../../../src/domain/activity/undo-activity';
import { getClientView } from '../../../src/domain/clients/get-client-view';
import { createQuote } from '../../../src/domain/quotes/create-quote';
import { acceptQuote, declineQuote } from '../../../src/domain/quotes/decide-quote';
import { getPortalQuote, listPortalQuotes } from '../../../src/domain/quotes/portal-quotes';
import { sendQuote } from '../../../src/domain/quotes/send-quote';
import { updateClient } from '../../../src/domain/clients/update-client';
import { createClient } from '../../../src/domain/clients/create-client';
import { deleteClient } from '../../../src/domain/clients/delete-client';
import { clients, projects, quotes } from '../../../src/db/schema';
import type { TestDb } from '../../support/db';
import { testCtx } from '../../support/factories';
import { contactCtx, type PortalSeed, seededPortalDb } from '../portal/seed-portal';

let db: TestDb, s: PortalSeed;
beforeAll(async () => { ({ db, s } = await seededPortalDb()); });
afterAll(() => db.cleanup());

const NOW = new Date('2026-11-22T10:00:00Z');
const manager = (now = NOW) => testCtx(db.db, s.ws.actors.manager, { now });
const contact = (who: { id: number; clientId: number; name: string | null }, now = NOW) => contactCtx(db.db, s.ws.workspaceId, who, now);
const quoteRow = async (id: number) => (await db.db.select().from(quotes).where(eq(quotes.id, id)))[0];

describe('creating a quote', () => {
  it('numbers quotes per workspace and takes the workspace currency, valid for 30 days by default', async () => {
    const a = await createQuote({ ctx: manager(), input: { client: 'Acme', title: 'Website redesign', amount: 5000 } });
    const b = await createQuote({ ctx: manager(), input: { client: 'Globex', title: 'Logo', amount: '1,250.50', validUntil: '2026-12-01' } });
    expect(a.quote).toMatchObject({ number: 'Q-0001', title: 'Website redesign', amount: 5000, currency: 'USD', validUntil: '2026-12-22', status: 'draft', state: 'draft' });
    expect(b.quote).toMatchObject({ number: 'Q-0002', amount: 1250.5, validUntil: '2026-12-01' });
    // Another workspace starts its own numbering.
    const other = await createQuote({ ctx: testCtx(db.db, s.other.actors.owner), input: { client: 'Initech', title: 'Audit', amount: 10 } });
    expect(other.quote.number).toBe('Q-0001');
    const { activities } = await listActivity({ ctx: manager(), input: { client: 'Acme', limit: 3 } });
    expect(activities[0].summary).toBe('Drafted the quote Q-0001 "Website redesign" ($5,000.00) for Acme Corp, valid until 2026-12-22');
  });

  it("takes the client's own billing currency before the workspace's, and a given one before both", async () => {
    await updateClient({ ctx: manager(), input: { client: 'Globex', currency: 'EUR' } });
    const q = await createQuote({ ctx: manager(), input: { client: 'Globex', title: 'Retainer', amount: 900 } });
    expect(q.quote.currency).toBe('EUR');
    const given = await createQuote({ ctx: manager(), input: { client: 'Globex', title: 'Hosting', amount: 90, currency: 'gbp' } });
    expect(given.quote.currency).toBe('GBP');
  });

  it('refuses a bad amount, a past valid-until day, a missing title, and members without client access', async () => {
    const bad = (input: Record<string, unknown>) => createQuote({ ctx: manager(), input: { client: 'Acme', title: 'X', amount: 10, ...input } });
    await expect(bad({ amount: -5 })).rejects.toMatchObject({ code: 'invalid', issues: [{ field: 'amount', message: 'must be more than zero' }] });
    await expect(bad({ amount: 'lots' })).rejects.toMatchObject({ code: 'invalid', issues: [{ field: 'amount' }] });
    await expect(bad({ amount: 10.555 })).rejects.toMatchObject({ issues: [{ field: 'amount', message: 'can have at most two decimals' }] });
    await expect(bad({ validUntil: '2026-11-21' })).rejects.toMatchObject({ issues: [{ field: 'validUntil', message: 'cannot be in the past (today is 2026-11-22)' }] });
    await expect(bad({ title: '  ' })).rejects.toMatchObject({ issues: [{ field: 'title' }] });
    await expect(createQuote({ ctx: testCtx(db.db, s.ws.actors.member), input: { client: 'Acme', title: 'X', amount: 1 } })).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('undoing the creation of a draft removes it', async () => {
    const q = await createQuote({ ctx: manager(), input: { client: 'Acme', title: 'Oops', amount: 1 } });
    await undoActivity({ ctx: manager(), input: { activityId: q.activityId } });
    expect(await quoteRow(q.quote.id)).toBeUndefined();
  });
});

describe('sending a quote', () => {
  it("emails the client's portal contacts with an email, marks it sent, and shows it in their portal", async () => {
    const ctx = manager();
    const q = await createQuote({ ctx, input: { client: 'Acme', title: 'Mobile app', amount: 12000 } });
    expect(await listPortalQuotes({ ctx: contact(s.jane) })).toEqual([]);
    const r = await sendQuote({ ctx, input: { quote: q.quote.number } });
    expect(r.sentTo.map((t) => t.email).sort()).toEqual(['jane@acme.test', 'raj@acme.test']);
    expect(ctx.mailer.sent.map((m) => m.to).sort()).toEqual(['jane@acme.test', 'raj@acme.test']);
    const mail = ctx.mailer.sent.find((m) => m.to === 'jane@acme.test')!;
    expect(mail.subject).toBe(`Northwind Studio sent you a quote: Mobile app (${q.quote.number})`);
    expect(mail.text).toContain('$12,000.00');
    expect(mail.text).toContain('Jane Doe');
    expect(mail.links).toEqual(['http://localhost:8787/portal']);
    expect(r.quote).toMatchObject({ status: 'sent', state: 'sent' });
    expect((await listPortalQuotes({ ctx: contact(s.jane) })).map((x) => x.number)).toContain(q.quote.number);
    // Globex's contact sees none of Acme's quotes.
    expect((await listPortalQuotes({ ctx: contact(s.hank) })).map((x) => x.number)).not.toContain(q.quote.number);
    // Sent again the same day (a reminder): emailed again, and the history says so.
    const again = await sendQuote({ ctx, input: { quote: q.quote.number } });
    expect(again.again).toBe(true);
    expect(ctx.mailer.sent).toHaveLength(4);
    const { activities } = await listActivity({ ctx, input: { client: 'Acme', limit: 1 } });
    expect(activities[0].summary).toMatch(new RegExp(`^Sent again the quote ${q.quote.number} "Mobile app"`));
  });

  it('finds the quote by the client when it has only one open quote, and asks which one when several', async () => {
    const ctx = manager();
    // Acme has one open draft left from above (Q-0001) plus the sent Mobile app one: two open quotes.
    await expect(sendQuote({ ctx, input: { quote: 'Acme' } })).rejects.toMatchObject({ code: 'ambiguous' });
    await expect(sendQuote({ ctx, input: { quote: 'Q-0999' } })).rejects.toMatchObject({ code: 'not_found' });
    const initech = testCtx(db.db, s.other.actors.owner);
    const r = await sendQuote({ ctx: initech, input: { quote: 'Initech' } });
    expect(r.quote.number).toBe('Q-0001');
    expect(initech.mailer.sent.map((m) => m.to)).toEqual(['bill@initech.test']);
  });

  it('refuses when nobody can receive it, and undo takes a sent quote out of the portal', async () => {
    const ctx = manager();
    const q = await createQuote({ ctx, input: { client: 'Globex', title: 'Video', amount: 300 } });
    await db.db.update(clients).set({ portalEnabled: false }).where(eq(clients.id, s.globex.id));
    await expect(sendQuote({ ctx, input: { quote: q.quote.number } })).rejects.toThrow(/portal is off for Globex/);
    await db.db.update(clients).set({ portalEnabled: true }).where(eq(clients.id, s.globex.id));
    const sent = await sendQuote({ ctx, input: { quote: q.quote.number } });
    expect((await listPortalQuotes({ ctx: contact(s.hank) })).map((x) => x.id)).toContain(q.quote.id);
    await undoActivity({ ctx, input: { activityId: sent.activityId } });
    expect(await quoteRow(q.quote.id)).toMatchObject({ status: 'draft', sentAt: null });
    expect((await listPortalQuotes({ ctx: contact(s.hank) })).map((x) => x.id)).not.toContain(q.quote.id);
  });
});

async function sentQuote(client: string, title: string, opts: { validUntil?: string } = {}) {
  const q = await createQuote({ ctx: manager(), input: { client, title, amount: 2500, ...opts } });
  await sendQuote({ ctx: manager(), input: { quote: q.quote.number } });
  return q.quote;
}

describe('accepting and declining from the portal', () => {
  it('accepting starts the project named after the quote, links it, and tells the team in the history', async () => {
    const q = await sentQuote('Acme', 'Brand book');
    const r = await acceptQuote({ ctx: contact(s.jane), input: { id: q.id, comment: 'Go ahead!' } });
    expect(r.quote).toMatchObject({ status: 'accepted', comment: 'Go ahead!', projectName: 'Brand book' });
    const [project] = await db.db.select().from(projects).where(eq(projects.id, r.project!.id));
    expect(project).toMatchObject({ clientId: s.acme.id, name: 'Brand book', status: 'active' });
    expect(await quoteRow(q.id)).toMatchObject({ projectId: project.id, decidedByContactId: s.jane.id });
    const { activities } = await listActivity({ ctx: manager(), input: { client: 'Acme', limit: 1 } });
    expect(activities[0]).toMatchObject({
      channel: 'portal', actorName: 'Jane Doe',
      summary: `Jane Doe accepted the quote ${q.number} "Brand book" ($2,500.00) in the Acme Corp portal; started the project Brand book: "Go ahead!"`,
    });
    // The client page's view shows it accepted with its project; the portal no longer lists it as pending.
    const view = await getClientView(db.db, manager(), s.acme.id);
    expect(view.quotes.find((x) => x.id === q.id)).toMatchObject({ state: 'accepted', projectName: 'Brand book' });
    expect(view.projects.map((p) => p.name)).toContain('Brand book');
    expect((await listPortalQuotes({ ctx: contact(s.raj) })).map((x) => x.id)).not.toContain(q.id);
  });

  it('a decided quote cannot be decided again, by anyone', async () => {
    const q = await sentQuote('Acme', 'Decide once');
    await declineQuote({ ctx: contact(s.raj), input: { id: q.id, comment: 'Too expensive' } });
    await expect(acceptQuote({ ctx: contact(s.jane), input: { id: q.id } })).rejects.toMatchObject({ code: 'conflict', message: expect.stringMatching(/already declined/) });
    await expect(declineQuote({ ctx: contact(s.raj), input: { id: q.id } })).rejects.toMatchObject({ code: 'conflict' });
    expect(await quoteRow(q.id)).toMatchObject({ status: 'declined', comment: 'Too expensive', projectId: null });
  });

  it('an expired quote cannot be accepted, with a clear reason', async () => {
    const q = await sentQuote('Acme', 'Short offer', { validUntil: '2026-11-25' });
    const later = new Date('2026-11-26T09:00:00Z');
    await expect(acceptQuote({ ctx: contact(s.jane, later), input: { id: q.id } }))
      .rejects.toMatchObject({ code: 'expired', message: `Quote ${q.number} expired on 2026-11-25, so it can no longer be accepted. Ask for a new quote.` });
    expect((await listPortalQuotes({ ctx: contact(s.jane, later) })).map((x) => x.id)).not.toContain(q.id);
    expect(await quoteRow(q.id)).toMatchObject({ status: 'sent', projectId: null });
    // On its last day it still can.
    const onTime = await acceptQuote({ ctx: contact(s.jane, new Date('2026-11-25T23:00:00Z')), input: { id: q.id } });
    expect(onTime.quote.status).toBe('accepted');
  });

  it("another client's contact, a draft, and a made-up id are all not found", async () => {
    const q = await sentQuote('Acme', 'Not yours');
    await expect(acceptQuote({ ctx: contact(s.hank), input: { id: q.id } })).rejects.toMatchObject({ code: 'not_found' });
    await expect(getPortalQuote({ ctx: contact(s.hank), input: { id: q.id } })).rejects.toMatchObject({ code: 'not_found' });
    const draft = await createQuote({ ctx: manager(), input: { client: 'Acme', title: 'Still a draft', amount: 5 } });
    await expect(acceptQuote({ ctx: contact(s.jane), input: { id: draft.quote.id } })).rejects.toMatchObject({ code: 'not_found' });
    await expect(declineQuote({ ctx: contact(s.jane), input: { id: 'abc' } })).rejects.toMatchObject({ code: 'not_found' });
    // Team members do not decide for the client.
    await expect(acceptQuote({ ctx: manager(), input: { id: q.id } })).rejects.toMatchObject({ code: 'forbidden' });
    expect(await quoteRow(q.id)).toMatchObject({ status: 'sent' });
  });

  it('a second project of the same name is told apart by the quote number; undoing the acceptance removes it again', async () => {
    const q = await sentQuote('Acme', 'Brand book');
    const r = await acceptQuote({ ctx: contact(s.jane), input: { id: q.id } });
    expect(r.project!.name).toBe(`Brand book (${q.number})`);
    await undoActivity({ ctx: manager(), input: { activityId: r.activityId } });
    expect(await quoteRow(q.id)).toMatchObject({ status: 'sent', projectId: null, decidedAt: null });
    expect(await db.db.select().from(projects).where(eq(projects.id, r.project!.id))).toEqual([]);
    expect((await listPortalQuotes({ ctx: contact(s.jane) })).map((x) => x.id)).toContain(q.id);
  });
});

describe('a deleted client', () => {
  it('takes its quotes with it, and undoing the deletion brings them back as they were', async () => {
    const owner = testCtx(db.db, s.ws.actors.owner, { now: NOW });
    await createClient({ ctx: owner, input: { name: 'Gone Soon', contactName: 'Gail', email: 'gail@gone.test' } });
    const q = await createQuote({ ctx: owner, input: { client: 'Gone Soon', title: 'Pilot', amount: 700 } });
    await sendQuote({ ctx: owner, input: { quote: q.quote.number } });
    const del = await deleteClient({ ctx: owner, input: { client: 'Gone Soon' } });
    expect(await quoteRow(q.quote.id)).toBeUndefined();
    await undoActivity({ ctx: owner, input: { activityId: del.activityId } });
    expect(await quoteRow(q.quote.id)).toMatchObject({ number: q.quote.number, status: 'sent', title: 'Pilot', amountCents: 70000 });
    expect((await quoteRow(q.quote.id)).sentAt).toBeInstanceOf(Date);
  });
});
