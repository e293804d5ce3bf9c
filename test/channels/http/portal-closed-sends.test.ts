// While a workspace's client portal is closed (its Slack team uninstalled the app: a signed app_uninstalled event
// through the real Bolt receiver, the team installed through OAuth against the fake Slack), the team cannot send its
// clients a portal invitation, a quote or an invoice: each is refused with its own error (portal_closed) and words
// that say why and what to do, and nothing changes: no email, no sign-in link, no history, the quote and invoice as
// they were. Every surface says the same: the tool runner (chat, Slack, CLI, approvals) and the web client page.
// Another workspace sends as before, and a reinstall lets the team send again.
import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Ctx } from '../../../src/context';
import { makeCtx } from '../../../src/deps';
import { activities, invoices, members, quotes, signInTokens, slackInstallations } from '../../../src/db/schema';
import { invoiceEnvelope } from '../../../src/domain/invoices/prepare-invoice-send';
import { sendInvoice } from '../../../src/domain/invoices/send-invoice';
import { closePortal } from '../../../src/domain/portal/portal-closed';
import { invitePortal } from '../../../src/domain/portal/invite-portal';
import { createQuote } from '../../../src/domain/quotes/create-quote';
import { quoteEnvelope } from '../../../src/domain/quotes/quote-envelope';
import { sendQuote } from '../../../src/domain/quotes/send-quote';
import { PortalClosed } from '../../../src/errors';
import { runTool } from '../../../tools/run-tool';
import { seedClient, seedContact, seedLedger } from '../../domain/portal/seed-portal';
import { startTeamsHarness, TEAM_ONE, TEAM_TWO, type TeamsHarness } from '../slack/many-teams-harness';
import { form, signIn } from './web-session';

let h: TeamsHarness;
beforeEach(async () => { h = await startTeamsHarness(); });
afterEach(() => h.close());

const CLOSED = /^This workspace's portal is closed since Slack was uninstalled; reinstall the app in Slack to (send portal invitations|send quotes|email invoices) again\. Nothing was sent\.$/;

/** An installed team's workspace with a member, a client with a portal contact, an issued invoice and a draft quote. */
async function seedTeam(team = TEAM_ONE, tag = 'ALPHA') {
  expect((await h.install(team)).status).toBeLessThan(400);
  const [row] = await h.deps.db.select().from(slackInstallations).where(eq(slackInstallations.teamId, team.teamId));
  const ws = row.workspaceId;
  const [owner] = await h.deps.db.insert(members).values({ workspaceId: ws, email: `owner@${tag.toLowerCase()}.test`, name: `${tag} Owner`, role: 'owner' }).returning();
  const ctx = makeCtx(h.deps, { kind: 'member', workspaceId: ws, memberId: owner.id, role: 'owner', channel: 'slack', name: owner.name! });
  const client = await seedClient(h.deps.db, ws, `${tag} Works`);
  await seedContact(h.deps.db, ws, client.id, `${tag} Contact`, `contact@${tag.toLowerCase()}.test`, { isPrimary: true });
  const ledger = await seedLedger(h.deps.db, ws, client.id, tag);
  const quote = (await createQuote({ ctx, input: { client: `id:${client.id}`, title: `${tag} redesign`, amount: 4000, validUntil: '2099-12-31' } })).quote;
  return { ws, ctx, client, invoice: ledger.invoices[0], quote };
}

let events = 0;
async function uninstall(team = TEAM_ONE) {
  const raw = JSON.stringify({ token: 'x', team_id: team.teamId, api_app_id: 'A0CLIENTELE', type: 'event_callback', event_id: `EvClosed${++events}`,
    event_time: 1, event: { type: 'app_uninstalled' } });
  expect((await h.send(raw)).status).toBe(200);
  await h.deps.deferrer.drain();
}

/** What a refused send must leave as it was. */
async function snapshot(ws: number, quoteId: number, invoiceId: number) {
  const [q] = await h.deps.db.select().from(quotes).where(eq(quotes.id, quoteId));
  const [i] = await h.deps.db.select().from(invoices).where(eq(invoices.id, invoiceId));
  return {
    mails: h.deps.mailer.sent.length, tokens: (await h.deps.db.select().from(signInTokens)).length,
    history: (await h.deps.db.select().from(activities).where(eq(activities.workspaceId, ws))).length,
    quote: [q.status, q.sentAt], invoice: [i.sentAt, i.sentTo],
  };
}

