// Documents in the domain: added, shared, deleted, each in the history and undoable; the limits on size and type;
// and who may read which bytes (team: the workspace; a portal contact: shared documents of their own client).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { undoActivity } from '../../../src/domain/activity/undo-activity';
import { listActivity } from '../../../src/domain/activity/list-activity';
import { createClient } from '../../../src/domain/clients/create-client';
import { addDocument } from '../../../src/domain/documents/add-document';
import { deleteDocument } from '../../../src/domain/documents/delete-document';
import { sanitizeFilename } from '../../../src/domain/documents/document-rules';
import { listClientDocuments } from '../../../src/domain/documents/document-views';
import { listPortalDocuments } from '../../../src/domain/documents/portal-documents';
import { readDocument } from '../../../src/domain/documents/read-document';
import { shareDocument } from '../../../src/domain/documents/share-document';
import { purgeDeletedDocuments } from '../../../src/domain/documents/purge-deleted-documents';
import { documents } from '../../../src/db/schema';
import { createTestDb, type TestDb } from '../../support/db';
import { seedWorkspace, testCtx, type SeededWorkspace } from '../../support/factories';
import { seedContact } from '../portal/seed-portal';

const PDF = new TextEncoder().encode('%PDF-1.7\nbrief');
const pdf = (name = 'Brief.pdf') => ({ name, bytes: PDF });

let db: TestDb;
let ws: SeededWorkspace;
let other: SeededWorkspace;
beforeAll(async () => {
  db = await createTestDb();
  ws = await seedWorkspace(db.db);
  other = await seedWorkspace(db.db, { name: 'Other' });
  const owner = testCtx(db.db, ws.actors.owner);
  for (const name of ['Acme Corp', 'Globex']) await createClient({ ctx: owner, input: { name } });
  await createClient({ ctx: testCtx(db.db, other.actors.owner), input: { name: 'Elsewhere' } });
});
afterAll(() => db.cleanup());

const owner = () => testCtx(db.db, ws.actors.owner);
const contactCtx = (clientId: number, contactId: number) =>
  testCtx(db.db, { kind: 'contact', workspaceId: ws.workspaceId, clientId, contactId, channel: 'portal', name: 'Jane' });

describe('adding, sharing and deleting', () => {
  it('stores a file team-only by default, titled from its name, and says so in the history', async () => {
    const r = await addDocument({ ctx: owner(), input: { client: 'Acme', file: pdf('Brand guide v2.pdf') } });
    expect(r.document).toMatchObject({ title: 'Brand guide v2', filename: 'Brand guide v2.pdf', contentType: 'application/pdf', shared: false, bytes: PDF.byteLength });
    const { bytes } = await readDocument({ ctx: owner(), input: { id: r.document.id } });
    expect(new TextDecoder().decode(bytes)).toBe('%PDF-1.7\nbrief');
    const { activities } = await listActivity({ ctx: owner(), input: { client: 'Acme', limit: 5 } });
    expect(activities[0].summary).toBe('Added the document "Brand guide v2" (Brand guide v2.pdf, 1 KB) to Acme Corp, team only');
  });

  it('shares into the portal and hides again, each undoable', async () => {
    const r = await addDocument({ ctx: owner(), input: { client: 'Acme', file: pdf('Contract.pdf'), title: 'Signed contract' } });
    const shared = await shareDocument({ ctx: owner(), input: { client: 'Acme', document: 'signed contract', shared: true } });
    expect(shared).toMatchObject({ changed: true, document: { shared: true } });
    expect((await shareDocument({ ctx: owner(), input: { client: 'Acme', document: r.document.id, shared: true } })).changed).toBe(false);
    await undoActivity({ ctx: owner(), input: { activityId: shared.activityId } });
    const docs = await listClientDocuments(db.db, ws.workspaceId, r.client.id);
    expect(docs.find((d) => d.id === r.document.id)?.shared).toBe(false);
  });

  it('deletes one document, and the undo brings it back with its bytes', async () => {
    const r = await addDocument({ ctx: owner(), input: { client: 'Acme', file: pdf('Old quote.pdf'), shared: true } });
    const del = await deleteDocument({ ctx: owner(), input: { client: 'Acme', document: 'Old quote' } });
    expect((await listClientDocuments(db.db, ws.workspaceId, r.client.id)).map((d) => d.id)).not.toContain(r.document.id);
    await expect(readDocument({ ctx: owner(), input: { id: r.document.id } })).rejects.toMatchObject({ code: 'not_found' });
    await undoActivity({ ctx: owner(), input: { activityId: del.activityId } });
    expect((await readDocument({ ctx: owner(), input: { id: r.document.id } })).bytes.byteLength).toBe(PDF.byteLength);
  });

  it('undoing an add takes the document away again', async () => {
    const r = await addDocument({ ctx: owner(), input: { client: 'Globex', file: pdf('Mistake.pdf') } });
    await undoActivity({ ctx: owner(), input: { activityId: r.activityId } });
    expect(await listClientDocuments(db.db, ws.workspaceId, r.client.id)).toEqual([]);
  });
});

