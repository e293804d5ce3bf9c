// removeMember on the OpenAI path: the real provider against a loopback OpenAI-compatible fake. The model is offered
// the tool (listed in the system prompt as needing confirmation), its call waits for the click, and the click removes
// the teammate and hands their clients over.
import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { createLanguageModel } from '../../src/agent/model';
import { confirmApproval, runAgent } from '../../src/agent/run-agent';
import { clients, members } from '../../src/db/schema';
import { createClient } from '../../src/domain/clients/create-client';
import { parseEnv } from '../../src/env';
import { startFakeOpenAI, type FakeOpenAI } from './fake-openai';
import { agentFixture, type AgentFixture } from './setup';

let fake: FakeOpenAI;
let fx: AgentFixture;
afterEach(async () => {
  await fake?.close();
  fx?.deps.testDb.cleanup();
});

describe('removeMember through an OpenAI-compatible model', () => {
  it('offers the tool, waits for the click, then removes the teammate and hands their clients over', async () => {
    fake = await startFakeOpenAI({ toolName: 'removeMember', args: { member: 'Manager', reassignTo: 'Admin' }, text: 'Done.' });
    const env = parseEnv({ OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: fake.baseURL, OPENAI_MODEL: 'gpt-test' });
    fx = await agentFixture(createLanguageModel(env, { now: () => new Date() }));
    const { manager, admin } = fx.ws.actors;
    const owner = fx.ctxFor('owner');
    for (const name of ['Acme Corp', 'Globex']) await createClient({ ctx: owner, input: { name, owner: manager.name } });

    const turn = await runAgent({
      deps: fx.deps,
      ctx: owner,
      conversationId: 'rm-oa',
      text: 'remove the manager, the admin takes their clients',
      surface: 'web',
    });

    const first = fake.requests[0].body;
    expect(first.messages[0].content).toContain('- removeMember (grants access; needs confirmation): Removes a teammate');
    const fn = first.tools.find((t: any) => t.function.name === 'removeMember').function;
    expect(Object.keys(fn.parameters.properties).sort()).toEqual(['member', 'reassignTo']);
    expect(turn.results).toEqual([]);
    expect(turn.approvals[0]).toMatchObject({
      toolName: 'removeMember',
      summary: `Remove ${manager.name} from the team and hand their 2 clients to ${admin.name}`,
    });
    const [before] = await fx.deps.db.select().from(members).where(eq(members.id, manager.memberId));
    expect(before.removedAt).toBeNull();

    const done = await confirmApproval({ deps: fx.deps, ctx: owner, approvalId: turn.approvals[0].id });
    expect(done.results[0].result).toMatchObject({
      ok: true,
      text: `Removed ${manager.name} from the team; their 2 clients now belong to ${admin.name}.`,
    });
    const [after] = await fx.deps.db.select().from(members).where(eq(members.id, manager.memberId));
    expect(after.removedAt).toBeInstanceOf(Date);
    const owners = (await fx.deps.db.select().from(clients)).map((c) => c.ownerId);
    expect(owners).toEqual([admin.memberId, admin.memberId]);
  });
});
