// What the reader can say: for each intent (a tool, with a polarity for on/off tools), which slot
// fills which argument. Slots the tagger finds that an intent has no use for are ignored.
export const ADDRESS_SLOTS = ['line1', 'line2', 'city', 'region', 'postalCode', 'country'] as const;

const CLIENT_FIELDS: Record<string, string> = {
  email: 'email', phone: 'phone', person: 'contactName', website: 'website', industry: 'industry', taxId: 'taxId',
  idNumber: 'idNumber', currency: 'currency', status: 'status', amount: 'value', text: 'notes', owner: 'owner',
};
const CONTACT_FIELDS: Record<string, string> = {
  email: 'email', phone: 'phone', jobTitle: 'jobTitle', role: 'role', primary: 'primary', billingDefault: 'billingDefault', portalEnabled: 'portalEnabled',
};
const FILTERS: Record<string, string> = {
  query: 'query', status: 'status', archived: 'archived', country: 'country', industry: 'industry', owner: 'owner',
  createdFrom: 'createdFrom', createdTo: 'createdTo', dateRange: 'dateRange', sort: 'sort', limit: 'limit',
};
const SETTINGS: Record<string, string> = { currency: 'currency', paymentTerms: 'paymentTerms', reminderTone: 'reminderTone' };

export type IntentSpec = {
  tool: string;
  /** slot -> argument key */
  slots: Record<string, string>;
  /** Fixed arguments of the intent (the polarity of an on/off tool). */
  fixed?: Record<string, unknown>;
  /** Address slots gather into `address`. */
  address?: boolean;
  /** The argument every call needs; without it the reader asks. */
  needs?: string;
  /** Further arguments the tool cannot run without; the reader asks for them rather than calling it half-read. */
  requires?: string[];
  /** A change with nothing to change is a misreading: it asks what to change. */
  changes?: boolean;
  /** One call per `client` span when several are named ("archive Initech and Globex"). */
  distributes?: string;
  /** The same when reading only ("mark Initech and Hooli active"): the training data's alignment keeps one call per segment. */
  lists?: string;
  writes: boolean;
  /** Not learned yet: read from what a clause names (read-files-and-channel.ts), not a class of the classifier. */
  readAtRunTime?: true;
};

