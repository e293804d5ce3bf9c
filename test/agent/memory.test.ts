// Conversation memory with the built-in offline model: a later message refers to what an earlier one did.
import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runAgent } from '../../src/agent/run-agent';
import { contacts } from '../../src/db/schema';
import { createClient } from '../../src/domain/clients/create-client';
import { setPortalAccess } from '../../src/domain/portal/set-portal-access';
import { agentFixture, type AgentFixture } from './setup';

let fx: AgentFixture;
beforeEach(async () => {
  fx = await agentFixture(); // the offline model, as createTestDeps gives it
  await createClient({ ctx: fx.ctxFor('owner'), input: { name: 'Acme Corp' } });
  // Portal off: a contact with an email then grants no access, so adding one needs no click (risk-approvals.test.ts).
  await setPortalAccess({ ctx: fx.ctxFor('owner'), input: { client: 'Acme Corp', enabled: false } });
});
afterEach(() => fx.deps.testDb.cleanup());

const say = (text: string, conversationId = 'thread-1', role: 'owner' | 'manager' = 'manager') =>
  runAgent({ deps: fx.deps, ctx: fx.ctxFor(role), conversationId, text, surface: 'slack' });
const contactRows = () => fx.deps.db.select().from(contacts);

describe('conversation memory (offline model)', () => {
  it('"make her the primary contact" right after adding Jane acts on Jane', async () => {
    await say('add Bob Poe (bob@acme.com) to Acme Corp');
    const added = await say('add Jane Roe (jane@acme.com) to Acme Corp');
    expect(added.results[0]).toMatchObject({ toolName: 'addContact', result: { ok: true } });
    expect((await contactRows()).find((c) => c.email === 'jane@acme.com')?.isPrimary).toBe(false);

    const turn = await say('make her the primary contact');
    expect(turn.results[0]).toMatchObject({ toolName: 'updateContact', result: { ok: true } });
    const rows = await contactRows();
    expect(rows.find((c) => c.email === 'jane@acme.com')?.isPrimary).toBe(true);
    expect(rows.find((c) => c.email === 'bob@acme.com')?.isPrimary).toBe(false);
  });

  it('another conversation does not know who "her" is', async () => {
    await say('add Bob Poe (bob@acme.com) to Acme Corp');
    await say('add Jane Roe (jane@acme.com) to Acme Corp');
    const elsewhere = await say('make her the primary contact', 'thread-2');
    const [jane] = await fx.deps.db.select().from(contacts).where(eq(contacts.email, 'jane@acme.com'));
    expect(jane.isPrimary).toBe(false);
    expect(elsewhere.results.filter((r) => r.result.ok)).toEqual([]);
  });
});
