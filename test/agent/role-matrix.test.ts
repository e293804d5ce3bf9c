// L1: every registered tool x every role, forced by the mock model. Members are refused by every tool; managers
// manage clients but cannot delete them; owners and admins may do everything (destructive tools after confirmation).
// Refusals reach the model as tool errors, never as exceptions, and change nothing.
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { confirmApproval, runAgent } from '../../src/agent/run-agent';
import { ROLES, type Role } from '../../src/context';
import { activities, clients } from '../../src/db/schema';
import { draftOutreach } from '../../src/domain/outreach/draft-outreach';
import { archiveClient } from '../../src/domain/clients/archive-client';
import { createClient } from '../../src/domain/clients/create-client';
import { addContact } from '../../src/domain/contacts/add-contact';
import { createInvoice } from '../../src/domain/ledger/create-invoice';
import { addNote } from '../../src/domain/clients/add-note';
import { importCsv } from '../../src/domain/imports/import-csv';
import { addDocument } from '../../src/domain/documents/add-document';
import { createGroup } from '../../src/domain/settings/create-group';
import { toolList } from '../../tools/index';
import { alwaysConfirmed, classifyCall } from '../../tools/risk';
import type { ToolName, ToolResult } from '../../tools/types';
import { commandedModel } from './mock-model';
import { agentFixture, type AgentFixture } from './setup';

// One valid input per contract tool, each on its own record so the runs do not disturb each other.
const INPUTS: Record<ToolName, Record<string, unknown>> = {
  createClient: { name: 'Umbrella Corp' },
  updateClient: { client: 'Acme Corp', status: 'active' },
  findClients: { query: 'acme' },
  listAttention: { show: 'unpaid', scope: 'workspace' },
  listActivity: { client: 'Acme Corp' },
  showClient: { client: 'Acme Corp' },
  addNote: { client: 'Acme Corp', text: 'Called about the renewal.' },
  addFollowUp: { client: 'Acme Corp', text: 'Call about the renewal', due: '2026-12-11' },
  completeFollowUp: { client: 'Acme Corp' },
  listFollowUps: { scope: 'workspace' },
  updateFollowUp: { client: 'Acme Corp', due: '2026-12-18' },
  archiveClient: { client: 'Hooli' },
  archiveClients: { query: 'Bulkhead' },
  unarchiveClient: { client: 'Globex' },
  deleteClient: { client: 'Initech' },
  addContact: { client: 'Acme Corp', name: 'Carol Doe', email: 'carol@acme.io' },
  updateContact: { client: 'Acme Corp', contact: 'Jane', jobTitle: 'CFO' },
  removeContact: { client: 'Acme Corp', contact: 'Bob' },
  invitePortal: { client: 'Stark Industries' },
  setPortalAccess: { client: 'Stark Industries', enabled: false },
  regeneratePortalLink: { client: 'Stark Industries' },
  draftOutreach: { client: 'Dormant Ltd' },
  enrichClient: { client: 'Stark Industries' },
  exportCsv: { status: 'lead' },
  createProject: { client: 'Acme Corp', name: 'Website relaunch' },
  createInvoice: { client: 'Acme Corp', amount: 1500 },
  recordPayment: { client: 'Acme Corp', amount: 100 },
  createGroup: { name: 'Agencies', currency: 'EUR' },
  updateGroup: { group: 'Retail', paymentTerms: 14 },
  updateWorkspace: { currency: 'GBP' },
  explainSettings: { client: 'Acme Corp', setting: 'currency' },
  inviteMember: { email: 'newcomer@studio.test', role: 'manager' },
  setMemberRole: { member: 'Member', role: 'manager' },
  removeMember: { member: 'Manager', reassignTo: 'me' },
  // The draft and the proposals are seeded below (ids start at 1 in each role's fresh database).
  sendOutreach: { draftId: 1 },
  applyEnrichment: { client: 'Stark Industries', fields: ['industry'] },
  // The import's id is random: both are filled in below once the owner has uploaded the dry run.
  importCsv: {},
  applyImport: {},
  // Issue 14. A path is read only in the terminal, so addDocument is refused on this (web) surface for every role.
  addDocument: { client: 'Acme Corp', file: './brief.pdf' },
  shareDocument: { client: 'Acme Corp', document: 'Brief', shared: true },
  deleteDocument: { client: 'Acme Corp', document: 'Contract' },
  // (Hooli's own invoice: Acme's is paid on and sent by the rows above and below.)
  voidInvoice: { invoice: 'INV-0002' },
  deleteNote: { client: 'Acme Corp', note: 'last' },
  createQuote: { client: 'Acme Corp', title: 'Website relaunch', amount: 12000 },
  sendQuote: { quote: 'Q-0001' },
  sendInvoice: { invoice: 'INV-0001' },
  messageClient: { client: 'Stark Industries', text: 'Your brief is in the portal.' },
};
const PDF = new TextEncoder().encode('%PDF-1.4 test');

const mayRun = (role: Role, name: ToolName) => {
  const tool = toolList.find((t) => t.name === name)!;
  return role !== 'member' && (tool.roles ?? ['owner', 'admin', 'manager']).includes(role);
};

