// "yes", "no", "2" answer the assistant's last offer in the conversation: a confirmation waiting for the person,
// a "Did you mean ...?" question, an import preview. Through the agent loop with the trained offline model.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LanguageModelV4Prompt } from '@ai-sdk/provider';
import { count, eq } from 'drizzle-orm';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadCommandReader } from '../../../src/agent/offline/nlu/command-reader';
import { decide } from '../../../src/agent/offline/model';
import { readAnswer } from '../../../src/agent/offline/read-offer';
import { runAgent } from '../../../src/agent/run-agent';
import { makeCtx } from '../../../src/deps';
import { clients } from '../../../src/db/schema';
import { createClient } from '../../../src/domain/clients/create-client';
import { agentFixture, type AgentFixture } from '../setup';

beforeAll(() => loadCommandReader());

let fx: AgentFixture;
beforeEach(async () => { fx = await agentFixture(); });
afterEach(() => fx.deps.testDb.cleanup());

const say = (text: string, conversationId = 'offers', ctx = fx.ctxFor('owner')) =>
  runAgent({ deps: fx.deps, ctx, conversationId, text, surface: ctx.actor.channel === 'cli' ? 'cli' : 'web' });
const clientNamed = async (name: string) => (await fx.deps.db.select().from(clients).where(eq(clients.name, name)))[0];

describe('answers to a confirmation typed in the chat', () => {
  it('"yes" runs the deletion the person was asked to confirm, once', async () => {
    await createClient({ ctx: fx.ctxFor('owner'), input: { name: 'Brightline Tooling' } });
    const asked = await say('delete Brightline Tooling');
    expect(asked.approvals).toHaveLength(1);
    expect(await clientNamed('Brightline Tooling')).toBeDefined();
    const done = await say('yes');
    expect(done.results[0]).toMatchObject({ toolName: 'deleteClient', result: { ok: true } });
    expect(await clientNamed('Brightline Tooling')).toBeUndefined();
    const again = await say('yes');
    expect(again.results.some((r) => r.toolName === 'deleteClient')).toBe(false);
  });

  it('"no" cancels it and nothing changes', async () => {
    await createClient({ ctx: fx.ctxFor('owner'), input: { name: 'Lumen Forge' } });
    await say('delete Lumen Forge');
    const done = await say('no');
    expect(done.text).toMatch(/Cancelled/);
    expect(await clientNamed('Lumen Forge')).toBeDefined();
  });

  it('someone else\'s "yes" in another conversation does not confirm it', async () => {
    await createClient({ ctx: fx.ctxFor('owner'), input: { name: 'Tallow & Finch' } });
    await say('delete Tallow & Finch', 'owner-thread');
    await say('yes', 'other-thread', fx.ctxFor('manager'));
    expect(await clientNamed('Tallow & Finch')).toBeDefined();
  });
});

describe('answers to an import preview in the terminal', () => {
  it('"yes" after the dry run applies the import (after its own confirmation)', async () => {
    const file = join(fx.deps.testDb.dir, 'leads.csv');
    writeFileSync(file, 'Company,E-mail\nAcme Corp,hello@acme.example\nGlobex,info@globex.example\n');
    const cli = makeCtx(fx.deps, { ...fx.ws.actors.owner, channel: 'cli' });
    const preview = await say(`import clients from ${file}`, 'import', cli);
    expect(preview.results[0]).toMatchObject({ toolName: 'importCsv', result: { ok: true } });
    const applied = await say('yes', 'import', cli);
    expect(applied.approvals.length + applied.results.filter((r) => r.toolName === 'applyImport').length).toBeGreaterThan(0);
    if (applied.approvals.length) await say('yes', 'import', cli);
    expect((await fx.deps.db.select({ n: count() }).from(clients))[0].n).toBe(2);
  });
});

