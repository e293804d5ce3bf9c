// Decides, row by row, what an import does: create, update (only fields that differ), skip (a duplicate or
// nothing new) or reject (with the reason). Pure over the loaded index, so the dry run and the apply agree.
import type { Ctx } from '../../context';
import type { DbOrTx } from '../../db/client';
import type { clients } from '../../db/schema';
import { InvalidInput } from '../../errors';
import { COLUMN_KEYS } from '../clients/client-columns';
import { nameKey, websiteDomain } from '../clients/name-key';
import { importRowContacts, newContacts, type PlannedContact } from './plan-contacts';
import { readImportRow, type ImportRowData } from './import-row';
import { type ExistingClient, loadImportIndex, loadMatchedClients, loadWorkspaceCountry, type ImportKeys } from './load-import-index';
import { matchHeaders, type HeaderMatch, type ImportField } from './match-headers';
import type { ParsedCsv } from './read-import';
import type { Pause } from './yield-to-loop';

type ClientInsert = Partial<typeof clients.$inferInsert>;
export type Progress = (p: { phase: 'checking' | 'writing'; done: number; total: number }) => void;

export type PlanItem =
  | { row: number; action: 'create'; label: string; values: ClientInsert; contacts: PlannedContact[]; note: string | null }
  | { row: number; action: 'update'; label: string; clientId: number; set: ClientInsert; changed: string[];
      before: Record<string, unknown>; contacts: PlannedContact[]; note: string | null }
  | { row: number; action: 'skip'; label: string; reason: string; clientId?: number }
  | { row: number; action: 'reject'; reason: string };

export type ImportPlan = {
  columns: HeaderMatch; items: PlanItem[]; warnings: Array<{ row: number; message: string }>; skippedLines?: { above: number; below: number };
};

// Every field stored as the client's own column is copied as read; the name (with its key) only as below.
const COPY_FIELDS = COLUMN_KEYS.filter((k) => k !== 'name');

export type PlanOptions = { onProgress?: Progress; pause?: Pause };

