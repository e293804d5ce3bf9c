import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activities, outreachDrafts } from '../../../src/db/schema';
import { draftOutreach } from '../../../src/domain/outreach/draft-outreach';
import { factsAsText } from '../../../src/domain/outreach/outreach-facts';
import { sendOutreach } from '../../../src/domain/outreach/send-outreach';
import { requestPortalLink } from '../../../src/domain/portal/request-portal-link';
import { updateOutreachDraft } from '../../../src/domain/outreach/update-outreach-draft';
import type { TestDb } from '../../support/db';
import { seedWorkspace, testCtx, type SeededWorkspace, seededTestDb } from '../../support/factories';
import { seedClient, seedInvoice, seedNote, seedProject } from '../exports/seed';

let t: TestDb;
let ws: SeededWorkspace;
let acmeId: number;
// A team-only note that must never reach a draft (security.md A6).
const SECRET = 'Zebra-Quartz: they still owe us for the rush job, do not mention';
beforeAll(async () => {
  ({ t, ws } = await seededTestDb({ name: 'Northwind Studio' }));
  const acme = await seedClient(t.db, ws.workspaceId, {
    name: 'Acme GmbH', status: 'inactive', industry: 'Manufacturing', lastActivityAt: new Date('2026-03-10T09:00:00Z'),
  }, [{ name: 'Jane Roe', email: 'jane@acme.de', isPrimary: true }, { name: 'Bob', email: 'bob@acme.de' }]);
  acmeId = acme.client.id;
  await seedProject(t.db, ws.workspaceId, acmeId, 'Website relaunch');
  await seedInvoice(t.db, ws.workspaceId, acmeId, 480000, 480000, '2026-02-27');
  await seedNote(t.db, ws.workspaceId, acmeId, 'Planning a spring campaign next year');
  await seedNote(t.db, ws.workspaceId, acmeId, SECRET);
  await seedClient(t.db, ws.workspaceId, { name: 'Busy Ltd', status: 'active' }, [{ name: 'Al', email: 'al@busy.test', isPrimary: true }]);
  await seedClient(t.db, ws.workspaceId, { name: 'Gone Co', status: 'past' });
});
afterAll(() => t.cleanup());