describe('answers to a preview with a rejected row', () => {
  it.each(['yes', 'apply it, skipping the rejected rows'])('"%s" imports the valid rows after a confirmation that names the row left out', async (answer) => {
    const file = join(fx.deps.testDb.dir, 'broken.csv');
    writeFileSync(file, 'Company,E-mail\nHooli,not-an-email\nPied Piper,hi@piper.example\nAviato,team@aviato.example\n');
    const cli = makeCtx(fx.deps, { ...fx.ws.actors.owner, channel: 'cli' });
    const preview = await say(`import clients from ${file}`, 'import', cli);
    expect(preview.text).toMatch(/rejected/);
    const asked = await say(answer, 'import', cli);
    expect(asked.approvals).toHaveLength(1);
    expect(asked.approvals[0].summary).toMatch(/leaving out the rejected row: row 1 \(E-mail: "not-an-email"/);
    expect((await fx.deps.db.select({ n: count() }).from(clients))[0].n).toBe(0);
    await say('yes', 'import', cli);
    expect((await fx.deps.db.select({ name: clients.name }).from(clients)).map((c) => c.name).sort()).toEqual(['Aviato', 'Pied Piper']);
  });

  it('reads "skip the rejected rows" answers', () => {
    for (const t of ['apply it, skipping the rejected rows', 'yes, leave out the bad ones', 'import the valid rows only', 'skip the rejected rows']) {
      expect(readAnswer(t)).toEqual({ kind: 'yes', choice: 1, skipRejected: true });
    }
  });
});

describe('answers to "Did you mean ...?"', () => {
  const afterQuestion = (earlier: string, answer: string): LanguageModelV4Prompt => [
    { role: 'system', content: 'You are answering in the web chat.' },
    { role: 'user', content: [{ type: 'text', text: earlier }] },
    { role: 'assistant', content: [{ type: 'text', text: 'Did you mean: archive the client Brightline Tooling? Say "yes" to do it, or tell me what you meant.' }] },
    { role: 'user', content: [{ type: 'text', text: answer }] },
  ];
  const calls = (prompt: LanguageModelV4Prompt) => decide(prompt, new Date('2026-11-22T00:00:00Z')).filter((p) => p.type === 'tool-call').map((p) => p.type === 'tool-call' && p.toolName);

  it('"yes" takes the offered reading of the earlier message', () => {
    expect(calls(afterQuestion('archive Brightline Tooling', 'yes'))).toEqual(['archiveClient']);
  });
  it('"yes" after a polite request takes the reading that was offered, not a reading of the request without its courtesies', () => {
    const earlier = 'Would you kindly make me an Invoice of £1,200 for Brightline Tooling, to be paid by the end of the month? Regards, Geoffrey';
    const asked = decide([{ role: 'user', content: [{ type: 'text', text: earlier }] }], new Date('2026-11-22T00:00:00Z'));
    expect(asked).toEqual([{ type: 'text', text: expect.stringMatching(/^Did you mean: invoice Brightline Tooling 1200 GBP\?/) }]);
    expect(calls(afterQuestion(earlier, 'yes'))).toEqual(['createInvoice']);
  });
  it('"no" changes nothing and asks what was meant', () => {
    const out = decide(afterQuestion('archive Brightline Tooling', 'no'), new Date('2026-11-22T00:00:00Z'));
    expect(out).toEqual([{ type: 'text', text: expect.stringMatching(/what would you like/i) }]);
  });
  it('reads the usual ways of saying yes, no and a number', () => {
    for (const yes of ['yes', 'Yes!', 'yep', 'go ahead', 'do it', 'sure', 'ok']) expect(readAnswer(yes)).toEqual({ kind: 'yes', choice: 1 });
    for (const no of ['no', 'nope', 'cancel', 'never mind']) expect(readAnswer(no)).toEqual({ kind: 'no' });
    expect(readAnswer('2')).toEqual({ kind: 'yes', choice: 2 });
    expect(readAnswer('the second one')).toEqual({ kind: 'yes', choice: 2 });
    expect(readAnswer('yes archive Acme and Globex')).toBeUndefined();
  });
});