const tools = (t: Awaited<ReturnType<typeof seedTeam>>) => [
  ['invitePortal', { client: `id:${t.client.id}` }], ['sendQuote', { quote: t.quote.number }], ['sendInvoice', { invoice: t.invoice.number }],
] as const;

describe('a workspace whose portal is closed', () => {
  it('refuses invitations, quotes and invoices in the domain and through the tool runner with portal_closed, and changes nothing', async () => {
    const t = await seedTeam();
    await uninstall();
    const before = await snapshot(t.ws, t.quote.id, t.invoice.id);

    for (const [name, input] of tools(t)) {
      const r = await runTool(t.ctx, name, input);
      expect(r.ok, name).toBe(false);
      if (!r.ok) {
        expect(r.error.code, name).toBe('portal_closed');
        expect(r.error.message, name).toMatch(CLOSED);
      }
    }
    // The verbs themselves, and the confirmations' envelopes (nothing is even offered for a click).
    const verbs: Array<(ctx: Ctx) => Promise<unknown>> = [
      (ctx) => invitePortal({ ctx, input: { client: `id:${t.client.id}` } }), (ctx) => sendQuote({ ctx, input: { quote: t.quote.number } }),
      (ctx) => sendInvoice({ ctx, input: { invoice: t.invoice.number } }), (ctx) => quoteEnvelope(ctx, t.quote.number),
      (ctx) => invoiceEnvelope(ctx, t.invoice.number),
    ];
    for (const verb of verbs) await expect(verb(t.ctx)).rejects.toBeInstanceOf(PortalClosed);
    expect(await snapshot(t.ws, t.quote.id, t.invoice.id)).toEqual(before);
    expect(before.mails).toBe(0);
  });

  it('sends again once the team reinstalls the app; another workspace was never held back', async () => {
    const t = await seedTeam();
    const other = await seedTeam(TEAM_TWO, 'BETA');
    await uninstall();
    for (const [name, input] of tools(other)) expect((await runTool(other.ctx, name, input)).ok, name).toBe(true);
    expect(h.deps.mailer.sent.map((m) => m.to)).toEqual(['contact@beta.test', 'contact@beta.test', 'contact@beta.test']);

    expect((await h.install(TEAM_ONE)).status).toBe(200);
    for (const [name, input] of tools(t)) expect((await runTool(t.ctx, name, input)).ok, name).toBe(true);
    expect(h.deps.mailer.sent.slice(3).map((m) => m.to)).toEqual(['contact@alpha.test', 'contact@alpha.test', 'contact@alpha.test']);
    const [q] = await h.deps.db.select().from(quotes).where(eq(quotes.id, t.quote.id));
    expect(q.status).toBe('sent');
  });

  it('says the same on the web client page (409), whatever button was pressed, and sends nothing', async () => {
    // The deployment's own workspace, its portal closed the way an uninstall closes it, with a team member on the web.
    const ws = h.deps.workspaceId;
    const [member] = await h.deps.db.insert(members).values({ workspaceId: ws, email: 'owner@studio.test', name: 'Sam Owner', role: 'owner' }).returning();
    const cookie = await signIn(h.app, h.deps, 'owner@studio.test');
    const ctx = makeCtx(h.deps, { kind: 'member', workspaceId: ws, memberId: member.id, role: 'owner', channel: 'web', name: 'Sam Owner' });
    const client = await seedClient(h.deps.db, ws, 'Acme Corp');
    await seedContact(h.deps.db, ws, client.id, 'Jane Doe', 'jane@acme.test', { isPrimary: true });
    const invoice = (await seedLedger(h.deps.db, ws, client.id, 'ACME')).invoices[0];
    const quote = (await createQuote({ ctx, input: { client: `id:${client.id}`, title: 'Website', amount: 900, validUntil: '2099-12-31' } })).quote;
    expect(await closePortal(h.deps.db, ws, h.deps.now())).toBe(true);
    const mails = h.deps.mailer.sent.length;
    for (const path of [`/clients/${client.id}/portal/invite`, `/clients/${client.id}/quotes/${quote.id}/send`, `/clients/${client.id}/invoices/${invoice.id}/send`]) {
      const res = await h.app.request(path, { ...form({}), headers: { ...form({}).headers, Cookie: cookie } });
      expect(res.status, path).toBe(409);
      expect(await res.text(), path).toContain('This workspace&#39;s portal is closed since Slack was uninstalled; reinstall the app in Slack to');
    }
    expect(h.deps.mailer.sent.length).toBe(mails);
    const [q] = await h.deps.db.select().from(quotes).where(eq(quotes.id, quote.id));
    expect(q.status).toBe('draft');
  });
});