export async function planImport(db: DbOrTx, ctx: Ctx, csv: ParsedCsv, opts: PlanOptions = {}): Promise<ImportPlan> {
  const columns = matchHeaders(csv.headers);
  const has = columns.fieldsUsed;
  if (!['name', 'idNumber', 'email', 'contactEmail', 'contactFirstName', 'contactLastName'].some((f) => has.has(f as ImportField))) {
    throw new InvalidInput([{ field: 'file', message: 'No column names the client: add a "Company" or "Name" column.' }]);
  }
  const pause = opts.pause ?? (async () => {});
  const warnings: ImportPlan['warnings'] = [];
  const total = csv.rows.length;

  // Pass 1: read every row, and the keys that may name an existing client.
  type Read = { row: number; data: ImportRowData; key: string; domain: string | null; emails: string[] };
  const rows: Array<Read | PlanItem> = [];
  const keys: ImportKeys = { idNumbers: new Set(), emails: new Set(), nameKeys: new Set(), domains: new Set() };
  // The workspace's country normalises phone numbers that have no country of their own.
  const country = await loadWorkspaceCountry(db, ctx);
  for (let i = 0; i < total; i++) {
    const row = i + 1;
    const r = readImportRow(csv.rows[i], columns, country);
    if (!r.ok) rows.push({ row, action: 'reject', reason: r.reason });
    else {
      for (const message of r.warnings) warnings.push({ row, message });
      const d = r.data;
      const read: Read = { row, data: d, key: d.name ? nameKey(d.name) : '', domain: websiteDomain(d.website),
        emails: [d.contactEmail, d.email, d.billingEmail].filter((e): e is string => !!e) };
      if (d.idNumber) keys.idNumbers.add(d.idNumber);
      for (const e of read.emails) keys.emails.add(e);
      if (read.key) keys.nameKeys.add(read.key);
      if (read.domain) keys.domains.add(read.domain);
      rows.push(read);
    }
    if (row % 1000 === 0 && row < total) opts.onProgress?.({ phase: 'checking', done: row, total });
    await pause();
  }

  // Pass 2: find the client each row means (an existing id, or a row of this file), against an index of only
  // the clients those keys name.
  const idx = await loadImportIndex(db, ctx, keys, pause);
  type Matched = { row: number; data: ImportRowData; key: string; target: number | string | null; byId: boolean };
  const reads: Array<Matched | PlanItem> = [];
  // A later row for a client an earlier row already names (HubSpot's contacts: one row per person) adds its people there.
  const merges: Array<{ row: number; into: number; data: ImportRowData }> = [];
  const claimed = new Map<number | string, number>();
  for (const r of rows) {
    if (!('data' in r)) { reads.push(r); continue; }
    const { row, data: d, key, domain, emails } = r;
    const byIdNumber = d.idNumber ? idx.byIdNumber.get(d.idNumber) : undefined;
    const target = byIdNumber
      ?? emails.map((e) => idx.byEmail.get(e)).find((x) => x !== undefined)
      ?? (key ? idx.byNameKey.get(key) : undefined)
      ?? (domain ? idx.byDomain.get(domain) : undefined);
    const label = d.name ?? d.idNumber ?? emails[0] ?? `row ${row}`;
    if (target !== undefined && claimed.has(target)) {
      reads.push({ row, action: 'skip', label, reason: `same client as row ${claimed.get(target)}` });
      merges.push({ row, into: claimed.get(target)!, data: d });
      continue;
    }
    if (target === undefined && !d.name) {
      reads.push({ row, action: 'reject', reason: 'Name: is required for a new client' });
      continue;
    }
    // A new client's keys point at this row, so later rows for the same client are duplicates.
    const id = target ?? `row:${row}`;
    claimed.set(id, row);
    if (target === undefined) {
      if (d.idNumber) idx.byIdNumber.set(d.idNumber, id as never);
      for (const e of emails) if (!idx.byEmail.has(e)) idx.byEmail.set(e, id as never);
      if (key) idx.byNameKey.set(key, id as never);
      if (domain && !idx.byDomain.has(domain)) idx.byDomain.set(domain, id as never);
    }
    reads.push({ row, data: d, key, target: target ?? null, byId: byIdNumber !== undefined });
  }

  // Pass 3: compare with the stored clients and decide.
  const matchedIds = reads.flatMap((r) => ('data' in r && typeof r.target === 'number' ? [r.target] : []));
  const existing = await loadMatchedClients(db, ctx, matchedIds, pause);
  const items: PlanItem[] = reads.map((r): PlanItem => {
    if (!('data' in r)) return r;
    const { row, data: d } = r;
    const lookup = (map: Map<string, number>, ref: string | null | undefined, what: string) => {
      if (!ref) return undefined;
      const id = map.get(ref.toLowerCase());
      if (id === undefined) warnings.push({ row, message: `${what} "${ref}" is not known; left unset` });
      return id;
    };
    const ownerId = lookup(idx.members, d.owner, 'Owner');
    const groupId = lookup(idx.groups, d.group, 'Group');
    const people = importRowContacts(d, has);
    if (r.target === null) {
      const values: ClientInsert = { name: d.name!, nameKey: r.key, websiteDomain: websiteDomain(d.website) };
      for (const f of COPY_FIELDS) if (d[f] != null) (values as Record<string, unknown>)[f] = d[f];
      if (ownerId !== undefined) values.ownerId = ownerId;
      if (groupId !== undefined) values.groupId = groupId;
      return { row, action: 'create', label: d.name!, values, contacts: newContacts(people, []), note: d.notes ?? null };
    }
    const cur = existing.get(r.target as number)!;
    const c = cur.row;
    if (d.idNumber && c.idNumber && d.idNumber !== c.idNumber) {
      return { row, action: 'reject', reason: `ID number ${d.idNumber} differs from ${c.name}'s (#${c.number}) ID number ${c.idNumber}` };
    }
    const set: ClientInsert = {};
    const before: Record<string, unknown> = {};
    const change = (field: keyof typeof c, value: unknown) => {
      if (value == null || value === c[field]) return;
      (set as Record<string, unknown>)[field] = value;
      before[field] = c[field];
    };
    // Only an id number match renames: an email or website match may be a differently named row.
    if (r.byId && d.name && r.key !== c.nameKey) { change('name', d.name); change('nameKey', r.key); }
    for (const f of COPY_FIELDS) change(f, d[f]);
    if (set.website) change('websiteDomain', websiteDomain(set.website));
    change('ownerId', ownerId);
    change('groupId', groupId);
    const addContacts = newContacts(people, cur.contacts);
    const note = d.notes && !cur.noteBodies.has(d.notes) ? d.notes : null;
    const changed = Object.keys(set).filter((k) => k !== 'nameKey' && k !== 'websiteDomain');
    if (!changed.length && !addContacts.length && !note) {
      return { row, action: 'skip', label: c.name, clientId: c.id, reason: `no changes to ${c.name} (#${c.number})` };
    }
    if (addContacts.length) changed.push('contacts');
    if (note) changed.push('notes');
    return { row, action: 'update', label: c.name, clientId: c.id, set, changed, before, contacts: addContacts, note };
  });
  mergeContacts(items, merges, has, existing);
  opts.onProgress?.({ phase: 'checking', done: total, total });
  return { columns, items, warnings, ...(csv.skippedLines ? { skippedLines: csv.skippedLines } : {}) };
}

/** Adds the people of duplicate rows to the client their first row creates or updates (named in the skip's reason). */
function mergeContacts(items: PlanItem[], merges: Array<{ row: number; into: number; data: ImportRowData }>, has: Set<ImportField>,
  existing: Map<number, ExistingClient>): void {
  const byRow = new Map(items.map((i, n) => [i.row, n]));
  for (const m of merges) {
    const n = byRow.get(m.into);
    let target = n === undefined ? undefined : items[n];
    if (!target || target.action === 'reject' || (target.action === 'skip' && target.clientId === undefined)) continue;
    const people = importRowContacts(m.data, has).map((p) => ({ ...p, isPrimary: false }));
    const stored = target.action === 'create' ? [] : existing.get(target.clientId!)?.contacts ?? [];
    const planned = target.action === 'skip' ? [] : target.contacts;
    const add = newContacts(people, [...stored, ...planned]);
    if (!add.length) continue;
    if (target.action === 'skip') {
      target = { row: target.row, action: 'update', label: target.label, clientId: target.clientId!, set: {}, changed: [], before: {}, contacts: [], note: null };
      items[n!] = target;
    }
    target.contacts.push(...add);
    if (target.action === 'update' && !target.changed.includes('contacts')) target.changed.push('contacts');
    const skip = items[byRow.get(m.row)!];
    if (skip.action === 'skip') skip.reason = `same client as row ${m.into}; its contact is added there`;
  }
}
