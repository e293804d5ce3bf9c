// The Add contact modal through the whole app: the card's button opens it, a valid submission adds the contact
// and posts the client's card with Undo in the thread; an invalid email comes back as a field error, nothing saved.
import { count, eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { contacts } from '../../../src/db/schema';
import { seedClient } from '../../domain/exports/seed';
import { asPayload, buttonClick, startHarness, TEAM_A, type Harness } from './slack-harness';

let h: Harness | undefined;
afterEach(async () => { await h?.close(); h = undefined; });


const click = (hh: Harness, actionId: string, value: string) => buttonClick(hh, actionId, value, { actionTs: '1548426417.840180' });

type Modal = { callback_id: string; private_metadata: string; blocks: unknown[] };
function submit(hh: Harness, view: Modal, text: Record<string, string>, extra: Record<string, unknown> = {}): string {
  const p = JSON.parse(hh.fixture('view-submission.json'));
  p.team = { id: TEAM_A, domain: 'example' };
  p.user = { id: 'UA8RXUSPL', username: 'jack', name: 'jack', team_id: TEAM_A };
  const values: Record<string, unknown> = Object.fromEntries(Object.entries(text).map(([k, v]) => [k, { value: { type: 'plain_text_input', value: v } }]));
  p.view = { ...p.view, ...view, state: { values: { ...values, ...extra } } };
  return asPayload(p);
}

const contactCount = async (hh: Harness) => (await hh.deps.db.select({ n: count() }).from(contacts))[0].n;

async function openModal(hh: Harness) {
  const { client } = await seedClient(hh.deps.db, hh.deps.workspaceId, { name: 'Acme Corp', status: 'active' });
  await hh.send(click(hh, 'client_add_contact', String(client.id)));
  await hh.deps.deferrer.drain();
  const [open] = hh.fake.callsTo('views.open');
  expect(open.args.view.callback_id).toBe('contact_form');
  return { client, view: open.args.view as Modal };
}

describe('Add contact modal', () => {
  it('adds the contact (role and primary from the select and checkboxes) and posts the card with Undo', async () => {
    h = await startHarness();
    const { client, view } = await openModal(h);
    const res = await h.send(submit(h, view, { name: 'Jane Doe', email: 'Jane@Acme.com', jobTitle: 'CFO' }, {
      role: { value: { type: 'static_select', selected_option: { value: 'finance' } } },
      flags: { value: { type: 'checkboxes', selected_options: [{ value: 'primary' }] } },
    }));
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
    await h.deps.deferrer.drain();
    const rows = await h.deps.db.select().from(contacts).where(eq(contacts.clientId, client.id));
    expect(rows.map((r) => [r.name, r.email, r.jobTitle, r.role, r.isPrimary])).toEqual([['Jane Doe', 'jane@acme.com', 'CFO', 'finance', true]]);
    const [post] = h.fake.callsTo('chat.postMessage');
    expect(post.args).toMatchObject({ channel: 'CBR2V3XEX', thread_ts: '1548261231.000200' });
    expect(post.args.text).toContain('Added Jane Doe to Acme Corp');
    const blocks = JSON.stringify(post.args.blocks);
    expect(blocks).toContain('jane@acme.com');
    expect(blocks).toContain('"action_id":"change_undo"');
  });

  it('answers an invalid email with a field error in the modal and saves nothing', async () => {
    h = await startHarness();
    const { view } = await openModal(h);
    const res = await h.send(submit(h, view, { name: 'Jane Doe', email: 'jane at acme' }));
    const body = await res.json();
    expect(body.response_action).toBe('errors');
    expect(Object.keys(body.errors)).toEqual(['email']);
    await h.deps.deferrer.drain();
    expect(await contactCount(h)).toBe(0);
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(0);

    // The same modal, corrected, goes through.
    const fixed = await h.send(submit(h, view, { name: 'Jane Doe', email: 'jane@acme.com' }));
    expect(fixed.status).toBe(200);
    await h.deps.deferrer.drain();
    expect(await contactCount(h)).toBe(1);
  });
});
