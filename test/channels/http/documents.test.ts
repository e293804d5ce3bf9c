// Documents over HTTP: the team uploads on the client page and downloads through an authorised route; a portal
// contact downloads only their own client's shared documents; any other id is the same 404 page as the portal's.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeCtx } from '../../../src/deps';
import { addDocument } from '../../../src/domain/documents/add-document';
import { listClientDocuments } from '../../../src/domain/documents/document-views';
import type { TestDeps } from '../../support/deps';
import { seedWorkspace } from '../../support/factories';
import { seedClient } from '../../domain/portal/seed-portal';
import { type Deployment, ownerCtx, signInPortal, startPortalApp } from './portal-helpers';
import { addMember, sameOrigin, signIn, type App } from './web-session';

let deps: TestDeps, app: App, s: Deployment, team: string;
beforeEach(async () => {
  ({ deps, app, s } = await startPortalApp());
  await addMember(deps, 'manager', 'mia@studio.test', 'Mia Manager');
  team = await signIn(app, deps, 'mia@studio.test');
});
afterEach(() => deps.testDb.cleanup());

const PDF = Buffer.from('%PDF-1.7\nthe brief');
// The app's own ctx: the same private document store the routes read.
const owner = () => ownerCtx(deps, s);

function upload(clientId: number, file: { name: string; bytes: Buffer; type?: string }, fields: Record<string, string> = {}) {
  const body = new FormData();
  body.set('file', new File([new Uint8Array(file.bytes)], file.name, { type: file.type ?? 'application/octet-stream' }));
  for (const [k, v] of Object.entries(fields)) body.set(k, v);
  return app.request(`/clients/${clientId}/documents`, { method: 'POST', headers: { ...sameOrigin, cookie: team }, body });
}

describe('the team', () => {
  it('uploads a document on the client page, sees it in the Documents card and downloads it as an attachment', async () => {
    const res = await upload(s.acme.id, { name: '../Brand "guide".pdf', bytes: PDF }, { title: 'Brand guide', shared: 'true' });
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toContain('Uploaded “Brand guide”, shared in the portal.');
    expect(page).toContain('id="documents"');
    const [doc] = await listClientDocuments(deps.db, deps.workspaceId, s.acme.id);
    expect(doc).toMatchObject({ title: 'Brand guide', filename: 'Brand -guide-.pdf', shared: true });
    const dl = await app.request(`/clients/${s.acme.id}/documents/${doc.id}`, { headers: { cookie: team } });
    expect(dl.status).toBe(200);
    expect(dl.headers.get('content-type')).toBe('application/pdf');
    expect(dl.headers.get('content-disposition')).toBe(`attachment; filename="Brand -guide-.pdf"; filename*=UTF-8''Brand%20-guide-.pdf`);
    expect(dl.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await dl.arrayBuffer()).equals(PDF)).toBe(true);
    // Another client's path for the same id is a 404.
    expect((await app.request(`/clients/${s.globex.id}/documents/${doc.id}`, { headers: { cookie: team } })).status).toBe(404);
  });

  it('refuses a program with the reason on the page and stores nothing', async () => {
    const res = await upload(s.acme.id, { name: 'tool.exe', bytes: Buffer.from([0x4d, 0x5a, 0x90, 0]) });
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('tool.exe is not a document type the portal serves');
    expect(await listClientDocuments(deps.db, deps.workspaceId, s.acme.id)).toEqual([]);
  });

  it('refuses a body over the document limit before reading it', async () => {
    const res = await upload(s.acme.id, { name: 'huge.pdf', bytes: Buffer.alloc(22 * 1024 * 1024, 0x25) });
    expect(res.status).toBe(413);
    expect(await listClientDocuments(deps.db, deps.workspaceId, s.acme.id)).toEqual([]);
  });

  it('asks before deleting, then deletes with an undo in the history', async () => {
    const r = await addDocument({ ctx: owner(), input: { client: `id:${s.acme.id}`, file: { name: 'Old.pdf', bytes: new Uint8Array(PDF) } } });
    const post = (data: Record<string, string>) => app.request(`/clients/${s.acme.id}/documents/${r.document.id}/delete`, {
      method: 'POST', headers: { ...sameOrigin, cookie: team, 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(data).toString(),
    });
    const ask = await (await post({})).text();
    expect(ask).toContain('id="confirm-delete-document"');
    expect(await listClientDocuments(deps.db, deps.workspaceId, s.acme.id)).toHaveLength(1);
    const done = await (await post({ confirmed: '1' })).text();
    expect(done).toContain('Deleted “Old”.');
    expect(done).toContain('Deleted the document &quot;Old&quot; (Old.pdf) from Acme');
    expect(await listClientDocuments(deps.db, deps.workspaceId, s.acme.id)).toEqual([]);
  });

  it("shares a document in the portal and hides it again; another client's document is not found through this page", async () => {
    const r = await addDocument({ ctx: owner(), input: { client: `id:${s.acme.id}`, file: { name: 'Plan.pdf', bytes: new Uint8Array(PDF) } } });
    const share = (clientId: number, shared: string) => app.request(`/clients/${clientId}/documents/${r.document.id}/share`, {
      method: 'POST', headers: { ...sameOrigin, cookie: team, 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ shared }).toString(),
    });
    const on = await share(s.acme.id, 'true');
    expect(on.status).toBe(303);
    expect(on.headers.get('location')).toBe(`/clients/${s.acme.id}#documents`);
    expect((await listClientDocuments(deps.db, deps.workspaceId, s.acme.id))[0]).toMatchObject({ shared: true });
    const wrong = await share(s.globex.id, 'false');
    expect(wrong.status).toBe(404);
    expect((await listClientDocuments(deps.db, deps.workspaceId, s.acme.id))[0]).toMatchObject({ shared: true });
    expect((await share(s.acme.id, 'false')).status).toBe(303);
    expect((await listClientDocuments(deps.db, deps.workspaceId, s.acme.id))[0]).toMatchObject({ shared: false });
  });
});

