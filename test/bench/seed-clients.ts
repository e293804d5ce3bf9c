// Seeds a workspace with many clients quickly for the benches: batched INSERT ... SELECT FROM json_each inside
// write transactions (the FTS triggers run as in production), then contacts (1 in 3), invoices (1 in 10) and
// notes (1 in 5) in set-based statements.
import type { Client } from '@libsql/client';
import { nameKey } from '../../src/domain/clients/name-key';

const WORDS = ['Acme', 'Globex', 'Initech', 'Umbrella', 'Stark', 'Wayne', 'Hooli', 'Vandelay', 'Soylent', 'Tyrell', 'Wonka', 'Cyberdyne'];
const KINDS = ['Studio', 'Labs', 'Media', 'Consulting', 'Foods', 'Logistics', 'Design', 'Systems'];
const SUFFIXES = ['Inc.', 'GmbH', 'Ltd', 'LLC', 'AG', ''];
const COUNTRIES = ['DE', 'US', 'GB', 'FR', 'NL', 'CH', 'AT', 'ES'];
const STATUSES = ['lead', 'active', 'inactive', 'past'];
/** The first seeded client is created at this instant; each next one a minute later. */
export const SEED_EPOCH_MS = Date.parse('2024-01-01T00:00:00Z');

export const seededName = (i: number) =>
  `${WORDS[i % WORDS.length]} ${KINDS[(i >> 3) % KINDS.length]} ${i} ${SUFFIXES[i % SUFFIXES.length]}`.trim();
/** The contact phone of client i as a person in the US types it: "(415) 550-0003" (every third client has one). */
export const seededContactPhone = (i: number) => { const n = String(5_500_000 + i); return `(415) ${n.slice(0, 3)}-${n.slice(3)}`; };
/** The contact email of client i (every third client has one). */
export const seededContactEmail = (i: number) => `jane${i}@company-${i}.example`;

export async function seedClients(client: Client, workspaceId: number, count: number, batch: number): Promise<void> {
  for (let b = 0; b * batch < count; b++) {
    const rows = [];
    for (let i = b * batch + 1; i <= Math.min(count, (b + 1) * batch); i++) {
      const name = seededName(i);
      // Mixed case on purpose: the name sort ignores case.
      const shown = i % 7 === 0 ? name.toLowerCase() : name;
      rows.push([String(i).padStart(4, '0'), shown, nameKey(name), `info@company-${i}.example`, STATUSES[i % 4],
        COUNTRIES[(i >> 2) % COUNTRIES.length], SEED_EPOCH_MS + i * 60_000, `+49 30 ${1_000_000 + i}`, `Street ${i % 500}`, 'Berlin']);
    }
    await client.batch([{
      sql: `INSERT INTO clients (workspace_id, number, name, name_key, email, status, country, created_at, last_activity_at,
              phone, address_line1, city)
            SELECT ?, j.value->>0, j.value->>1, j.value->>2, j.value->>3, j.value->>4, j.value->>5, j.value->>6, j.value->>6,
              j.value->>7, j.value->>8, j.value->>9
            FROM json_each(?) j`,
      args: [workspaceId, JSON.stringify(rows)],
    }], 'write');
  }
}

export async function seedRelated(client: Client, workspaceId: number): Promise<void> {
  await client.batch([
    { sql: `INSERT INTO contacts (workspace_id, client_id, name, email, phone, is_primary)
            SELECT workspace_id, id, 'Jane Doe ' || id, 'jane' || id || '@company-' || id || '.example', '+1 415 ' || (5500000 + id), 1
            FROM clients WHERE workspace_id = ? AND id % 3 = 0`, args: [workspaceId] },
    { sql: `INSERT INTO invoices (workspace_id, client_id, number, amount_cents, currency, status, issued_on, due_on)
            SELECT workspace_id, id, 'INV-' || printf('%06d', id), (id * 7919) % 1000000, 'EUR', 'issued', '2026-01-01', '2026-01-31'
            FROM clients WHERE workspace_id = ? AND id % 10 = 0`, args: [workspaceId] },
    { sql: `INSERT INTO notes (workspace_id, client_id, body)
            SELECT workspace_id, id, 'Met at the trade fair; wants a quote for the spring campaign ' || id
            FROM clients WHERE workspace_id = ? AND id % 5 = 0`, args: [workspaceId] },
  ], 'write');
}
