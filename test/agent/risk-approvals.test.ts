// The risk classes from the person's side: plain reads and writes run at once; what grants access or sends
// waits for a click, and the click runs exactly what it showed (an edited email or argument runs nothing).
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { confirmApproval } from '../../src/agent/run-agent';
import { approvals, clients, contacts, outreachDrafts } from '../../src/db/schema';
import { updateContact } from '../../src/domain/contacts/update-contact';
import { updateOutreachDraft } from '../../src/domain/outreach/update-outreach-draft';
import { type OwnerChat, startOwnerChat, type World } from './injection.support';

let w: World, owner: OwnerChat['owner'], ask: OwnerChat['ask'];
beforeAll(async () => { ({ w, owner, ask } = await startOwnerChat('risk')); });
afterAll(() => w.close());

const client = async (name: string) => (await w.deps.db.select().from(clients).where(eq(clients.name, name)))[0];

describe('happy: the person is not slowed down', () => {
  it('a plain read and a plain write run at once, with no confirmation and no outside-text mark', async () => {
    const read = await ask([{ name: 'findClients', args: { query: 'beta' } }]);
    expect(read.approvals).toEqual([]);
    expect(read.results[0].result).toMatchObject({ ok: true, data: { kind: 'clients', total: 1 } });
    expect(read.results[0].result).not.toHaveProperty('thirdParty');
    const write = await ask([{ name: 'updateClient', args: { client: 'Beta Labs', status: 'active' } }]);
    expect(write.approvals).toEqual([]);
    expect((await client('Beta Labs')).status).toBe('active');
  });

  it('reading a client the team wrote, then changing it, in one turn, needs no click', async () => {
    const turn = await ask([{ name: 'showClient', args: { client: 'Beta Labs' } }, { name: 'updateClient', args: { client: 'Beta Labs', industry: 'Biotech' } }]);
    expect(turn.approvals).toEqual([]);
    expect((await client('Beta Labs')).industry).toBe('Biotech');
  });

  it('turning the portal off, a contact without an email and an export in the web chat run at once', async () => {
    const turn = await ask([
      { name: 'setPortalAccess', args: { client: 'Beta Labs', enabled: false } },
      { name: 'addContact', args: { client: 'Beta Labs', name: 'Ann Lee' } },
      { name: 'exportCsv', args: { status: 'active' } },
    ]);
    expect(turn.approvals).toEqual([]);
    expect(turn.results.map((r) => [r.toolName, r.result.ok])).toEqual([['setPortalAccess', true], ['addContact', true], ['exportCsv', true]]);
  });

  it('a new email on a portal contact waits; the same change on a contact without portal access does not', async () => {
    const portal = await ask([{ name: 'updateContact', args: { client: 'Acme Corp', contact: 'jane@acme.io', email: 'jane.roe@acme.io' } }]);
    expect(portal.approvals[0]).toMatchObject({ toolName: 'updateContact', summary: 'Update Jane Roe <jane@acme.io> at Acme Corp (#0001): email jane.roe@acme.io' });
    const off = await ask([{ name: 'updateContact', args: { client: 'Acme Corp', contact: 'bob@acme.io', email: 'bob.poe@acme.io' } }]);
    expect(off.approvals).toEqual([]);
    expect(off.results[0].result.ok).toBe(true);
  });
});

describe('error: the click runs only what it showed', () => {
  const sendDraft = () => ask([{ name: 'sendOutreach', args: { draftId: w.draftId } }]);

  it('an email edited after the request, or sent to a new address, is refused and nothing is sent', async () => {
    const edited = await sendDraft();
    expect(edited.approvals[0].summary).toMatch(/^Send the email ".+" \(draft #\d+\) to Dora Dorm <dora@dormant\.example>$/);
    await updateOutreachDraft({ ctx: owner(), input: { draftId: w.draftId, subject: 'Something else entirely' } });
    const refused = await confirmApproval({ deps: w.deps, ctx: owner(), approvalId: edited.approvals[0].id });
    expect(refused.results[0].result).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/changed after it was confirmed/) } });
    expect(w.deps.mailer.sent).toHaveLength(0);

    const readdressed = await sendDraft();
    await updateContact({ ctx: owner(), input: { client: 'Dormant Ltd', contact: 'Dora Dorm', email: 'dora@elsewhere.example' } });
    const refusedAgain = await confirmApproval({ deps: w.deps, ctx: owner(), approvalId: readdressed.approvals[0].id });
    expect(refusedAgain.results[0].result).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(w.deps.mailer.sent).toHaveLength(0);

    const asIs = await sendDraft();
    const sent = await confirmApproval({ deps: w.deps, ctx: owner(), approvalId: asIs.approvals[0].id });
    expect(sent.results[0].result.ok).toBe(true);
    expect(w.deps.mailer.sent.map((m) => [m.to, m.subject])).toEqual([['dora@elsewhere.example', 'Something else entirely']]);
    expect((await w.deps.db.select().from(outreachDrafts))[0].status).toBe('sent');
  });

  it('an argument changed after the request (another email) runs nothing', async () => {
    const turn = await ask([{ name: 'updateContact', args: { client: 'Acme Corp', contact: 'jane@acme.io', email: 'jane@new.example' } }]);
    const id = turn.approvals[0].id;
    const [row] = await w.deps.db.select().from(approvals).where(eq(approvals.id, id));
    await w.deps.db.update(approvals).set({ input: { ...(row.input as object), email: 'evil@attacker.test' } }).where(eq(approvals.id, id));
    const done = await confirmApproval({ deps: w.deps, ctx: owner(), approvalId: id });
    expect(done.results[0].result).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const emails = (await w.deps.db.select({ email: contacts.email }).from(contacts)).map((c) => c.email);
    expect(emails).toContain('jane@acme.io');
    expect(emails).not.toContain('evil@attacker.test');
  });
});
