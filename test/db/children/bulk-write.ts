// D1/D2/D4 child: one transaction of many single-row inserts (so a kill lands between statements),
// "started" before it, "committed <batch>" only after COMMIT has returned.
import { sql } from 'drizzle-orm';
import { openDatabase } from '../../../src/db/client';

const [url, batch, rows] = process.argv.slice(2);
const handle = await openDatabase({ url });
console.log('started');
await handle.db.transaction(async (tx) => {
  for (let i = 0; i < Number(rows); i++) {
    await tx.run(sql`INSERT INTO stress_rows (tag, worker, seq, seen) VALUES (${batch}, 0, ${i}, 0)`);
  }
});
console.log(`committed ${batch}`);
handle.close();
