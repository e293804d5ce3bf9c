// The terminal chat (scripted model) importing files other tools exported: the preview says which columns were
// used for what; "apply" asks first; a file with a rejected row offers to import the valid rows, and the
// confirmation names the row left out with its reason; ids are taken back exactly as printed.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { confirmApproval, runAgent } from '../../src/agent/run-agent';
import { makeCtx } from '../../src/deps';
import { clients } from '../../src/db/schema';
import type { ToolResult } from '../../tools/types';
import { commandedModel, type Call } from './mock-model';
import { agentFixture, type AgentFixture } from './setup';

const FIXTURES = join(import.meta.dirname, '../fixtures/imports');
let fx: AgentFixture;
const commands = commandedModel();
let dir: string;
beforeAll(async () => {
  fx = await agentFixture(commands.model);
  dir = fx.deps.testDb.dir;
  copyFileSync(join(FIXTURES, 'xero-contacts.csv'), join(dir, 'xero-contacts.csv'));
  // HubSpot's companies export with one row whose country is not one.
  writeFileSync(join(dir, 'hubspot-companies.csv'), `${readFileSync(join(FIXTURES, 'hubspot-companies.csv'), 'utf8').trimEnd()}\n5512345003,Atlantic Ventures,,2026-05-01 09:00,,,Nowhere,Atlantis,,,,,,,,Lead,,,\n`);
});
afterAll(() => fx.deps.testDb.cleanup());

const cli = () => makeCtx(fx.deps, { ...fx.ws.actors.manager, channel: 'cli' });
const say = (call: Call, conversationId: string) => {
  commands.next([call]);
  return runAgent({ deps: fx.deps, ctx: cli(), conversationId, text: `run ${call.toolName}`, surface: 'cli' });
};
const data = (r: ToolResult) => (r.ok ? (r.data as Record<string, any>) : {});
const text = (r: ToolResult) => (r.ok ? r.text : r.error.message);
const names = async () => (await fx.deps.db.select({ name: clients.name }).from(clients)).map((c) => c.name).sort();

describe('importing another tool\'s export from the terminal', () => {
  it('Xero: the preview names the columns used and ignored; apply is confirmed, then creates the clients', async () => {
    const dry = await say({ toolName: 'importCsv', input: { file: join(dir, 'xero-contacts.csv') } }, 'xero');
    const preview = dry.results[0].result;
    expect(text(preview)).toMatch(/^xero-contacts\.csv: 2 rows: would create 2/);
    expect(text(preview)).toContain('columns used: *ContactName → name, AccountNumber → ID number');
    expect(text(preview)).toContain('SACity → city (shipping address, for rows without another address)');
    expect(text(preview)).toMatch(/columns not used: POAddressLine4, .*SkypeName/);
    expect(text(preview)).toContain('ignored: SAAttentionTo');
    const importId = data(preview).importId as string;
    expect(text(preview)).toContain(`apply import \`${importId}\` to import it`);

    // Typed back as printed, backticks and full stop included.
    const ask = await say({ toolName: 'applyImport', input: { importId: `\`${importId}\`.` } }, 'xero');
    expect(ask.approvals[0].summary).toContain('(xero-contacts.csv)');
    expect(await names()).toEqual([]);
    const done = await confirmApproval({ deps: fx.deps, ctx: cli(), approvalId: ask.approvals[0].id });
    expect(done.results[0].result).toMatchObject({ ok: true, data: { status: 'applied', created: 2 } });
    expect(await names()).toEqual(['Kiwi Web Ltd', 'Outback Analytics Pty Ltd']);
  });

  it('HubSpot with a rejected row: offers the valid rows; the confirmation names the row left out; nothing before it', async () => {
    const dry = await say({ toolName: 'importCsv', input: { file: join(dir, 'hubspot-companies.csv') } }, 'hubspot');
    const preview = dry.results[0].result;
    expect(data(preview)).toMatchObject({ created: 2, rejected: 1, rejections: [{ row: 3, reason: expect.stringMatching(/Country\/Region: "Atlantis" is not a country/) }] });
    const importId = data(preview).importId as string;
    expect(text(preview)).toContain(`import the 2 valid rows and leave the rejected ones out (apply import \`${importId}\` skipping the rejected rows)`);

    const plain = await say({ toolName: 'applyImport', input: { importId } }, 'hubspot');
    const refused = await confirmApproval({ deps: fx.deps, ctx: cli(), approvalId: plain.approvals[0].id });
    expect(text(refused.results[0].result)).toMatch(/^Nothing was imported: 1 row has errors \(row 3/);
    expect(await names()).not.toContain('Brightwave Media');

    const ask = await say({ toolName: 'applyImport', input: { importId, skipRejected: true } }, 'hubspot');
    expect(ask.approvals[0].summary).toMatch(/leaving out the rejected row: row 3 \(Country\/Region: "Atlantis" is not a country/);
    const done = await confirmApproval({ deps: fx.deps, ctx: cli(), approvalId: ask.approvals[0].id });
    expect(text(done.results[0].result)).toMatch(/^hubspot-companies\.csv: 3 rows: created 2.*Left out the 1 rejected row \(row 3\)\.$/s);
    expect(await names()).toEqual(['Brightwave Media', 'Kiwi Web Ltd', 'Nordlicht Software', 'Outback Analytics Pty Ltd']);
    const [bw] = await fx.deps.db.select().from(clients).where(eq(clients.name, 'Brightwave Media'));
    expect(bw).toMatchObject({ region: 'Massachusetts', country: 'US', phone: '+16175550100 ext. 3' });
  });
});
