// The full client form (Add details) runs updateClient through the tool runner: a value typed as text ('5,000') is
// still saved as the number, a value that is no number is refused on its field in the domain's words, and the
// answer still names what changed (or that nothing did).
import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { clients } from '../../../src/db/schema';
import { asPayload, buttonClick, startHarness, TEAM_A, type Harness } from './slack-harness';
import { shownMessages } from './shown-messages';

let h: Harness | undefined;
afterEach(async () => { await h?.close(); h = undefined; });

type Modal = { callback_id: string; private_metadata: string; blocks: unknown[] };
function submit(hh: Harness, view: Modal, values: Record<string, string>): string {
  const p = JSON.parse(hh.fixture('view-submission.json'));
  p.team = { id: TEAM_A, domain: 'example' };
  p.user = { id: 'UA8RXUSPL', username: 'jack', name: 'jack', team_id: TEAM_A };
  p.view = { ...p.view, ...view, state: { values: Object.fromEntries(Object.entries(values).map(([k, v]) => [k, { value: { type: 'plain_text_input', value: v } }])) } };
  return asPayload(p);
}

async function openForm(hh: Harness) {
  const [row] = await hh.deps.db.insert(clients).values({ workspaceId: hh.deps.workspaceId, number: '0001', name: 'Acme Corp', nameKey: 'acmecorp' }).returning();
  await hh.send(buttonClick(hh, 'client_add_details', String(row.id)));
  await hh.deps.deferrer.drain();
  const [open] = hh.fake.callsTo('views.open');
  expect(open.args.view.callback_id).toBe('client_form');
  return { id: row.id, view: open.args.view as Modal };
}
const storedValue = async (hh: Harness, id: number) => (await hh.deps.db.select().from(clients).where(eq(clients.id, id)))[0].value;

describe('Add details modal: typed values', () => {
  it("saves a value typed '5,000' as 5000 and names the change, with Undo", async () => {
    h = await startHarness();
    const { id, view } = await openForm(h);
    const res = await h.send(submit(h, view, { name: 'Acme Corp', value: '5,000' }));
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
    await h.deps.deferrer.drain();
    expect(await storedValue(h, id)).toBe(5000);
    const [post] = shownMessages(h.fake);
    expect(post.args.text).toContain('Updated Acme Corp: value.');
    expect(JSON.stringify(post.args.blocks)).toContain('Undo: this change');
  });

  it('names the changed fields with the form\'s labels, not the columns (addressLine1, postalCode, taxId)', async () => {
    h = await startHarness();
    const { view } = await openForm(h);
    await h.send(submit(h, view, { name: 'Acme Corp', 'address.line1': '1 Main St', 'address.postalCode': '10115', taxId: 'DE123456789' }));
    await h.deps.deferrer.drain();
    const [post] = shownMessages(h.fake);
    expect(post.args.text).toContain('Updated Acme Corp: tax ID, street, postal code.');
  });

  it('refuses a value that is no number on its field in the domain words, saving nothing', async () => {
    h = await startHarness();
    const { id, view } = await openForm(h);
    const bad = await h.send(submit(h, view, { name: 'Acme Corp', value: 'lots', 'address.city': 'Berlin' }));
    expect(await bad.json()).toEqual({ response_action: 'errors', errors: { value: 'must be a number' } });
    const neg = await h.send(submit(h, view, { name: 'Acme Corp', value: '-5' }));
    expect(await neg.json()).toEqual({ response_action: 'errors', errors: { value: 'cannot be negative' } });
    await h.deps.deferrer.drain();
    expect(await storedValue(h, id)).toBeNull();
    expect(shownMessages(h.fake)).toHaveLength(0);
  });

  it('says nothing changed when the form is saved as it was, with no Undo', async () => {
    h = await startHarness();
    const { view } = await openForm(h);
    expect((await h.send(submit(h, view, { name: 'Acme Corp' }))).status).toBe(200);
    await h.deps.deferrer.drain();
    const [post] = shownMessages(h.fake);
    expect(post.args.text).toContain('Nothing changed on Acme Corp.');
    expect(JSON.stringify(post.args.blocks)).not.toContain('change_undo');
  });
});
