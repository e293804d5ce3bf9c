// Client search at 100,000 clients (issue 2 rule 8: "it must stay fast at 100,000 clients"): seeds a temp-file
// database in batched transactions (contacts for a third, invoices for a tenth, notes for a fifth; the FTS
// triggers run as in production), then times findClients, createClient and an update that only bumps activity.
// BENCH_CLIENTS=20000 npm run bench -- find-clients for a quicker run.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../src/db/client';
import { migrateDatabase } from '../../src/db/migrate';
import { addNote } from '../../src/domain/clients/add-note';
import { createClient } from '../../src/domain/clients/create-client';
import { findClients } from '../../src/domain/clients/find-clients';
import { seedWorkspace, testCtx } from '../support/factories';
import { defineBench } from './harness';
import { SEED_EPOCH_MS, seedClients, seededContactEmail, seededContactPhone, seededName, seedRelated } from './seed-clients';

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 100_000);
const BATCH = 5_000;
const RUNS = 20;
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export default defineBench({
  name: 'find-clients',
  async run(measure) {
    const dir = mkdtempSync(join(tmpdir(), 'clientele-bench-'));
    const handle = await openDatabase({ url: `file:${join(dir, 'bench.db')}` });
    try {
      await migrateDatabase(handle.db);
      const ws = await seedWorkspace(handle.db, { name: 'Bench Studio', currency: 'EUR' });
      await measure(`seed ${CLIENTS} clients (total, transactions of ${BATCH})`, 1,
        () => seedClients(handle.client, ws.workspaceId, CLIENTS, BATCH));
      await measure('seed contacts (1 in 3), invoices (1 in 10), notes (1 in 5)', 1, () => seedRelated(handle.client, ws.workspaceId));

      const ctx = testCtx(handle.db, ws.actors.manager);
      const find = (input: Record<string, unknown>, expect?: (r: Awaited<ReturnType<typeof findClients>>) => boolean) => async () => {
        const r = await findClients({ ctx, input: { limit: 25, ...input } });
        if (!r.total || (expect && !expect(r))) throw new Error(`unexpected result for ${JSON.stringify(input)}: ${r.total}`);
      };
      const pick = (i: number) => 3 * (1 + ((i * 997) % Math.floor(CLIENTS / 3)));
      await measure('name prefix search "acme" (1 in 12 match)', RUNS, find({ query: 'acme' }));
      await measure('name prefix search "wayne desi" (two prefixes)', RUNS, find({ query: 'wayne desi' }));
      const exact = seededName(Math.min(4242, CLIENTS - 1)).replace(/ (Inc\.|GmbH|Ltd|LLC|AG)$/, '');
      await measure(`name search "${exact}"`, RUNS, find({ query: exact }));
      await measure('contact email search (exact address)', RUNS, (i) => find({ query: seededContactEmail(pick(i)) },
        (r) => r.total === 1 && r.clients[0].id === pick(i))());
      await measure('contact email search (start of an address)', RUNS, (i) => find({ query: `jane${pick(i)}@company` })());
      await measure('client email search (exact address)', RUNS, (i) => find({ query: `info@company-${pick(i)}.example` },
        (r) => r.total === 1)());
      // Phones typed another way than stored: the client's "+49 30 1000042" as "030 1000042", a contact's "+1 415 5500042" as "(415) 550-0042".
      await measure('phone search, client phone typed nationally ("030 …")', RUNS, (i) => find({ query: `030 ${1_000_000 + pick(i)}` },
        (r) => r.clients[0]?.id === pick(i))());
      await measure('phone search, contact phone typed the US way ("(415) …")', RUNS, (i) => find({ query: seededContactPhone(pick(i)) },
        (r) => r.clients[0]?.id === pick(i))());
      await measure('country filter + revenue sort', RUNS, find({ country: 'DE', sort: 'revenue' }));
      await measure('status + country filter, revenue sort', RUNS, find({ status: 'active', country: 'DE', sort: 'revenue' }));
      await measure('all clients, revenue sort', RUNS, find({ archived: 'all', sort: 'revenue' }));
      await measure('all clients, name sort', RUNS, find({}));
      await measure('all clients, last activity sort', RUNS, find({ archived: 'all', sort: 'lastActivity' }));
      const from = SEED_EPOCH_MS + Math.floor(CLIENTS / 2) * 60_000;
      await measure('created range (one week) sorted by created', RUNS,
        find({ createdFrom: day(from), createdTo: day(from + 6 * 86_400_000), sort: 'created' }));
      await measure('created range (one week) sorted by name', RUNS,
        find({ createdFrom: day(from), createdTo: day(from + 6 * 86_400_000) }));
      await measure('createClient (new, duplicate check by name, website, email)', RUNS, async (i) => {
        const r = await createClient({ ctx, input: { name: `Fresh Bench Company ${i}`, email: `hello@fresh-${i}.example`, website: `fresh-${i}.example` } });
        if (!r.created) throw new Error('expected a new client');
      });
      const dup = `${seededName(24).toUpperCase()} Inc.`;
      await measure(`createClient (duplicate found: "${dup}")`, RUNS, async () => {
        const r = await createClient({ ctx, input: { name: dup } });
        if (r.created) throw new Error('expected the duplicate to be found');
      });
      await measure('addNote by client number (bumps last activity)', RUNS, async (i) => {
        await addNote({ ctx, input: { client: String(pick(i)).padStart(4, '0'), text: `Called about the renewal ${i}` } });
      });
    } finally {
      handle.close();
      rmSync(dir, { recursive: true, force: true });
    }
  },
});
