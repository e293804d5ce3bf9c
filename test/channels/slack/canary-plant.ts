// Team one's canary, shared by the Slack isolation tests: one distinctive string in every field of its clients,
// contacts, notes, documents, projects, quotes, invoices, outreach drafts, messages, groups, a CSV upload, a
// pending approval and its owner. Returns team one's workspace and the ids team two then tries.
import { eq } from 'drizzle-orm';
import { requestApproval } from '../../../src/agent/approvals';
import { makeCtx } from '../../../src/deps';
import { addNote } from '../../../src/domain/clients/add-note';
import { createClient } from '../../../src/domain/clients/create-client';
import { addContact } from '../../../src/domain/contacts/add-contact';
import { addDocument } from '../../../src/domain/documents/add-document';
import { importCsv } from '../../../src/domain/imports/import-csv';
import { createInvoice } from '../../../src/domain/ledger/create-invoice';
import { createProject } from '../../../src/domain/ledger/create-project';
import { postTeamMessage } from '../../../src/domain/messages/post-team-message';
import { draftOutreach } from '../../../src/domain/outreach/draft-outreach';
import { createQuote } from '../../../src/domain/quotes/create-quote';
import { createGroup } from '../../../src/domain/settings/create-group';
import { activities, groups, members, slackInstallations } from '../../../src/db/schema';
import { TEAM_ONE, type TeamsHarness } from './many-teams-harness';

export const CANARY = /qzxcanary/i;

export async function plant(hh: TeamsHarness) {
  const ws = (await hh.deps.db.select().from(slackInstallations).where(eq(slackInstallations.teamId, TEAM_ONE.teamId)))[0].workspaceId;
  const [owner] = await hh.deps.db.insert(members).values({ workspaceId: ws, role: 'owner', name: 'Olive Qzxcanary', email: 'olive@qzxcanary.test' }).returning();
  const ctx = makeCtx(hh.deps, { kind: 'member', workspaceId: ws, memberId: owner.id, role: 'owner', channel: 'web', name: 'Olive Qzxcanary' });
  await createGroup({ ctx, input: { name: 'Qzxcanary Group', currency: 'EUR' } });
  const { client } = await createClient({ ctx, input: {
    name: 'Qzxcanary Holdings', contactName: 'Quinn Qzxcanary', email: 'billing@qzxcanary.test', phone: '+1 415 555 0199',
    website: 'https://qzxcanary.example', industry: 'Qzxcanary industry', taxId: 'QZXCANARY-TAX', idNumber: 'QZXCANARY-ID', status: 'active',
    currency: 'EUR', notes: 'Qzxcanary first note', group: 'Qzxcanary Group',
    address: { line1: '1 Qzxcanary Way', line2: 'Qzxcanary Suite', city: 'Qzxcanaryville', region: 'Qzxcanary Region', postalCode: 'QZX 1', country: 'DE' },
  } });
  await addContact({ ctx, input: { client: client.id, name: 'Casey Qzxcanary', email: 'casey@qzxcanary.test', phone: '+1 415 555 0198', jobTitle: 'Qzxcanary chief' } });
  await addNote({ ctx, input: { client: client.id, text: 'Qzxcanary secret plan' } });
  await addDocument({ ctx, input: { client: client.id, file: { name: 'qzxcanary-brief.txt', bytes: new TextEncoder().encode('Qzxcanary body') }, title: 'Qzxcanary brief', shared: true } });
  await createProject({ ctx, input: { client: client.id, name: 'Qzxcanary Project' } });
  await createQuote({ ctx, input: { client: client.id, title: 'Qzxcanary quote', amount: 1200 } });
  await postTeamMessage({ ctx, input: { client: client.id, text: 'Qzxcanary message to the client' } });
  const { invoice } = await createInvoice({ ctx, input: { client: `id:${client.id}`, amount: 900, description: 'Qzxcanary invoice' } });
  const { client: past } = await createClient({ ctx, input: { name: 'Qzxcanary Past Works', email: 'past@qzxcanary.test', status: 'past' } });
  const { draft } = await draftOutreach({ ctx, input: { client: past.id, subject: 'Qzxcanary hello', body: 'Qzxcanary body text' } });
  const upload = await importCsv({ ctx, input: { content: 'Company,Email\nQzxcanary Imports,imp@qzxcanary.test\n', filename: 'qzxcanary.csv' } });
  const asked = await requestApproval(ctx, { conversationKey: null, toolName: 'deleteClient', input: { client: `id:${client.id}` } });
  if (!('approval' in asked)) throw new Error('no approval');
  const [group] = await hh.deps.db.select().from(groups).where(eq(groups.workspaceId, ws));
  const acts = await hh.deps.db.select({ id: activities.id }).from(activities).where(eq(activities.workspaceId, ws));
  return {
    ws, clientId: client.id, groupId: group.id, invoiceId: invoice.id, draftId: draft.id, importId: upload.importId, approvalId: asked.approval.id,
    activityIds: acts.map((a) => a.id),
  };
}
