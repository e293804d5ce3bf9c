// The dry run's decisions are reused by the apply only while the workspace is as it was (import-fingerprint.ts).
// Which decisions were written is seen from outside: after the preview the stored file is replaced, and the
// apply reads the file again only when it decides the rows again. So "Beta" imported means a change between
// preview and apply was noticed; "Alpha" means the preview's decisions were kept.
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ctx } from '../../../src/context';
import { clients, csvImports, members } from '../../../src/db/schema';
import { undoActivity } from '../../../src/domain/activity/undo-activity';
import { addNote } from '../../../src/domain/clients/add-note';
import { archiveClient } from '../../../src/domain/clients/archive-client';
import { createClient } from '../../../src/domain/clients/create-client';
import { deleteClient } from '../../../src/domain/clients/delete-client';
import { updateClient } from '../../../src/domain/clients/update-client';
import { addContact } from '../../../src/domain/contacts/add-contact';
import { applyImport } from '../../../src/domain/imports/apply-import';
import { importCsv } from '../../../src/domain/imports/import-csv';
import { createGroup } from '../../../src/domain/settings/create-group';
import { updateWorkspaceSettings } from '../../../src/domain/settings/update-workspace';
import type { TestDb } from '../../support/db';
import { seedWorkspace, testCtx, type SeededWorkspace, seededTestDb } from '../../support/factories';

let t: TestDb, ws: SeededWorkspace, other: SeededWorkspace;
beforeAll(async () => {
  ({ t, ws } = await seededTestDb());
  other = await seedWorkspace(t.db, { name: 'Other Studio' });
});
afterAll(() => t.cleanup());

let n = 0;
/** Previews a file naming Alpha, swaps the stored file for one naming Beta, runs `change`, applies: which one was written. */
async function afterChange(change: (ctx: Ctx, subject: string) => Promise<unknown>): Promise<'Alpha' | 'Beta' | 'both' | 'none'> {
  const k = ++n;
  const ctx = testCtx(t.db, ws.actors.owner);
  // A client made before the preview, for the changes that need one.
  const made = await createClient({ ctx, input: { name: `Subject ${k}`, email: `subject${k}@case.test` } });
  const dry = await importCsv({ ctx, input: { content: `Company,Email\nAlpha ${k},alpha${k}@case.test\n`, filename: `case-${k}.csv` } });
  expect(dry).toMatchObject({ created: 1, rejected: 0 });
  await t.db.update(csvImports).set({ content: `Company,Email\nBeta ${k},beta${k}@case.test\n` }).where(eq(csvImports.id, dry.importId));
  await change(ctx, made.client.name);
  expect(await applyImport({ ctx, input: { importId: dry.importId } })).toMatchObject({ created: 1, alreadyApplied: false });
  const found = await t.db.select({ name: clients.name }).from(clients)
    .where(and(eq(clients.workspaceId, ws.workspaceId), inArray(clients.name, [`Alpha ${k}`, `Beta ${k}`])));
  const names = found.map((c) => c.name.split(' ')[0]);
  return names.length === 2 ? 'both' : ((names[0] as 'Alpha' | 'Beta' | undefined) ?? 'none');
}

describe('the apply keeps the preview decisions', () => {
  it('when nothing changed in between', async () => {
    expect(await afterChange(async () => {})).toBe('Alpha');
  });

  it('when only another workspace changed', async () => {
    const ctx = testCtx(t.db, other.actors.owner);
    expect(await afterChange(async () => {
      await createClient({ ctx, input: { name: 'Elsewhere Ltd', email: 'hi@elsewhere.test' } });
      await updateWorkspaceSettings({ ctx, input: { country: 'FR' } });
    })).toBe('Alpha');
  });
});

describe('the apply decides the rows again after a change in between', () => {
  const slack = () => testCtx(t.db, { ...ws.actors.manager, channel: 'slack' });
  const cases: Array<[string, (ctx: Ctx, subject: string) => Promise<unknown>]> = [
    ['a client created from Slack', () => createClient({ ctx: slack(), input: { name: 'Slack Made Ltd' } })],
    ['a client updated', (ctx, subject) => updateClient({ ctx, input: { client: subject, industry: 'Printing' } })],
    ['a client archived', (ctx, subject) => archiveClient({ ctx, input: { client: subject } })],
    ['a client deleted', (ctx, subject) => deleteClient({ ctx, input: { client: subject } })],
    ['a contact added', (ctx, subject) => addContact({ ctx, input: { client: subject, name: 'Kim Lee', email: 'kim@case.test' } })],
    ['a note added', (ctx, subject) => addNote({ ctx, input: { client: subject, text: 'called back' } })],
    ['another import applied', async (ctx) => {
      const dry = await importCsv({ ctx, input: { content: 'Company,Email\nOther Import Ltd,other@case.test\n' } });
      await applyImport({ ctx, input: { importId: dry.importId } });
    }],
    ['a group created', (ctx) => createGroup({ ctx, input: { name: `Group ${n}` } })],
    ["the workspace's country changed", (ctx) => updateWorkspaceSettings({ ctx, input: { country: n % 2 ? 'DE' : 'GB' } })],
    // The first-owner link and the terminal's "Local owner" add a member without a history row.
    ['a member added without a history row', () => t.db.insert(members).values({ workspaceId: ws.workspaceId, role: 'owner', name: `Quiet Owner ${n}` })],
  ];
  it.each(cases)('%s', async (_what, change) => {
    expect(await afterChange(change)).toBe('Beta');
  });

  it('a change undone', async () => {
    const ctx = testCtx(t.db, ws.actors.owner);
    const made = await createClient({ ctx, input: { name: 'Undone Ltd' } });
    const { activityId } = await updateClient({ ctx, input: { client: 'Undone Ltd', industry: 'Brewing' } });
    expect(await afterChange(() => undoActivity({ ctx, input: { activityId } }))).toBe('Beta');
    expect((await t.db.select().from(clients).where(eq(clients.id, made.client.id)))[0].industry).toBeNull();
  });
});
