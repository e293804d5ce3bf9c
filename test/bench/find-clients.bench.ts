// Client search at 100,000 clients (issue: "it must stay fast at 100,000 clients"): seeds a temp-file database
// in batched transactions (contacts for a third, invoices for a tenth), then times findClients and createClient.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../src/db/client';
import { migrateDatabase } from '../../src/db/migrate';
import { createClient } from '../../src/domain/clients/create-client';
import { findClients } from '../../src/domain/clients/find-clients';
import { nameKey } from '../../src/domain/clients/name-key';
import { seedWorkspace, testCtx } from '../support/factories';
import { defineBench } from './harness';

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 100_000);
const BATCH = 5_000;
const WORDS = ['Acme', 'Globex', 'Initech', 'Umbrella', 'Stark', 'Wayne', 'Hooli', 'Vandelay', 'Soylent', 'Tyrell', 'Wonka', 'Cyberdyne'];
const KINDS = ['Studio', 'Labs', 'Media', 'Consulting', 'Foods', 'Logistics', 'Design', 'Systems'];
const SUFFIXES = ['Inc.', 'GmbH', 'Ltd', 'LLC', 'AG', ''];
const COUNTRIES = ['DE', 'US', 'GB', 'FR', 'NL', 'CH', 'AT', 'ES'];
const STATUSES = ['lead', 'active', 'inactive', 'past'];
const nameOf = (i: number) => `${WORDS[i % WORDS.length]} ${KINDS[(i >> 3) % KINDS.length]} ${i} ${SUFFIXES[i % SUFFIXES.length]}`.trim();

export default defineBench({
  name: 'clients',
  async run(measure) {
    const dir = mkdtempSync(join(tmpdir(), 'clientele-bench-'));
    const handle = await openDatabase({ url: `file:${join(dir, 'bench.db')}` });
    try {
      await migrateDatabase(handle.db);
      const ws = await seedWorkspace(handle.db, { name: 'Bench Studio', currency: 'EUR' });
      const wsId = ws.workspaceId;

      await measure(`seed ${CLIENTS} clients (batches of ${BATCH})`, Math.ceil(CLIENTS / BATCH), async (b) => {
        const rows = [];
        for (let i = b * BATCH + 1; i <= Math.min(CLIENTS, (b + 1) * BATCH); i++) {
          const name = nameOf(i);
          rows.push([String(i).padStart(4, '0'), name, nameKey(name), `info@company-${i}.example`, STATUSES[i % 4],
            COUNTRIES[(i >> 2) % COUNTRIES.length], 1_700_000_000_000 + i * 60_000]);
        }
        await handle.client.batch([{
          sql: `INSERT INTO clients (workspace_id, number, name, name_key, email, status, country, created_at, last_activity_at)
                SELECT ?, j.value->>0, j.value->>1, j.value->>2, j.value->>3, j.value->>4, j.value->>5, j.value->>6, j.value->>6
                FROM json_each(?) j`,
          args: [wsId, JSON.stringify(rows)],
        }], 'write');
      });
      await measure('seed contacts (1 in 3) and invoices (1 in 10)', 1, async () => {
        await handle.client.batch([
          { sql: `INSERT INTO contacts (workspace_id, client_id, name, email, is_primary)
                  SELECT workspace_id, id, 'Jane Doe ' || id, 'jane' || id || '@company-' || id || '.example', 1
                  FROM clients WHERE workspace_id = ? AND id % 3 = 0`, args: [wsId] },
          { sql: `INSERT INTO invoices (workspace_id, client_id, number, amount_cents, currency, status, issued_on, due_on)
                  SELECT workspace_id, id, 'INV-' || printf('%06d', id), (id * 7919) % 1000000, 'EUR', 'issued', '2026-01-01', '2026-01-31'
                  FROM clients WHERE workspace_id = ? AND id % 10 = 0`, args: [wsId] },
        ], 'write');
      });

      const ctx = testCtx(handle.db, ws.actors.manager);
      const find = (input: Record<string, unknown>) => async () => {
        const r = await findClients({ ctx, input: { limit: 25, ...input } });
        if (!r.total) throw new Error(`no results for ${JSON.stringify(input)}`);
      };
      await measure('findClients name search "acme"', 30, find({ query: 'acme' }));
      const exact = nameOf(4242).replace(/ (Inc\.|GmbH|Ltd|LLC|AG)$/, '');
      await measure(`findClients name search "${exact}"`, 30, find({ query: exact }));
      await measure('findClients email search (a contact\'s address)', 30,
        (i) => find({ query: `jane${3 * (1 + ((i * 997) % Math.floor(CLIENTS / 3)))}@company` })());
      await measure('findClients status + country, sort by revenue', 30, find({ status: 'active', country: 'DE', sort: 'revenue' }));
      await measure('findClients all, sort by last activity', 30, find({ archived: 'all', sort: 'lastActivity' }));
      await measure('createClient (new, duplicate check)', 30, async (i) => {
        const r = await createClient({ ctx, input: { name: `Fresh Bench Company ${i}`, email: `hello@fresh-${i}.example` } });
        if (!r.created) throw new Error('expected a new client');
      });
      const dup = `${nameOf(24).toUpperCase()} Inc.`;
      await measure(`createClient (duplicate found: "${dup}")`, 30, async () => {
        const r = await createClient({ ctx, input: { name: dup } });
        if (r.created) throw new Error('expected the duplicate to be found');
      });
    } finally {
      handle.close();
      rmSync(dir, { recursive: true, force: true });
    }
  },
});