describe('outreach', () => {
  it('drafts a re-engagement email to the primary contact that names the client history', async () => {
    const ctx = testCtx(t.db, ws.actors.manager);
    const { draft, facts } = await draftOutreach({ ctx, input: { client: 'acme' } });
    expect(draft).toMatchObject({ clientName: 'Acme GmbH', to: { name: 'Jane Roe', email: 'jane@acme.de' }, status: 'draft' });
    expect(draft.subject).toBe('Catching up after Website relaunch');
    for (const fact of ['Hi Jane,', 'Website relaunch', 'March 2026', 'February 2026', 'manufacturing', 'Northwind Studio']) {
      expect(draft.body).toContain(fact);
    }
    expect(facts).toMatchObject({ invoiceCount: 1, totalInvoiced: '€4,800', lastInvoiceDate: '2026-02-27', lastContactDate: '2026-03-10' });
    expect(factsAsText(facts)).toContain('Projects: Website relaunch');
    const [row] = await t.db.select().from(outreachDrafts).where(eq(outreachDrafts.id, draft.id));
    expect(row).toMatchObject({ subject: draft.subject, body: draft.body, status: 'draft' });
  });

  it('never puts team-only notes or internal fields in the draft or its facts', async () => {
    const ctx = testCtx(t.db, ws.actors.owner);
    const { draft, facts } = await draftOutreach({ ctx, input: { client: 'acme', goal: 'to check in' } });
    const everything = JSON.stringify({ draft, facts, text: factsAsText(facts) });
    const secrets = ['Zebra-Quartz', 'rush job', 'spring campaign'];
    for (const secret of secrets) expect(everything).not.toContain(secret);
    const found = secrets.filter((s) => everything.includes(s)).length;
    console.log(`A6: ${secrets.length} team-only phrases (a note, internal fields) on an inactive client, ${found} in the offline draft or its facts`);
    // The status label is the team's word for the client, not something to tell them.
    expect(factsAsText(facts)).not.toMatch(/inactive/);
    const [row] = await t.db.select().from(outreachDrafts).where(eq(outreachDrafts.id, draft.id));
    expect(`${row.subject}\n${row.body}`).not.toContain('Zebra-Quartz');
  });

  it('refuses active clients and clients without a primary contact email, with a clear reason', async () => {
    const ctx = testCtx(t.db, ws.actors.manager);
    await expect(draftOutreach({ ctx, input: { client: 'Busy' } })).rejects.toMatchObject({ code: 'conflict', message: expect.stringMatching(/Busy Ltd is active: outreach drafts are for inactive or past clients/) });
    await expect(draftOutreach({ ctx, input: { client: 'Gone' } })).rejects.toMatchObject({ code: 'conflict', message: expect.stringMatching(/no primary contact/) });
    await expect(draftOutreach({ ctx: testCtx(t.db, ws.actors.member), input: { client: 'acme' } })).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('edits, then sends once to the primary contact; the send is in the activity history', async () => {
    const ctx = testCtx(t.db, ws.actors.owner);
    const { draft } = await draftOutreach({ ctx, input: { client: 'acme', goal: 'to offer a maintenance package' } });
    expect(draft.body).toContain('we would like to offer a maintenance package');
    await updateOutreachDraft({ ctx, input: { draftId: draft.id, body: 'Hi Jane,\n\nShall we talk about the spring campaign?\n\nBest,\nSam' } });
    const sent = await sendOutreach({ ctx, input: { draftId: draft.id } });
    expect(sent).toMatchObject({ to: 'jane@acme.de', alreadySent: false });
    const again = await sendOutreach({ ctx, input: { draftId: draft.id } });
    expect(again.alreadySent).toBe(true);
    expect(ctx.mailer.sent).toHaveLength(1);
    expect(ctx.mailer.sent[0]).toMatchObject({ to: 'jane@acme.de', subject: draft.subject, idempotencyKey: `outreach/${draft.id}` });
    expect(ctx.mailer.sent[0].text).toContain('Shall we talk about the spring campaign?');
    const history = await t.db.select().from(activities).where(and(eq(activities.clientId, acmeId), eq(activities.verb, 'outreach.sent')));
    expect(history.map((h) => h.summary)).toEqual([`Sent "${draft.subject}" to Jane Roe <jane@acme.de>`]);
    await expect(updateOutreachDraft({ ctx, input: { draftId: draft.id, subject: 'x' } })).rejects.toMatchObject({ code: 'conflict' });
    const other = await seedWorkspace(t.db, { name: 'Other' });
    await expect(sendOutreach({ ctx: testCtx(t.db, other.actors.owner), input: { draftId: draft.id } })).rejects.toMatchObject({ code: 'not_found' });
  });
});

describe('outreach: the last contact date', () => {
  it('is not moved by a portal link someone asked for on /portal (anyone who knows the address can ask)', async () => {
    const quiet = await seedClient(t.db, ws.workspaceId, { name: 'Quiet Oy', status: 'inactive', lastActivityAt: new Date('2026-04-02T09:00:00Z') },
      [{ name: 'Ulla', email: 'ulla@quiet.test', isPrimary: true }]);
    const form = testCtx(t.db, { kind: 'system', workspaceId: ws.workspaceId, channel: 'system', name: 'portal' }, { now: new Date('2026-11-20T09:00:00Z') });
    expect(await requestPortalLink({ ctx: form, input: { email: 'ulla@quiet.test' } })).toBe(1);
    const { facts } = await draftOutreach({ ctx: testCtx(t.db, ws.actors.manager), input: { client: quiet.client.id } });
    expect(facts.lastContactDate).toBe('2026-04-02');
  });
});
