// "What's Jane's phone?" in chat: showClient with a contact puts that person's details first (job title, phone,
// portal), then the client; a contact the client does not have is a clear not-found, and a teammate without client access sees nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../../src/domain/clients/create-client';
import { addContact } from '../../src/domain/contacts/add-contact';
import { runTool } from '../../tools/run-tool';
import { createTestDb, type TestDb } from '../support/db';
import { seedWorkspace, testCtx, type SeededWorkspace } from '../support/factories';

let db: TestDb;
let ws: SeededWorkspace;
beforeAll(async () => {
  db = await createTestDb();
  ws = await seedWorkspace(db.db);
  const ctx = testCtx(db.db, ws.actors.owner);
  await createClient({ ctx, input: { name: 'Acme Corp' } });
  await addContact({ ctx, input: { client: 'Acme Corp', name: 'Jane Doe', email: 'jane@acme.io', jobTitle: 'CFO', role: 'finance' } });
  await addContact({ ctx, input: { client: 'Acme Corp', name: 'Bob Poe', phone: '+1 415 555 0100', portalEnabled: false } });
});
afterAll(() => db.cleanup());

const run = (input: Record<string, unknown>, actor = ws.actors.owner) => runTool(testCtx(db.db, actor), 'showClient', input);

describe('showClient with a contact', () => {
  it("leads with the person's details, then the client (happy)", async () => {
    const jane = await run({ client: 'Acme', contact: 'jane' });
    expect(jane.ok && jane.text.split('\n')[0]).toBe('Jane Doe <jane@acme.io> (finance, primary) at Acme Corp (#0001): CFO, portal on.');
    const bob = await run({ client: 'Acme Corp', contact: 'Bob Poe' });
    expect(bob.ok && bob.text.split('\n')[0]).toBe('Bob Poe at Acme Corp (#0001): +14155550100, portal off.');
    const plain = await run({ client: 'Acme Corp' });
    expect(plain.ok && plain.text).toMatch(/^Acme Corp \(#0001\): lead, 2 contacts/);
  });

  it('says a contact the client does not have is not found (error)', async () => {
    expect(await run({ client: 'Acme Corp', contact: 'Nadia' })).toMatchObject({ ok: false, error: { code: 'not_found', message: 'No contact matches "Nadia".' } });
  });

  it('is refused to a role without client access (security)', async () => {
    expect(await run({ client: 'Acme Corp', contact: 'Jane' }, ws.actors.member)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});
