// The registry: every tool the agent, Slack buttons, the CLI and tests can run. One entry per contract tool
// (../shared/contracts/tools.md); a tool whose domain verb has not landed yet stays out rather than stubbed.
import { addContactTool } from './add-contact';
import { addDocumentTool } from './add-document';
import { addNoteTool } from './add-note';
import { applyEnrichmentTool } from './apply-enrichment';
import { applyImportTool } from './apply-import';
import { archiveClientTool } from './archive-client';
import { createClientTool } from './create-client';
import { createGroupTool } from './create-group';
import { createInvoiceTool } from './create-invoice';
import { createProjectTool } from './create-project';
import { createQuoteTool } from './create-quote';
import { deleteClientTool } from './delete-client';
import { deleteDocumentTool } from './delete-document';
import { deleteNoteTool } from './delete-note';
import { draftOutreachTool } from './draft-outreach';
import { enrichClientTool } from './enrich-client';
import { explainSettingsTool } from './explain-settings';
import { exportCsvTool } from './export-csv';
import { findClientsTool } from './find-clients';
import { importCsvTool } from './import-csv';
import { inviteMemberTool } from './invite-member';
import { listActivityTool } from './list-activity';
import { listAttentionTool } from './list-attention';
import { invitePortalTool } from './invite-portal';
import { messageClientTool } from './message-client';
import { regeneratePortalLinkTool } from './regenerate-portal-link';
import { recordPaymentTool } from './record-payment';
import { removeContactTool } from './remove-contact';
import { removeMemberTool } from './remove-member';
import { sendInvoiceTool } from './send-invoice';
import { sendOutreachTool } from './send-outreach';
import { sendQuoteTool } from './send-quote';
import { setMemberRoleTool } from './set-member-role';
import { setPortalAccessTool } from './set-portal-access';
import { shareDocumentTool } from './share-document';
import { showClientTool } from './show-client';
import { unarchiveClientTool } from './unarchive-client';
import { updateClientTool } from './update-client';
import { updateContactTool } from './update-contact';
import { updateGroupTool } from './update-group';
import { updateWorkspaceTool } from './update-workspace';
import { voidInvoiceTool } from './void-invoice';
import { archiveClientsTool } from './archive-clients';
import { addFollowUpTool } from './add-follow-up';
import { completeFollowUpTool } from './complete-follow-up';
import { updateFollowUpTool } from './update-follow-up';
import { listFollowUpsTool } from './list-follow-ups';
import type { ToolDescriptor, ToolName } from './types';
import { RISK_CLASSES, TOOL_NAMES } from './types';

export const registry = {
  createClient: createClientTool,
  updateClient: updateClientTool,
  findClients: findClientsTool,
  listAttention: listAttentionTool,
  listActivity: listActivityTool,
  showClient: showClientTool,
  addNote: addNoteTool,
  addFollowUp: addFollowUpTool,
  completeFollowUp: completeFollowUpTool,
  updateFollowUp: updateFollowUpTool,
  listFollowUps: listFollowUpsTool,
  deleteNote: deleteNoteTool,
  archiveClient: archiveClientTool,
  archiveClients: archiveClientsTool,
  unarchiveClient: unarchiveClientTool,
  deleteClient: deleteClientTool,
  addContact: addContactTool,
  updateContact: updateContactTool,
  removeContact: removeContactTool,
  invitePortal: invitePortalTool,
  setPortalAccess: setPortalAccessTool,
  regeneratePortalLink: regeneratePortalLinkTool,
  draftOutreach: draftOutreachTool,
  enrichClient: enrichClientTool,
  exportCsv: exportCsvTool,
  sendOutreach: sendOutreachTool,
  applyEnrichment: applyEnrichmentTool,
  importCsv: importCsvTool,
  applyImport: applyImportTool,
  createProject: createProjectTool,
  createInvoice: createInvoiceTool,
  recordPayment: recordPaymentTool,
  voidInvoice: voidInvoiceTool,
  createGroup: createGroupTool,
  updateGroup: updateGroupTool,
  updateWorkspace: updateWorkspaceTool,
  explainSettings: explainSettingsTool,
  inviteMember: inviteMemberTool,
  setMemberRole: setMemberRoleTool,
  removeMember: removeMemberTool,
  addDocument: addDocumentTool,
  shareDocument: shareDocumentTool,
  deleteDocument: deleteDocumentTool,
  messageClient: messageClientTool,
  createQuote: createQuoteTool,
  sendQuote: sendQuoteTool,
  sendInvoice: sendInvoiceTool,
} satisfies Partial<Record<ToolName, ToolDescriptor>>;

export type Registry = Partial<Record<ToolName, ToolDescriptor>>;

/** The registered tools in contract order. */
export const toolList: ToolDescriptor[] = TOOL_NAMES.flatMap((name) => {
  const tool = (registry as Registry)[name];
  return tool ? [tool] : [];
});

export function getTool(name: string): ToolDescriptor | undefined {
  return (TOOL_NAMES as readonly string[]).includes(name) ? (registry as Registry)[name as ToolName] : undefined;
}

// Invariants, checked at load so a wrong registration fails every test and the server start, not a user.
function checkRegistry(): void {
  const seen = new Set<string>();
  for (const [key, tool] of Object.entries(registry as Registry)) {
    if (!tool) continue;
    if (key !== tool.name) throw new Error(`tools/index.ts: entry "${key}" holds the tool "${tool.name}"`);
    if (!(TOOL_NAMES as readonly string[]).includes(tool.name)) throw new Error(`tools/index.ts: "${tool.name}" is not a contract tool`);
    if (seen.has(tool.name)) throw new Error(`tools/index.ts: "${tool.name}" registered twice`);
    seen.add(tool.name);
    if (!RISK_CLASSES.includes(tool.risk)) throw new Error(`tools/index.ts: "${tool.name}" has no risk class`);
    if (!tool.description.trim()) throw new Error(`tools/index.ts: "${tool.name}" has no description`);
  }
}
checkRegistry();