describe.each(ROLES)('as %s', (role) => {
  let fx: AgentFixture;
  const commands = commandedModel();
  beforeAll(async () => {
    fx = await agentFixture(commands.model);
    // Enrichment must not reach the internet from a test.
    fx.deps.fetch = async () => new Response('not here', { status: 404 });
    const owner = fx.ctxFor('owner');
    for (const name of ['Acme Corp', 'Hooli', 'Globex', 'Initech']) await createClient({ ctx: owner, input: { name } });
    await createClient({ ctx: owner, input: { name: 'Stark Industries', website: 'stark.example', email: 'tony@stark.example' } });
    await addContact({ ctx: owner, input: { client: 'Acme Corp', name: 'Jane Roe', email: 'jane@acme.io' } });
    await addContact({ ctx: owner, input: { client: 'Acme Corp', name: 'Bob Poe', email: 'bob@acme.io' } });
    await addContact({ ctx: owner, input: { client: 'Stark Industries', name: 'Pepper Potts', email: 'pepper@stark.example' } });
    await archiveClient({ ctx: owner, input: { client: 'Globex' } });
    // Outreach is for inactive or past clients with a primary contact to write to.
    await createClient({ ctx: owner, input: { name: 'Dormant Ltd', status: 'inactive', contactName: 'Dora Dorm', email: 'dora@dormant.example' } });
    await draftOutreach({ ctx: owner, input: { client: 'Dormant Ltd' } });
    await fx.deps.db.update(clients).set({ enrichmentData: { fetchedAt: '2026-11-01T00:00:00.000Z', pages: [], findings: {},
      proposals: [{ field: 'industry', label: 'Industry', value: 'Defense', current: null, conflict: false }] } }).where(eq(clients.name, 'Stark Industries'));
    await createInvoice({ ctx: owner, input: { client: 'Acme Corp', amount: 500 } });
    await createInvoice({ ctx: owner, input: { client: 'Hooli', amount: 200 } });
    await createGroup({ ctx: owner, input: { name: 'Retail' } });
    await createClient({ ctx: owner, input: { name: 'Bulkhead Ltd' } });
    for (const title of ['Brief', 'Contract']) await addDocument({ ctx: owner, input: { client: 'Acme Corp', title, file: { name: `${title}.pdf`, bytes: PDF } } });
    const upload = await importCsv({ ctx: owner, input: { content: 'Company,Email\nWayne Enterprises,bruce@wayne.example\n', filename: 'wayne.csv' } });
    INPUTS.importCsv = { importId: upload.importId };
    INPUTS.applyImport = { importId: upload.importId };
  });
  afterAll(() => fx.deps.testDb.cleanup());

  async function force(name: ToolName): Promise<{ result: ToolResult; approved: boolean }> {
    commands.next([{ toolName: name, input: INPUTS[name] }]);
    const ctx = fx.ctxFor(role);
    const turn = await runAgent({ deps: fx.deps, ctx, conversationId: `matrix-${name}`, text: `run ${name}`, surface: 'web' });
    if (turn.approvals.length) {
      expect(turn.results).toEqual([]);
      const confirmed = await confirmApproval({ deps: fx.deps, ctx, approvalId: turn.approvals[0].id });
      return { result: confirmed.results[0].result, approved: true };
    }
    expect(turn.results).toHaveLength(1);
    expect(turn.results[0].toolName).toBe(name);
    return { result: turn.results[0].result, approved: false };
  }

  it.each(toolList.map((t) => t.name))(`${role} x %s`, async (name) => {
    expect(INPUTS[name], `no matrix input for ${name}`).toBeDefined();
    // An upload is applied by the member who shared it (or an owner/admin): each role applies its own.
    if (name === 'applyImport' && mayRun(role, 'importCsv')) {
      const mine = await importCsv({ ctx: fx.ctxFor(role), input: { content: `Company,Email\nWayne ${role},bruce@${role}.example\n`, filename: `${role}.csv` } });
      INPUTS.applyImport = { importId: mine.importId };
    }
    // A note is deleted by its author (or an owner/admin): each role deletes one of its own.
    if (name === 'deleteNote' && mayRun(role, 'addNote')) await addNote({ ctx: fx.ctxFor(role), input: { client: 'Acme Corp', text: `Note by the ${role}` } });
    const [{ n: before }] = await fx.deps.db.select({ n: count() }).from(activities);
    // What this call does (its risk class) decides whether it waits for a click.
    const waits = alwaysConfirmed(await classifyCall(toolList.find((t) => t.name === name)!, { ctx: fx.ctxFor(role), input: INPUTS[name], place: `matrix-${name}` }));
    const { result, approved } = await force(name);
    if (name === 'addDocument') {
      expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    } else if (mayRun(role, name)) {
      expect(result.ok, JSON.stringify(result)).toBe(true);
      expect(approved).toBe(waits);
    } else {
      expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(approved).toBe(false);
      const [{ n: after }] = await fx.deps.db.select({ n: count() }).from(activities);
      expect(after).toBe(before);
    }
  });

  it('matches the expected matrix for the roles that matter most', () => {
    expect(toolList.every((t) => !mayRun('member', t.name))).toBe(true);
    expect(mayRun('manager', 'deleteClient')).toBe(false);
    expect(mayRun('admin', 'deleteClient')).toBe(true);
    expect(mayRun('manager', 'removeContact')).toBe(true);
    expect(toolList.length).toBeGreaterThanOrEqual(14);
  });
});
