// Every client field the CSV carries survives export then import: a client with each declared field set (client-fields.ts,
// its primary and billing contacts included) is exported, the file imported into a fresh workspace, and every field of
// the copy compared, in the export and on the client's view. A field added to the model but dropped on the way fails here.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clients, groups, members } from '../../../src/db/schema';
import { CLIENT_FIELDS, type ClientFieldKey, type FieldDef } from '../../../src/domain/clients/client-fields';
import { type InputField, viewValueAt } from '../../../src/domain/clients/client-forms';
import { createClient } from '../../../src/domain/clients/create-client';
import { getClientView } from '../../../src/domain/clients/get-client-view';
import type { ClientView, ContactView } from '../../../src/domain/clients/views';
import { addContact } from '../../../src/domain/contacts/add-contact';
import { updateContact } from '../../../src/domain/contacts/update-contact';
import { exportCsv } from '../../../src/domain/exports/export-csv';
import { applyImport } from '../../../src/domain/imports/apply-import';
import { importCsv } from '../../../src/domain/imports/import-csv';
import { createTestDb, type TestDb } from '../../support/db';
import { seedWorkspace, testCtx, type SeededWorkspace } from '../../support/factories';

const FIELDS = CLIENT_FIELDS as readonly FieldDef[];
const CARRIED = FIELDS.filter((f) => f.csv);
const OWNER = 'Morgan Vale';
const GROUP = 'Agencies';
// Values a field's own kind cannot make up (they are validated as codes or addresses); every other field gets one from its kind.
const SAMPLE: Partial<Record<ClientFieldKey, string>> = { name: 'Every Field GmbH', website: 'https://every-field.example', country: 'DE', currency: 'EUR' };
// The contact people's details the client file carries: the primary contact's and the billing contact's.
const VIA_CONTACT: Partial<Record<ClientFieldKey, ['primary' | 'billing', 'name' | 'email' | 'phone' | 'jobTitle']>> = {
  contactName: ['primary', 'name'], contactEmail: ['primary', 'email'], contactPhone: ['primary', 'phone'], contactJobTitle: ['primary', 'jobTitle'],
  billingName: ['billing', 'name'], billingEmail: ['billing', 'email'], billingPhone: ['billing', 'phone'],
};

/** A valid value for a field, distinct per field (so two columns swapped or merged show too). */
function sample(f: FieldDef, i: number): unknown {
  const given = SAMPLE[f.key as ClientFieldKey];
  if (given) return given;
  switch (f.input?.kind ?? (/email/i.test(f.key) ? 'email' : /phone/i.test(f.key) ? 'tel' : 'text')) {
    case 'email': return `field${i}@every-field.example`;
    case 'tel': return `+49 30 5550${String(i).padStart(3, '0')}`;
    case 'number': return 10 + i;
    case 'date': return new Date(Date.UTC(2024, 0, 1 + i)).toISOString().slice(0, 10);
    case 'select': return f.input!.options!.at(-1);
    case 'member': return OWNER;
    case 'group': return GROUP;
    default: return `${f.label} ${i}`;
  }
}
const VALUES = new Map(FIELDS.map((f, i) => [f.key, sample(f, i)]));
const inputOf = (fields: readonly FieldDef[]) => {
  const out: Record<string, unknown> = {};
  for (const f of fields) {
    if (!f.input) continue;
    const [head, part] = f.input.path.split('.');
    if (part) out[head] = { ...(out[head] as object), [part]: VALUES.get(f.key) };
    else out[head] = VALUES.get(f.key);
  }
  return out;
};

