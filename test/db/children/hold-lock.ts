// D8 child: takes the write lock (BEGIN IMMEDIATE plus a write), says "locked", and keeps it until told "release".
import { createInterface } from 'node:readline';
import { openDatabase } from '../../../src/db/client';

const [url] = process.argv.slice(2);
const handle = await openDatabase({ url });
const tx = await handle.client.transaction('write');
await tx.execute("INSERT INTO stress_rows (tag, worker, seq, seen) VALUES ('holder', 0, 0, 0)");
console.log('locked');
for await (const line of createInterface({ input: process.stdin })) {
  if (line === 'release') break;
}
await tx.commit();
console.log('released');
handle.close();