describe('limits', () => {
  const refuse = (file: { name: string; bytes: Uint8Array }) => addDocument({ ctx: owner(), input: { client: 'Acme', file } });
  it('refuses programs, whatever their name says, and files whose bytes do not match their name', async () => {
    await expect(refuse({ name: 'setup.exe', bytes: new Uint8Array([0x4d, 0x5a, 0x90]) })).rejects.toMatchObject({ code: 'invalid' });
    await expect(refuse({ name: 'invoice.pdf', bytes: new Uint8Array([0x4d, 0x5a, 0x90, 0, 3]) })).rejects.toThrow(/program or script/);
    await expect(refuse({ name: 'notes.txt', bytes: new TextEncoder().encode('#!/bin/sh\nrm -rf /') })).rejects.toThrow(/program or script/);
    await expect(refuse({ name: 'page.html', bytes: new TextEncoder().encode('<script>') })).rejects.toThrow(/not a document type/);
    await expect(refuse({ name: 'logo.svg', bytes: new TextEncoder().encode('<svg onload=alert(1)>') })).rejects.toThrow(/not a document type/);
    await expect(refuse({ name: 'photo.png', bytes: PDF })).rejects.toThrow(/does not contain what its name says/);
  });

  it('refuses more than 20 MB and empty files', async () => {
    await expect(refuse({ name: 'big.pdf', bytes: new Uint8Array(20 * 1024 * 1024 + 1).fill(0x25) })).rejects.toMatchObject({ code: 'too_large' });
    await expect(refuse({ name: 'empty.pdf', bytes: new Uint8Array() })).rejects.toThrow(/empty/);
  });

  it('keeps a name without folders, quotes or control characters', () => {
    expect(sanitizeFilename('../../etc/"Invoice März"\r\n<x>.pdf')).toBe('Invoice Marz-x-.pdf');
    expect(sanitizeFilename('C:\\Users\\me\\report.docx')).toBe('report.docx');
    expect(sanitizeFilename(`${'a'.repeat(300)}.pdf`)).toMatch(/^a{116}\.pdf$/);
  });
});

describe('who reads what', () => {
  it('a portal contact lists and reads only the shared documents of their own client; every other id is the same NotFound', async () => {
    const acme = await addDocument({ ctx: owner(), input: { client: 'Acme', file: pdf('Acme shared.pdf'), shared: true } });
    const hidden = await addDocument({ ctx: owner(), input: { client: 'Acme', file: pdf('Acme team only.pdf') } });
    const globex = await addDocument({ ctx: owner(), input: { client: 'Globex', file: pdf('Globex shared.pdf'), shared: true } });
    const elsewhere = await addDocument({ ctx: testCtx(db.db, other.actors.owner), input: { client: 'Elsewhere', file: pdf('B.pdf'), shared: true } });
    const jane = await seedContact(db.db, ws.workspaceId, acme.client.id, 'Jane', 'jane@acme.test');
    const ctx = contactCtx(acme.client.id, jane.id);
    const titles = (await listPortalDocuments({ ctx })).map((d) => d.title);
    expect(titles).toContain('Acme shared');
    expect(titles).not.toContain('Acme team only');
    expect(titles).not.toContain('Globex shared');
    expect((await readDocument({ ctx, input: { id: acme.document.id } })).document.title).toBe('Acme shared');
    for (const id of [hidden.document.id, globex.document.id, elsewhere.document.id, 999999, 'x', -1]) {
      await expect(readDocument({ ctx, input: { id } }), String(id)).rejects.toMatchObject({ code: 'not_found', message: 'That document does not exist.' });
    }
  });

  it('members without client access and other workspaces cannot touch documents', async () => {
    await expect(addDocument({ ctx: testCtx(db.db, ws.actors.member), input: { client: 'Acme', file: pdf() } })).rejects.toMatchObject({ code: 'forbidden' });
    const mine = await addDocument({ ctx: owner(), input: { client: 'Acme', file: pdf('Mine.pdf') } });
    await expect(readDocument({ ctx: testCtx(db.db, other.actors.owner), input: { id: mine.document.id } })).rejects.toMatchObject({ code: 'not_found' });
    await expect(deleteDocument({ ctx: testCtx(db.db, other.actors.owner), input: { client: 'Acme', document: mine.document.id } })).rejects.toMatchObject({ code: 'not_found' });
  });
});

describe('purge', () => {
  it('removes the bytes and row of a document deleted longer ago than the undo window, and keeps a fresh delete restorable', async () => {
    const ctx = owner();
    const old = await addDocument({ ctx, input: { client: 'Globex', file: pdf('Old.pdf') } });
    await deleteDocument({ ctx, input: { client: 'Globex', document: 'Old' } });
    ctx.clock.now = new Date(ctx.clock.now.getTime() + 2 * 60 * 60 * 1000);
    const fresh = await addDocument({ ctx, input: { client: 'Globex', file: pdf('Fresh.pdf') } });
    await deleteDocument({ ctx, input: { client: 'Globex', document: 'Fresh' } });
    const later = new Date(ctx.clock.now.getTime() + ctx.config.undoWindowMs - 60 * 60 * 1000);
    // The earlier tests' undone add (Mistake.pdf) is as old, so it goes too.
    expect(await purgeDeletedDocuments(db.db, ctx.documents, later, ctx.config.undoWindowMs)).toBe(2);
    const rows = await db.db.select().from(documents);
    expect(rows.map((r) => r.id)).not.toContain(old.document.id);
    expect(rows.map((r) => r.id)).toContain(fresh.document.id);
    const gone = rows.find((r) => r.id === fresh.document.id)!;
    expect(await ctx.documents!.read(gone.storageKey)).not.toBeNull();
  });
});
