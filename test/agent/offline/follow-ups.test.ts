// After a draft or an enrichment: "send it" sends the draft this conversation wrote (after the confirmation every
// send needs), and "apply the website findings" / "use the phone from the enrichment" apply the proposals.
import { eq } from 'drizzle-orm';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadCommandReader } from '../../../src/agent/offline/nlu/command-reader';
import type { LanguageModelV4Prompt } from '@ai-sdk/provider';
import { decide } from '../../../src/agent/offline/model';
import { readMessage } from '../../../src/agent/offline/nlu/read-message';
import { confirmApproval, runAgent } from '../../../src/agent/run-agent';
import { clients, outreachDrafts } from '../../../src/db/schema';
import { createClient } from '../../../src/domain/clients/create-client';
import { agentFixture, type AgentFixture } from '../setup';

beforeAll(() => loadCommandReader());

const today = new Date('2026-11-22T00:00:00Z');
const calls = (text: string, memory = {}) => {
  const d = readMessage(text, { today, memory });
  return d.kind === 'calls' ? d.calls : d.text;
};

/** A conversation whose last turn wrote outreach draft 7 for Atlas Freight, then `text`. */
function afterDraft(text: string, earlier = false): LanguageModelV4Prompt {
  const draftTurn: LanguageModelV4Prompt = [
    { role: 'user', content: [{ type: 'text', text: 'draft outreach to Atlas Freight' }] },
    { role: 'assistant', content: [{ type: 'tool-call', toolCallId: 'c1', toolName: 'draftOutreach', input: { client: 'Atlas Freight' } }] },
    { role: 'tool', content: [{ type: 'tool-result', toolCallId: 'c1', toolName: 'draftOutreach',
      output: { type: 'json', value: { ok: true, text: 'Drafted.', data: { kind: 'outreachDraft', draft: { id: 7, clientName: 'Atlas Freight' } } } } }] },
    { role: 'assistant', content: [{ type: 'text', text: 'Here is the draft. Edit it if needed, then send it.' }] },
  ];
  const between: LanguageModelV4Prompt = earlier ? [
    { role: 'user', content: [{ type: 'text', text: 'thanks' }] },
    { role: 'assistant', content: [{ type: 'text', text: 'Anytime.' }] },
  ] : [];
  return [{ role: 'system', content: 'You are answering in the web chat.' }, ...draftTurn, ...between, { role: 'user', content: [{ type: 'text', text }] }];
}
const decided = (prompt: LanguageModelV4Prompt) => decide(prompt, today).map((p) => (p.type === 'tool-call' ? { tool: p.toolName, args: JSON.parse(p.input as string) } : p.type === 'text' ? p.text : p));

describe('sending the draft: sendOutreach with the id of the draft in this conversation', () => {
  it.each(['send it', 'yes', 'go ahead', 'looks good, send it', 'send the email now', 'go ahead and send it'])('%s', (text) => {
    expect(decided(afterDraft(text))).toEqual([{ tool: 'sendOutreach', args: { draftId: 7 } }]);
  });

  it('"send it" a turn later still sends the draft this conversation wrote', () => {
    expect(decided(afterDraft('send it', true))).toEqual([{ tool: 'sendOutreach', args: { draftId: 7 } }]);
  });

  it('asks instead of guessing when there is no draft', () => {
    expect(calls('send it')).toEqual(expect.any(String));
  });

  it('keeps portal invitations and new drafts apart from sending a draft', () => {
    expect(decided(afterDraft('send them a portal invite'))).toEqual([{ tool: 'invitePortal', args: { client: 'Atlas Freight' } }]);
    expect(calls('draft an email to Hooli and send it')).toEqual([{ tool: 'draftOutreach', args: { client: 'Hooli' } }]);
  });
});

describe('applying website findings: applyEnrichment for the client named or talked about', () => {
  it.each([
    ['apply the website findings for Atlas Freight', {}, { client: 'Atlas Freight' }],
    ['apply everything you found to Hooli', {}, { client: 'Hooli' }],
    ['accept the enrichment', { client: 'Atlas Freight' }, { client: 'Atlas Freight' }],
  ])('%s', (text, memory, args) => {
    expect(calls(text, memory)).toEqual([{ tool: 'applyEnrichment', args }]);
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

describe('"her" or "him" after a person was named', () => {
  const memory = { client: 'Fernbrook Dairy', contact: { client: 'Fernbrook Dairy', contact: 'Marguerite Olsen' } };
  it('invites or opens the portal for that person, not for every contact of the client', () => {
    expect(calls('now invite her to the portal', memory)).toEqual([{ tool: 'invitePortal', args: { client: 'Fernbrook Dairy', contact: 'Marguerite Olsen' } }]);
    expect(calls('give him portal access', memory)).toEqual([{ tool: 'setPortalAccess', args: { client: 'Fernbrook Dairy', contact: 'Marguerite Olsen', enabled: true } }]);
    expect(calls('invite them to the portal', memory)).toEqual([{ tool: 'invitePortal', args: { client: 'Fernbrook Dairy' } }]);
  });
});

describe('a client named in quotes, after another client was talked about', () => {
  const memory = { client: 'Lowfield Farms' };
  it('is the client meant, never the one talked about', () => {
    expect(calls('delete the duplicate "Lowfield copy"', memory)).toEqual([{ tool: 'deleteClient', args: { client: 'Lowfield copy' } }]);
    expect(calls('delete the duplicate "Lowfield copy"')).toEqual([{ tool: 'deleteClient', args: { client: 'Lowfield copy' } }]);
  });
  it('while a change that names nothing is still about the client talked about', () => {
    expect(calls('set active', memory)).toEqual([{ tool: 'updateClient', args: { client: 'Lowfield Farms', status: 'active' } }]);
    expect(calls('invite to portal', memory)).toEqual([{ tool: 'invitePortal', args: { client: 'Lowfield Farms' } }]);
  });
});

