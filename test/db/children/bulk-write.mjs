// D1/D2/D4 child (plain ESM on @libsql/client, so it starts fast): one write transaction of many single-row
// inserts, "started" before it, "committed <batch>" only after COMMIT has returned.
import { createClient } from '@libsql/client';

const [url, batch, rows] = process.argv.slice(2);
const client = createClient({ url, timeout: 5000 });
console.log('started');
const tx = await client.transaction('write');
for (let i = 0; i < Number(rows); i++) {
  await tx.execute({ sql: 'INSERT INTO stress_rows (tag, worker, seq, seen) VALUES (?, 0, ?, 0)', args: [batch, i] });
  // Yield now and then, as a real writer awaiting other work would; a kill can land anywhere.
  if (i % 100 === 0) await new Promise((r) => setImmediate(r));
}
await tx.commit();
console.log(`committed ${batch}`);
client.close();
