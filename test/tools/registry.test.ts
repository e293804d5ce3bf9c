import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { registry, toolList, type Registry } from '../../tools/index';
import { alwaysConfirmed } from '../../tools/risk';
import { RISK_CLASSES, TOOL_NAMES, type ToolDescriptor } from '../../tools/types';
import { readToolContract } from './contract';

const contract = readToolContract();
const tools = toolList as ToolDescriptor[];
// Registered beyond the contract, on purpose: team members by chat (issue 5). Every other name is a contract tool.
const EXTRA: Record<string, string[]> = {
  inviteMember: ['email', 'name', 'role'], setMemberRole: ['member', 'role'], removeMember: ['member', 'reassignTo'],
  // Issue 7: the confirmed send of an outreach draft, and applying enrichment proposals.
  sendOutreach: ['draftId'], applyEnrichment: ['client', 'fields', 'overwrite'],
  // Issue 7: CSV import from chat (a dry run, then the confirmed apply).
  importCsv: ['file', 'importId'], applyImport: ['importId', 'skipRejected'],
};
const EXTRA_ROLES: Record<string, string[] | undefined> = {
  inviteMember: ['owner', 'admin'], setMemberRole: ['owner', 'admin'], removeMember: ['owner', 'admin'],
};
const contractTools = tools.filter((t) => !(t.name in EXTRA));
// The core tools this registry must always hold; the rest arrive with their issues (portal, outreach, CSV).
const CORE = ['createClient', 'updateClient', 'findClients', 'showClient', 'addNote', 'archiveClient', 'unarchiveClient',
  'deleteClient', 'addContact', 'updateContact', 'removeContact', 'createProject', 'createInvoice', 'recordPayment'];

const shapeOf = (tool: ToolDescriptor) => (tool.input as unknown as z.ZodObject).shape as Record<string, z.ZodType>;

describe('the tool registry against ../shared/contracts/tools.md', () => {
  it('reads the contract: every name of TOOL_NAMES is a contract tool and the reverse', () => {
    expect([...contract.keys()].sort()).toEqual(TOOL_NAMES.filter((n) => !(n in EXTRA)).sort());
    for (const name of Object.keys(EXTRA)) expect(contract.has(name), name).toBe(false);
    expect(contract.get('updateClient')!.keys.has('paymentTerms')).toBe(true);
    expect(contract.get('updateClient')!.keys.get('name')).toEqual({ required: false });
    expect(contract.get('exportCsv')!.keys.has('createdFrom')).toBe(true);
  });

  it('registers every core tool, each under its own name', () => {
    const names = tools.map((t) => t.name);
    for (const name of CORE) expect(names, name).toContain(name);
    for (const [key, tool] of Object.entries(registry)) expect((tool as ToolDescriptor).name).toBe(key);
    expect(new Set(names).size).toBe(names.length);
  });

  it.each(contractTools.map((t) => [t.name, t] as const))('%s takes exactly the contract keys', (name, tool) => {
    const expected = contract.get(name)!;
    const shape = shapeOf(tool);
    expect(Object.keys(shape).sort()).toEqual([...expected.keys.keys()].sort());
    for (const [key, { required }] of expected.keys) {
      expect(shape[key].safeParse(undefined).success, `${name}.${key} optional?`).toBe(!required);
    }
  });

  it('registers the tools beyond the contract with their own keys (member tools for owners and admins only)', () => {
    for (const [name, keys] of Object.entries(EXTRA)) {
      const tool = tools.find((t) => t.name === name);
      expect(tool, name).toBeDefined();
      expect(Object.keys(shapeOf(tool!)).sort()).toEqual([...keys].sort());
      expect(tool!.roles).toEqual(EXTRA_ROLES[name]);
    }
  });

  // The class of a tool is the most it can do; riskOf narrows one call (the portal turned off, a file in a DM).
  it('gives every tool a risk class: what grants access, sends outside or destroys always waits for a click', () => {
    const classes = Object.fromEntries(tools.map((t) => [t.name, t.risk]));
    for (const tool of tools) expect(RISK_CLASSES, tool.name).toContain(tool.risk);
    const always = tools.filter((t) => alwaysConfirmed(t.risk) && !t.riskOf).map((t) => t.name).sort();
    expect(always).toEqual(['applyImport', 'archiveClients', 'deleteClient', 'deleteDocument', 'deleteNote', 'inviteMember', 'invitePortal', 'messageClient', 'regeneratePortalLink',
      'removeContact', 'removeMember', 'sendInvoice', 'sendOutreach', 'sendQuote', 'setMemberRole', 'voidInvoice']);
    const sometimes = tools.filter((t) => t.riskOf).map((t) => `${t.name}:${t.risk}`).sort();
    expect(sometimes).toEqual(['addContact:grantsAccess', 'addDocument:sendsOutside', 'applyEnrichment:grantsAccess', 'exportCsv:sendsOutside',
      'setPortalAccess:grantsAccess', 'shareDocument:sendsOutside', 'unarchiveClient:grantsAccess', 'updateClient:grantsAccess', 'updateContact:grantsAccess',
      'updateWorkspace:sendsOutside']);
    expect(tools.filter((t) => t.risk === 'read').map((t) => t.name).sort()).toEqual(['enrichClient', 'explainSettings', 'findClients', 'importCsv', 'listActivity', 'listAttention', 'listFollowUps', 'showClient']);
    expect(classes).toMatchObject({ archiveClients: 'destroys', deleteClient: 'destroys', removeContact: 'destroys', applyImport: 'destroys', voidInvoice: 'destroys', sendOutreach: 'sendsOutside', sendQuote: 'sendsOutside', createQuote: 'write' });
  });

  it('has a description and a summary naming the target for each tool', () => {
    for (const tool of tools) {
      expect(tool.description.length, tool.name).toBeGreaterThan(15);
      expect(tool.summarize({ client: 'Acme Corp', contact: 'Jane', name: 'Website', amount: 10 })).toMatch(/\S/);
    }
    expect((registry as Registry).deleteClient?.summarize({ client: 'Acme Corp (#0001)' })).toContain('Acme Corp (#0001)');
  });

  // L2: authority comes from the session only. `owner` (a client's account manager) and `role` (a contact's
  // job role) are data, so they are allowlisted by name.
  it('has no authority keys in any input schema, at any depth', () => {
    const AUTHORITY = /workspace|team|tenant|actor|user|member|caller|session|org|role|owner|permission|admin|auth|token/i;
    const ALLOWED = new Set(['owner', 'role', 'setMemberRole.member', 'removeMember.member']);
    const offending: string[] = [];
    const walk = (schema: unknown, path: string) => {
      const node = schema as { properties?: Record<string, unknown>; anyOf?: unknown[]; items?: unknown };
      for (const [key, sub] of Object.entries(node.properties ?? {})) {
        if (AUTHORITY.test(key) && !ALLOWED.has(key) && !ALLOWED.has(`${path}.${key}`)) offending.push(`${path}.${key}`);
        walk(sub, `${path}.${key}`);
      }
      for (const sub of node.anyOf ?? []) walk(sub, path);
      if (node.items) walk(node.items, `${path}[]`);
    };
    for (const tool of tools) walk(z.toJSONSchema(tool.input), tool.name);
    expect(offending).toEqual([]);
    expect(tools.length).toBeGreaterThan(0);
  });
});
