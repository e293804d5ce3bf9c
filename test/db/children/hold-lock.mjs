// D8 child (plain ESM on @libsql/client): takes the write lock (BEGIN IMMEDIATE plus a write), says "locked", and keeps it until told "release".
import { createInterface } from 'node:readline';
import { createClient } from '@libsql/client';

const [url] = process.argv.slice(2);
const client = createClient({ url, timeout: 5000 });
const tx = await client.transaction('write');
await tx.execute("INSERT INTO stress_rows (tag, worker, seq, seen) VALUES ('holder', 0, 0, 0)");
console.log('locked');
for await (const line of createInterface({ input: process.stdin })) {
  if (line === 'release') break;
}
process.stdin.destroy(); // or the open pipe keeps this process alive
await tx.commit();
console.log('released');
client.close();
