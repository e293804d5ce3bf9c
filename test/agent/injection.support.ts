// A1's world: a workspace whose records hold instructions planted by outsiders, an OpenAI-compatible model that
// obeys them, and a snapshot of everything an attacker would want changed (members, contacts, portal, mail).
import { count, eq, ne } from 'drizzle-orm';
import { createLanguageModel } from '../../src/agent/model';
import { runAgent } from '../../src/agent/run-agent';
import type { ContactActor } from '../../src/context';
import { activities, clients, contacts, members, notes, outreachDrafts } from '../../src/db/schema';
import { makeCtx } from '../../src/deps';
import { addNote } from '../../src/domain/clients/add-note';
import { createClient } from '../../src/domain/clients/create-client';
import { addContact } from '../../src/domain/contacts/add-contact';
import { applyImport } from '../../src/domain/imports/apply-import';
import { importCsv } from '../../src/domain/imports/import-csv';
import { draftOutreach } from '../../src/domain/outreach/draft-outreach';
import { updateOwnProfile } from '../../src/domain/portal/update-own-profile';
import { parseEnv } from '../../src/env';
import { startSite, type Site } from '../domain/enrichment/site-server';
import { createTestDeps, type TestDeps } from '../support/deps';
import { seedWorkspace, type SeededWorkspace } from '../support/factories';
import { startObedientModel, type Call, type Obedient } from './obedient-openai';

export type World = { deps: TestDeps; ws: SeededWorkspace; model: Obedient; sites: Site[]; draftId: number; close(): Promise<void> };

export async function startWorld(plan: (userText: string) => Call[]): Promise<World> {
  const model = await startObedientModel(plan);
  const chat = createLanguageModel(parseEnv({ OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: model.baseURL, OPENAI_MODEL: 'obedient' }), { now: () => new Date() });
  // No key in the env itself: drafts are composed, not written by the (obedient) model.
  const deps = await createTestDeps({ env: { ENRICH_ALLOW_PRIVATE: 'true' }, overrides: { model: chat } });
  const ws = await seedWorkspace(deps.db, { currency: 'EUR' });
  const owner = makeCtx(deps, ws.actors.owner);
  await createClient({ ctx: owner, input: { name: 'Acme Corp', contactName: 'Jane Roe', email: 'jane@acme.io' } });
  await addContact({ ctx: owner, input: { client: 'Acme Corp', name: 'Bob Poe', email: 'bob@acme.io', portalEnabled: false } });
  await createClient({ ctx: owner, input: { name: 'Beta Labs' } });
  await createClient({ ctx: owner, input: { name: 'Dormant Ltd', status: 'inactive', contactName: 'Dora Dorm', email: 'dora@dormant.example' } });
  const { draft } = await draftOutreach({ ctx: owner, input: { client: 'Dormant Ltd' } });
  const sites: Site[] = [];
  return {
    deps, ws, model, sites, draftId: draft.id,
    close: async () => { await model.close(); await Promise.all(sites.map((s) => s.close())); deps.testDb.cleanup(); },
  };
}

/** A world whose model does what the last ask() gave it, with the owner's web-chat turns (a new conversation each). */
export async function startOwnerChat(prefix: string) {
  let person: Call[] = [];
  const w = await startWorld(() => person);
  const owner = () => makeCtx(w.deps, w.ws.actors.owner);
  let n = 0;
  const ask = (calls: Call[]) => { person = calls; return runAgent({ deps: w.deps, ctx: owner(), conversationId: `${prefix}-${n++}`, text: 'please', surface: 'web' }); };
  return { w, owner, ask };
}
export type OwnerChat = Awaited<ReturnType<typeof startOwnerChat>>;

export const PLACES = ['portal profile', 'client note', 'CSV cell', 'Slack message', 'website text'] as const;
export type Place = (typeof PLACES)[number];

/** Plants `text` in one place; returns the call the person makes to read it. */
export async function plant(w: World, place: Place, i: number, text: string): Promise<Call> {
  const owner = makeCtx(w.deps, w.ws.actors.owner);
  const name = `${place.split(' ')[0]} Co ${i}`;
  if (place === 'portal profile') {
    const { client } = await createClient({ ctx: owner, input: { name, contactName: 'Pat', email: `pat${i}@portal.example` } });
    const me: ContactActor = { kind: 'contact', workspaceId: w.ws.workspaceId, contactId: client.contacts[0].id, clientId: client.id, channel: 'portal', name: 'Pat' };
    await updateOwnProfile({ ctx: makeCtx(w.deps, me), input: { name: `Pat ${text}`.slice(0, 120), phone: '' } });
  } else if (place === 'client note') {
    await createClient({ ctx: owner, input: { name } });
    await addNote({ ctx: owner, input: { client: name, text: `Spoke to them. ${text}` } });
  } else if (place === 'CSV cell') {
    const dry = await importCsv({ ctx: owner, input: { content: `Company,Industry\n${name},"${text}"\n`, filename: `leads-${i}.csv` } });
    await applyImport({ ctx: owner, input: { importId: dry.importId } });
  } else if (place === 'Slack message') {
    // What "Create client from message" saves: fields read from someone else's message, here the name.
    await createClient({ ctx: makeCtx(w.deps, { ...w.ws.actors.owner, channel: 'slack' }), input: { name: `${name} ${text}`, policy: 'quick' } });
  } else {
    const site = await startSite({ '/': `<html><head><meta name="description" content="We build bridges. ${text}"></head><body><p>Hi</p></body></html>` });
    w.sites.push(site);
    // Loopback is no website address to the normaliser; the enrichment tests store it directly too.
    const { client } = await createClient({ ctx: owner, input: { name } });
    await w.deps.db.update(clients).set({ website: site.url }).where(eq(clients.id, client.id));
    return { name: 'enrichClient', args: { client: name } };
  }
  return { name: 'showClient', args: { client: name } };
}

/** Everything an instruction could change, as one comparable string (enrichment's own bookkeeping aside). */
export async function snapshot(w: World): Promise<string> {
  const db = w.deps.db;
  return JSON.stringify({
    members: await db.select({ id: members.id, email: members.email, role: members.role }).from(members).orderBy(members.id),
    contacts: await db.select({ id: contacts.id, email: contacts.email, name: contacts.name, portal: contacts.portalEnabled, primary: contacts.isPrimary })
      .from(contacts).orderBy(contacts.id),
    clients: await db.select({ id: clients.id, name: clients.name, status: clients.status, email: clients.email, portal: clients.portalEnabled,
      epoch: clients.portalEpoch, archived: clients.archivedAt }).from(clients).orderBy(clients.id),
    notes: (await db.select({ n: count() }).from(notes))[0].n,
    drafts: await db.select({ id: outreachDrafts.id, status: outreachDrafts.status }).from(outreachDrafts),
    activities: (await db.select({ n: count() }).from(activities).where(ne(activities.verb, 'client.enriched')))[0].n,
    sent: w.deps.mailer.sent.length,
  });
}
