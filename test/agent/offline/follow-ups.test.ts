// After a draft or an enrichment: "send it" sends the draft this conversation wrote (after the confirmation every
// send needs), and "apply the website findings" / "use the phone from the enrichment" apply the proposals.
import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseCommand } from '../../../src/agent/offline/parse/parse-command';
import { confirmApproval, runAgent } from '../../../src/agent/run-agent';
import { clients, outreachDrafts } from '../../../src/db/schema';
import { createClient } from '../../../src/domain/clients/create-client';
import { agentFixture, type AgentFixture } from '../setup';

const today = new Date('2026-11-22T00:00:00Z');
const calls = (text: string, memory = {}) => {
  const d = parseCommand(text, { today, memory });
  return d.kind === 'calls' ? d.calls : d.text;
};
const drafted = { client: 'Atlas Freight', draft: { id: 7, client: 'Atlas Freight' } };

describe('sending the draft: sendOutreach with the id of the draft in this conversation', () => {
  it.each(['send it', 'send the draft to Atlas', 'looks good, send it', 'yes, send the email now', 'send Atlas Freight the draft', 'go ahead and send it'])('%s', (text) => {
    expect(calls(text, drafted)).toEqual([{ tool: 'sendOutreach', args: { draftId: 7 } }]);
  });

  it('asks instead of guessing when there is no draft, or the draft is for another client', () => {
    expect(calls('send it')).toMatch(/draft outreach to/);
    expect(calls('send the draft to Hooli', drafted)).toMatch(/for Atlas Freight.*draft outreach to Hooli/);
  });

  it('keeps portal invitations and new messages apart from sending a draft', () => {
    expect(calls('send them a portal invite', drafted)).toEqual([{ tool: 'invitePortal', args: { client: 'Atlas Freight' } }]);
    expect(calls('send an email to Hooli to offer a discount', drafted)).toEqual([{ tool: 'draftOutreach', args: { client: 'Hooli', goal: 'offer a discount' } }]);
    expect(calls('draft an email to Hooli and send it')).toEqual([{ tool: 'draftOutreach', args: { client: 'Hooli' } }]);
  });
});

describe('applying website findings: applyEnrichment, with fields (and overwrite) when named', () => {
  it.each([
    ['apply the website findings for Atlas Freight', {}, { client: 'Atlas Freight' }],
    ['accept the enrichment', { client: 'Atlas Freight' }, { client: 'Atlas Freight' }],
    ['apply everything you found to Hooli', {}, { client: 'Hooli' }],
    ['use the phone from the enrichment', { client: 'Atlas Freight' }, { client: 'Atlas Freight', fields: ['phone'] }],
    ['take the industry and address from the website for Hooli', {}, { client: 'Hooli', fields: ['industry', 'address'] }],
    ['grab the billing email off their site', { client: 'Hooli' }, { client: 'Hooli', fields: ['billingEmail'] }],
    ['overwrite the industry with the one from the website', { client: 'Hooli' }, { client: 'Hooli', fields: ['industry'], overwrite: ['industry'] }],
    ["replace Hooli's phone number with the website's", {}, { client: 'Hooli', fields: ['phone'], overwrite: ['phone'] }],
  ])('%s', (text, memory, args) => {
    expect(calls(text, memory)).toEqual([{ tool: 'applyEnrichment', args }]);
  });

  it('"apply them" alone names nothing to apply', () => {
    expect(typeof calls('apply them', { client: 'Hooli' })).toBe('string');
  });
});

describe('follow-ups through the agent loop (offline model)', () => {
  let fx: AgentFixture;
  beforeEach(async () => { fx = await agentFixture(); });
  afterEach(() => fx.deps.testDb.cleanup());
  const say = (text: string) => runAgent({ deps: fx.deps, ctx: fx.ctxFor('manager'), conversationId: 'follow-ups', text, surface: 'web' });

  it('"send it" after a draft asks for confirmation, then emails the primary contact once', async () => {
    await createClient({ ctx: fx.ctxFor('owner'), input: { name: 'Dormant Ltd', status: 'inactive', contactName: 'Dora Dorm', email: 'dora@dormant.example' } });
    const draft = await say('write Dormant Ltd a note to win them back');
    expect(draft.results[0]).toMatchObject({ toolName: 'draftOutreach', result: { ok: true } });
    const turn = await say('looks good, send it');
    expect(turn.approvals).toHaveLength(1);
    expect(turn.approvals[0].toolName).toBe('sendOutreach');
    expect(fx.deps.mailer.sent).toHaveLength(0);
    await confirmApproval({ deps: fx.deps, ctx: fx.ctxFor('manager'), approvalId: turn.approvals[0].id });
    expect(fx.deps.mailer.sent.map((m) => m.to)).toEqual(['dora@dormant.example']);
    const [row] = await fx.deps.db.select().from(outreachDrafts);
    expect(row.status).toBe('sent');
  });

  it('"use the industry from the website" after an enrichment stores the proposed industry', async () => {
    await createClient({ ctx: fx.ctxFor('owner'), input: { name: 'Stark Industries', website: 'stark.example' } });
    await fx.deps.db.update(clients).set({ enrichmentData: { fetchedAt: '2026-11-01T00:00:00.000Z', pages: [], findings: {},
      proposals: [{ field: 'industry', label: 'Industry', value: 'Defense', current: null, conflict: false }] } }).where(eq(clients.name, 'Stark Industries'));
    await say('show Stark Industries');
    const turn = await say('use the industry from the website');
    expect(turn.results[0]).toMatchObject({ toolName: 'applyEnrichment', input: { client: 'Stark Industries', fields: ['industry'] }, result: { ok: true } });
    const [row] = await fx.deps.db.select().from(clients).where(eq(clients.name, 'Stark Industries'));
    expect(row.industry).toBe('Defense');
  });
});
