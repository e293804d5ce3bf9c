// A tool is a plain descriptor over a domain verb. The registry (tools/index.ts) turns these into the AI SDK
// tool set, the offline model's vocabulary, Slack buttons, CLI commands and tests.
import type { z } from 'zod';
import type { Ctx, Role } from '../src/context';
import type { Candidate, FieldIssue } from '../src/errors';
import type { ClientSummary, ClientView, ContactView } from '../src/domain/clients/views';

export const TOOL_NAMES = [
  'createClient', 'updateClient', 'findClients', 'showClient', 'addNote', 'archiveClient', 'unarchiveClient', 'deleteClient',
  'addContact', 'updateContact', 'removeContact',
  'invitePortal', 'setPortalAccess', 'regeneratePortalLink', 'draftOutreach', 'enrichClient', 'exportCsv',
  'createProject', 'createInvoice', 'recordPayment',
  'createGroup', 'updateGroup', 'updateWorkspace', 'explainSettings',
  'addDocument', 'shareDocument', 'createQuote', 'sendQuote', 'sendInvoice', 'messageClient',
  // Beyond the contract: team members by chat ("make bob@studio.com an admin", "remove Tom, Ada takes his clients").
  'inviteMember', 'setMemberRole', 'removeMember',
  // Beyond the contract: the second steps of outreach (send, confirmed) and enrichment (apply the findings).
  'sendOutreach', 'applyEnrichment',
  // Beyond the contract (issue 7 names it): CSV import from chat, a dry run then a confirmed apply.
  'importCsv', 'applyImport',
  // Beyond the contract (issue 14 asks for it): deleting a document, confirmed and undoable.
  'deleteDocument',
  // Beyond the contract: what needs attention (unpaid and overdue invoices, open quotes, quiet clients), as the App Home shows it.
  'listAttention',
  // Beyond the contract: the history of changes ("what changed on Acme last week?"), as a client's page shows it.
  'listActivity',
  // Beyond the contract: voiding an issued, unpaid invoice ("void INV-0012"), confirmed and undoable.
  'voidInvoice',
  // Beyond the contract: deleting one note of a client ("delete the last note on Acme"), confirmed and undoable.
  'deleteNote',
  // Beyond the contract: archiving every client a list's filters match ("archive all inactive clients"), confirmed, one undo.
  'archiveClients',
  // Beyond the contract: something to do for a client by a day ("remind me to call Acme on Friday"), and done.
  'addFollowUp', 'updateFollowUp', 'completeFollowUp', 'listFollowUps',
] as const;
export type ToolName = (typeof TOOL_NAMES)[number];

/** What a call can do, which decides whether a model's call waits for the person (tools/risk.ts). */
export const RISK_CLASSES = ['read', 'write', 'grantsAccess', 'sendsOutside', 'destroys'] as const;
export type RiskClass = (typeof RISK_CLASSES)[number];

/** Structured data for cards. Channels switch on `kind`; anything else they show as the text. */
export type ToolData =
  | { kind: 'client'; client: ClientView }
  | { kind: 'clients'; clients: ClientSummary[]; total: number; /** More than total match (a search stopped counting: "over 2,000"). */ over: boolean; filters: Record<string, unknown> }
  | { kind: 'contacts'; client: ClientSummary; contacts: ContactView[] }
  | { kind: 'file'; exportId: string; filename: string; contentType: string; path: string; rows: number; bytes: number }
  | { kind: 'record'; entity: string; id: number; label: string; client?: ClientSummary }
  | { kind: string; [key: string]: unknown };

export type ToolSuccess = {
  ok: true;
  /** One or two short sentences: what was done to which record. */
  text: string;
  data?: ToolData;
  /** Fields the client still lacks for invoicing (the banner / "Add details"). */
  missing?: Array<{ field: string; label: string }>;
  /** Every change can be undone from its activity row. */
  undo?: { activityId: number; label: string };
  /** Set by the agent when the result carries text written outside the team (tools/third-party.ts). */
  thirdParty?: { sources: string[]; notice: string };
};
export type ToolFailure = {
  ok: false;
  error: { code: string; message: string; candidates?: Candidate[]; issues?: FieldIssue[]; [k: string]: unknown };
};
export type ToolResult = ToolSuccess | ToolFailure;

/** A file's name and bytes, as uploaded or shared. */
export type Upload = { name: string; bytes: Uint8Array };

export type ToolDescriptor<I = any> = {
  name: ToolName;
  /** Facts about what the tool does; behaviour rules belong in prompts/. */
  description: string;
  input: z.ZodType<I>;
  /** The most this tool can do. grantsAccess, sendsOutside and destroys wait for the person when a model asks. */
  risk: RiskClass;
  /** The class of one call when it depends on the input or the records (at most `risk`), e.g. the portal turned off. */
  riskOf?(args: { ctx: Ctx; input: I; place?: string }): RiskClass | Promise<RiskClass>;
  /** What the person must see unchanged when the confirmed call runs (an email's recipient, subject and body). */
  fingerprint?(args: { ctx: Ctx; input: I }): Promise<Record<string, unknown>>;
  /** The refusal when what `fingerprint` showed changed before the click; default: an email's words. */
  changedText?: string;
  /** Roles that may run it; checked before an approval is stored (the domain verb stays the authority). */
  roles?: readonly Role[];
  /** Plain text naming the exact action and record, for confirmation cards and the CLI prompt. */
  summarize(input: I): string;
  /** `upload`: a file the person handed over with this run (a web upload, a file shared in Slack): bytes are never
   *  a model's argument, so they come beside the input. */
  run(args: { ctx: Ctx; input: I; upload?: Upload }): Promise<ToolResult>;
};
