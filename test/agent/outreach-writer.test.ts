// Outreach written by the model: with an OpenAI model configured (the real @ai-sdk/openai provider against a
// loopback fake), draftOutreach hands the client's history to the model and stores the model's email; when the
// model answers in another shape it falls back to the draft composed from the same facts. Offline, no writer.
import { and, eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { createLanguageModel } from '../../src/agent/model';
import { parseEmail } from '../../src/agent/outreach-writer';
import { runAgent } from '../../src/agent/run-agent';
import { makeCtx } from '../../src/deps';
import { activities, outreachDrafts } from '../../src/db/schema';
import { parseEnv } from '../../src/env';
import { seedClient, seedInvoice, seedNote, seedProject } from '../domain/exports/seed';
import { startFakeOpenAI, type FakeOpenAI } from './fake-openai';
import { agentFixture, type AgentFixture } from './setup';

let fake: FakeOpenAI | undefined;
let fx: AgentFixture | undefined;
afterEach(async () => {
  await fake?.close();
  fx?.deps.testDb.cleanup();
  fake = undefined;
  fx = undefined;
});

// A team-only note: it must reach neither the writer's prompt nor the chat model (security.md A6).
const SECRET = 'Zebra-Quartz: they still owe us for the rush job';
const EMAIL = 'Subject: Spring campaign after the Website relaunch?\n\nHi Jane,\n\nSince we finished the Website relaunch last year, you mentioned a spring campaign. Shall we talk next week?\n\nBest,\nOwner';

async function setup(plain: string) {
  fake = await startFakeOpenAI({ toolName: 'draftOutreach', args: { client: 'Acme GmbH' }, text: 'I drafted the email to Jane.', plain });
  const env = parseEnv({ OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: fake.baseURL, OPENAI_MODEL: 'gpt-test' });
  fx = await agentFixture(createLanguageModel(env, { now: () => new Date() }));
  const { client } = await seedClient(fx.deps.db, fx.ws.workspaceId, {
    name: 'Acme GmbH', status: 'inactive', industry: 'Manufacturing', lastActivityAt: new Date('2026-03-10T09:00:00Z'),
  }, [{ name: 'Jane Roe', email: 'jane@acme.de', isPrimary: true }]);
  await seedProject(fx.deps.db, fx.ws.workspaceId, client.id, 'Website relaunch');
  await seedInvoice(fx.deps.db, fx.ws.workspaceId, client.id, 480000, 480000, '2026-02-27');
  await seedNote(fx.deps.db, fx.ws.workspaceId, client.id, SECRET);
  return { fake, fx, clientId: client.id };
}

async function drafted(f: AgentFixture, clientId: number) {
  const [row] = await f.deps.db.select().from(outreachDrafts).where(eq(outreachDrafts.clientId, clientId));
  const [act] = await f.deps.db.select().from(activities).where(and(eq(activities.clientId, clientId), eq(activities.verb, 'outreach.drafted')));
  return { row, writtenBy: (act.after as { writtenBy?: string }).writtenBy };
}

describe('outreach written by the model', () => {
  it('sends the client history to the model and stores the model email as the draft', async () => {
    const { fake, fx, clientId } = await setup(EMAIL);
    const turn = await runAgent({ deps: fx.deps, ctx: fx.ctxFor('manager'), conversationId: 'ow-1', text: 'draft an email to acme', surface: 'web' });

    expect(turn.results[0]).toMatchObject({ toolName: 'draftOutreach', result: { ok: true, data: { kind: 'outreachDraft', draft: { writtenBy: 'model' } } } });
    const writer = fake.requests.filter((r) => !r.body.tools?.length);
    expect(writer).toHaveLength(1);
    const prompt = JSON.stringify(writer[0].body.messages);
    for (const fact of ['Acme GmbH', 'Manufacturing', 'Jane Roe', 'Website relaunch', '2026-02-27', '2026-03-10', 'Test Studio']) {
      expect(prompt, fact).toContain(fact);
    }
    expect(JSON.stringify(fake.requests)).not.toContain('Zebra-Quartz');
    expect(JSON.stringify(turn.results)).not.toContain('Zebra-Quartz');
    expect(writer[0].body.messages[0]).toMatchObject({ role: 'system', content: expect.stringMatching(/Invent nothing/) });

    const { row, writtenBy } = await drafted(fx, clientId);
    expect(row).toMatchObject({ subject: 'Spring campaign after the Website relaunch?', status: 'draft' });
    expect(row.body).toBe(EMAIL.split('\n\n').slice(1).join('\n\n'));
    expect(writtenBy).toBe('model');
  });

  it('falls back to the composed draft when the model answers without a subject line', async () => {
    const { fx, clientId } = await setup('Sure! Here is an idea for an email.');
    const turn = await runAgent({ deps: fx.deps, ctx: fx.ctxFor('manager'), conversationId: 'ow-2', text: 'draft an email to acme', surface: 'web' });
    expect(turn.results[0].result).toMatchObject({ ok: true });
    const { row, writtenBy } = await drafted(fx, clientId);
    expect(row.subject).toBe('Catching up after Website relaunch');
    expect(row.body).toContain('Hi Jane,');
    expect(row.body).not.toContain('Zebra-Quartz');
    expect(writtenBy).toBe('composed');
  });

  it('has no writer with the offline model (drafts are composed)', async () => {
    fx = await agentFixture();
    expect(makeCtx(fx.deps, fx.ws.actors.owner).writer).toBeUndefined();
  });

  it('reads "Subject:" and the body, and nothing else', () => {
    expect(parseEmail('**Subject:** Hello again\n\nHi Jane, it has been a while since the relaunch.')).toEqual({ subject: 'Hello again', body: 'Hi Jane, it has been a while since the relaunch.' });
    expect(parseEmail('Hello again\n\nHi Jane')).toBeNull();
    expect(parseEmail('Subject: x\n\nshort')).toBeNull();
  });
});