export const INTENTS: Record<string, IntentSpec> = {
  createClient: { tool: 'createClient', slots: { client: 'name', ...CLIENT_FIELDS }, address: true, needs: 'name', distributes: 'name', writes: true },
  updateClient: {
    tool: 'updateClient', slots: { client: 'client', newName: 'name', ...CLIENT_FIELDS, ...SETTINGS, startDate: 'startDate', endDate: 'endDate', group: 'group' },
    address: true, needs: 'client', changes: true, lists: 'client', writes: true,
  },
  findClients: { tool: 'findClients', slots: FILTERS, writes: false },
  exportCsv: { tool: 'exportCsv', slots: FILTERS, writes: false },
  showClient: { tool: 'showClient', slots: { client: 'client' }, needs: 'client', distributes: 'client', writes: false },
  addNote: { tool: 'addNote', slots: { client: 'client', text: 'text' }, needs: 'client', requires: ['text'], writes: true },
  archiveClient: { tool: 'archiveClient', slots: { client: 'client' }, needs: 'client', distributes: 'client', writes: true },
  unarchiveClient: { tool: 'unarchiveClient', slots: { client: 'client' }, needs: 'client', distributes: 'client', writes: true },
  deleteClient: { tool: 'deleteClient', slots: { client: 'client' }, needs: 'client', distributes: 'client', writes: true },
  addContact: { tool: 'addContact', slots: { client: 'client', person: 'name', ...CONTACT_FIELDS }, needs: 'client', writes: true },
  updateContact: { tool: 'updateContact', slots: { client: 'client', person: 'contact', newName: 'name', ...CONTACT_FIELDS }, needs: 'client', changes: true, writes: true },
  removeContact: { tool: 'removeContact', slots: { client: 'client', person: 'contact', email: 'contact' }, needs: 'client', writes: true },
  invitePortal: { tool: 'invitePortal', slots: { client: 'client', person: 'contact', email: 'contact' }, needs: 'client', distributes: 'client', writes: true },
  'setPortalAccess:on': { tool: 'setPortalAccess', slots: { client: 'client', person: 'contact', email: 'contact' }, fixed: { enabled: true }, needs: 'client', writes: true },
  'setPortalAccess:off': { tool: 'setPortalAccess', slots: { client: 'client', person: 'contact', email: 'contact' }, fixed: { enabled: false }, needs: 'client', writes: true },
  regeneratePortalLink: { tool: 'regeneratePortalLink', slots: { client: 'client' }, needs: 'client', distributes: 'client', writes: true },
  draftOutreach: { tool: 'draftOutreach', slots: { client: 'client', goal: 'goal' }, needs: 'client', distributes: 'client', writes: true },
  enrichClient: { tool: 'enrichClient', slots: { client: 'client' }, needs: 'client', distributes: 'client', writes: false },
  applyEnrichment: { tool: 'applyEnrichment', slots: { client: 'client' }, needs: 'client', writes: true },
  createProject: { tool: 'createProject', slots: { client: 'client', project: 'name', status: 'status' }, needs: 'client', requires: ['name'], writes: true },
  createInvoice: {
    tool: 'createInvoice', slots: { client: 'client', amount: 'amount', currency: 'currency', date: 'dueDate', title: 'description', project: 'project' },
    needs: 'client', requires: ['amount'], writes: true,
  },
  recordPayment: { tool: 'recordPayment', slots: { invoice: 'invoice', client: 'client', amount: 'amount', date: 'date' }, requires: ['amount'], writes: true },
  createGroup: { tool: 'createGroup', slots: { group: 'name', ...SETTINGS }, needs: 'name', writes: true },
  updateGroup: { tool: 'updateGroup', slots: { group: 'group', newName: 'name', ...SETTINGS }, needs: 'group', changes: true, writes: true },
  updateWorkspace: { tool: 'updateWorkspace', slots: { newName: 'name', ...SETTINGS, channel: 'messagesChannel' }, changes: true, writes: true },
  // Client message threads mirrored nowhere, or in the deployment's default channel again.
  'messagesChannel:off': { tool: 'updateWorkspace', slots: {}, fixed: { messagesChannel: 'off' }, writes: true, readAtRunTime: true },
  'messagesChannel:default': { tool: 'updateWorkspace', slots: {}, fixed: { messagesChannel: 'default' }, writes: true, readAtRunTime: true },
  // Read by its words (read-attention-asked.ts), not trained: "who owes us money?".
  listAttention: { tool: 'listAttention', slots: {}, writes: false, readAtRunTime: true },
  listActivity: { tool: 'listActivity', slots: {}, writes: false, readAtRunTime: true },
  explainSettings: { tool: 'explainSettings', slots: { client: 'client', setting: 'setting' }, needs: 'client', writes: false },
  addDocument: { tool: 'addDocument', slots: { client: 'client', file: 'file', title: 'title', shared: 'shared' }, needs: 'client', requires: ['file'], writes: true },
  'shareDocument:on': { tool: 'shareDocument', slots: { client: 'client', document: 'document' }, fixed: { shared: true }, needs: 'client', requires: ['document'], writes: true },
  'shareDocument:off': { tool: 'shareDocument', slots: { client: 'client', document: 'document' }, fixed: { shared: false }, needs: 'client', requires: ['document'], writes: true },
  deleteDocument: { tool: 'deleteDocument', slots: { client: 'client', document: 'document' }, needs: 'client', requires: ['document'], writes: true, readAtRunTime: true },
  createQuote: { tool: 'createQuote', slots: { client: 'client', title: 'title', amount: 'amount', currency: 'currency', date: 'validUntil' }, needs: 'client', requires: ['title', 'amount'], writes: true },
  sendQuote: { tool: 'sendQuote', slots: { quote: 'quote' }, needs: 'quote', distributes: 'quote', writes: true },
  sendInvoice: { tool: 'sendInvoice', slots: { invoice: 'invoice' }, needs: 'invoice', distributes: 'invoice', writes: true },
  messageClient: { tool: 'messageClient', slots: { client: 'client', text: 'text' }, needs: 'client', requires: ['text'], writes: true },
  inviteMember: { tool: 'inviteMember', slots: { email: 'email', person: 'name', teamRole: 'role' }, needs: 'email', writes: true },
  setMemberRole: { tool: 'setMemberRole', slots: { person: 'member', email: 'member', member: 'member', teamRole: 'role' }, needs: 'member', requires: ['role'], writes: true },
  removeMember: { tool: 'removeMember', slots: { member: 'member' }, needs: 'member', writes: true, readAtRunTime: true },
  importCsv: { tool: 'importCsv', slots: { file: 'file', importId: 'importId' }, writes: false },
  applyImport: { tool: 'applyImport', slots: { importId: 'importId' }, needs: 'importId', writes: true },
  sendOutreach: { tool: 'sendOutreach', slots: { client: 'client' }, writes: true },
};

export const NONE = 'none';

/** The intent label of a labelled call (the corpus has tools; on/off tools carry their polarity). */
export function intentOf(call: { tool: string; args: Record<string, unknown> }): string {
  if (call.tool === 'setPortalAccess') return call.args.enabled === false ? 'setPortalAccess:off' : 'setPortalAccess:on';
  if (call.tool === 'shareDocument') return call.args.shared === false ? 'shareDocument:off' : 'shareDocument:on';
  if (call.tool === 'updateWorkspace' && (call.args.messagesChannel === 'off' || call.args.messagesChannel === 'default')) return `messagesChannel:${call.args.messagesChannel}`;
  return call.tool;
}

/** Whether an intent has a use for a slot (an address part, for one that takes an address). */
export function takesSlot(intent: string, slot: string): boolean {
  const spec = INTENTS[intent];
  return Boolean(spec?.slots[slot]) || (Boolean(spec?.address) && (ADDRESS_SLOTS as readonly string[]).includes(slot));
}

/** The slots that can hold an argument of an intent, read backwards from INTENTS. */
export function slotsFor(intent: string, arg: string): string[] {
  const spec = INTENTS[intent];
  if (!spec) return [];
  return Object.entries(spec.slots).filter(([, key]) => key === arg).map(([slot]) => slot);
}