describe('the portal', () => {
  it("lists and serves only the contact's own shared documents; every other id is the portal's usual 404", async () => {
    const ctx = owner();
    const shared = await addDocument({ ctx, input: { client: `id:${s.acme.id}`, file: { name: 'Shared.pdf', bytes: new Uint8Array(PDF) }, shared: true } });
    const teamOnly = await addDocument({ ctx, input: { client: `id:${s.acme.id}`, file: { name: 'Internal.pdf', bytes: new Uint8Array(PDF) } } });
    const globex = await addDocument({ ctx, input: { client: `id:${s.globex.id}`, file: { name: 'Globex.pdf', bytes: new Uint8Array(PDF) }, shared: true } });
    const other = await seedWorkspace(deps.db, { name: 'Other' });
    const b = await seedClient(deps.db, other.workspaceId, 'Elsewhere');
    const foreign = await addDocument({ ctx: makeCtx(deps, other.actors.owner), input: { client: `id:${b.id}`, file: { name: 'B.pdf', bytes: new Uint8Array(PDF) }, shared: true } });

    const cookie = await signInPortal(app, deps, 'jane@acme.test');
    const home = await (await app.request('/portal', { headers: { cookie } })).text();
    expect(home).toContain(`href="/portal/documents/${shared.document.id}"`);
    expect(home).not.toContain('Internal');
    expect(home).not.toContain('Globex.pdf');
    const dl = await app.request(`/portal/documents/${shared.document.id}`, { headers: { cookie } });
    expect(dl.status).toBe(200);
    expect(dl.headers.get('content-disposition')).toContain('attachment; filename="Shared.pdf"');

    const missing = await app.request('/portal/documents/999999', { headers: { cookie } });
    const expected = await missing.text();
    expect(missing.status).toBe(404);
    for (const id of [teamOnly.document.id, globex.document.id, foreign.document.id, 'abc']) {
      const res = await app.request(`/portal/documents/${id}`, { headers: { cookie } });
      expect(res.status, String(id)).toBe(404);
      expect(await res.text(), String(id)).toBe(expected);
    }
    // Signed out: back to the sign-in form, no bytes.
    expect((await app.request(`/portal/documents/${shared.document.id}`)).status).toBe(303);
  });
});
