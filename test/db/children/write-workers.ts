// D6/D7 child: W async workers, each running N read-then-write transactions (read a counter, insert a row,
// bump the counter). Prints one JSON line: how many committed and every error it saw.
import { sql } from 'drizzle-orm';
import { openDatabase } from '../../../src/db/client';

const [url, workers, perWorker, tag] = process.argv.slice(2);
const handle = await openDatabase({ url });
const errors: string[] = [];
let committed = 0;

async function worker(w: number) {
  for (let i = 0; i < Number(perWorker); i++) {
    try {
      await handle.db.transaction(async (tx) => {
        const [row] = await tx.all<{ n: number }>(sql`SELECT n FROM stress_counter WHERE id = 1`);
        await tx.run(sql`INSERT INTO stress_rows (tag, worker, seq, seen) VALUES (${tag}, ${w}, ${i}, ${row.n})`);
        await tx.run(sql`UPDATE stress_counter SET n = ${row.n + 1} WHERE id = 1`);
      });
      committed++;
    } catch (e) {
      const err = e as { code?: string; message?: string };
      errors.push(`${err.code ?? 'error'}: ${err.message}`);
    }
  }
}

await Promise.all(Array.from({ length: Number(workers) }, (_, w) => worker(w)));
console.log(JSON.stringify({ committed, errors }));
handle.close();