let t: TestDb;
let a: SeededWorkspace;
let b: SeededWorkspace;
beforeAll(async () => {
  t = await createTestDb();
  a = await seedWorkspace(t.db, { name: 'A' });
  b = await seedWorkspace(t.db, { name: 'B' });
  // The owner and the group are named in the file: the new workspace has them under the same names.
  for (const ws of [a, b]) {
    await t.db.insert(members).values({ workspaceId: ws.workspaceId, role: 'member', name: OWNER, email: `morgan.${ws.workspaceId}@studio.test` });
    await t.db.insert(groups).values({ workspaceId: ws.workspaceId, name: GROUP });
  }
});
afterAll(() => t.cleanup());

async function clientWithEveryField(): Promise<ClientView> {
  const ctx = testCtx(t.db, a.actors.owner);
  const { client } = await createClient({ ctx, input: { ...inputOf(FIELDS), insist: true } });
  // The contact person's name came with createClient; the rest of each person's details go on the contact itself.
  const person = (side: 'primary' | 'billing') => Object.fromEntries(Object.entries(VIA_CONTACT)
    .filter(([key, via]) => via[0] === side && key !== 'contactName').map(([key, via]) => [via[1], VALUES.get(key)]));
  await updateContact({ ctx, input: { client: client.id, contact: client.primaryContact!.id, ...person('primary') } });
  await addContact({ ctx, input: { client: client.id, ...person('billing'), role: 'finance', billingDefault: true } });
  return getClientView(t.db, ctx, client.id);
}

const exported = async (ws: SeededWorkspace) => {
  const file = await exportCsv({ ctx: testCtx(t.db, ws.actors.owner), input: {} });
  const rows = parse(readFileSync(file.path, 'utf8'), { columns: true, bom: true }) as Record<string, string>[];
  return { file, content: readFileSync(file.path, 'utf8'), rows };
};
const contactOf = (c: ClientView, side: 'primary' | 'billing'): ContactView | undefined =>
  c.contacts.find((p) => (side === 'primary' ? p.isPrimary : p.isBillingDefault));
/** A field's value as the client's view shows it: the owner and group by name, contact people's details on the contact. */
function shown(c: ClientView, f: FieldDef): unknown {
  const via = VIA_CONTACT[f.key as ClientFieldKey];
  if (via) return contactOf(c, via[0])?.[via[1]] ?? null;
  if (f.input?.kind === 'member') return c.ownerName;
  if (f.input?.kind === 'group') return c.groupName;
  return viewValueAt(c, (f as InputField).input.path);
}

describe('every client field, exported and imported into a fresh workspace', () => {
  it('knows how to set each field the client file carries', () => {
    for (const f of CARRIED) expect(!!f.input || !!VIA_CONTACT[f.key as ClientFieldKey], `${f.key}: teach this test to set it`).toBe(true);
    expect(CARRIED.length).toBeGreaterThan(25);
  });

  it('comes back with the same value in every field', async () => {
    const original = await clientWithEveryField();
    const before = await exported(a);
    expect(before.rows).toHaveLength(1);
    for (const f of CARRIED) expect(before.rows[0][f.csv!], `${f.key} is exported`).not.toBe('');

    const dry = await importCsv({ ctx: testCtx(t.db, b.actors.owner), input: { content: before.content, filename: before.file.filename } });
    expect(dry).toMatchObject({ created: 1, rejected: 0, warnings: [], columns: { unmatched: [] } });
    await applyImport({ ctx: testCtx(t.db, b.actors.owner), input: { importId: dry.importId } });

    const after = await exported(b);
    expect(after.rows).toHaveLength(1);
    const [{ id }] = await t.db.select({ id: clients.id }).from(clients).where(eq(clients.workspaceId, b.workspaceId));
    const copy = await getClientView(t.db, testCtx(t.db, b.actors.owner), id);
    for (const f of CARRIED) {
      expect(after.rows[0][f.csv!], `${f.key} in the copy's export`).toBe(before.rows[0][f.csv!]);
      expect(shown(copy, f), `${f.key} on the copy`).toEqual(shown(original, f));
      expect(shown(copy, f), `${f.key} is set`).not.toBeNull();
    }
  });
});
