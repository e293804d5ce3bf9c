// `npm run db:migrate`: applies drizzle/ to DATABASE_URL (a file, a libSQL server over http(s)/libsql, Turso with
// DATABASE_AUTH_TOKEN; with DATABASE_SYNC_URL, the primary it names) and says where it stands. `npm start` does the
// same at start; this is for databases the Node server does not open (Workers) and for deploy pipelines. It runs as
// the production build's `migrate` entry (scripts/start-server.mjs), so a production install, without tsx, can run it.
import { sql } from 'drizzle-orm';
import { openDatabase } from '../src/db/client';
import { migrateDatabase } from '../src/db/migrate';
import { parseEnv } from '../src/env';

const env = parseEnv(process.env);
const url = env.DATABASE_SYNC_URL ?? env.DATABASE_URL;
const shown = url.replace(/\/\/[^@/]*@/, '//…@');
const applied = async (db: Awaited<ReturnType<typeof openDatabase>>['db']) => {
  try {
    return (await db.all<{ n: number }>(sql`SELECT count(*) AS n FROM __drizzle_migrations`))[0]?.n ?? 0;
  } catch {
    return 0;
  }
};

try {
  const handle = await openDatabase({ url, authToken: env.DATABASE_AUTH_TOKEN });
  const before = await applied(handle.db);
  await migrateDatabase(handle.db);
  const after = await applied(handle.db);
  handle.close();
  console.log(`${shown}: ${after} migrations applied (${after - before} just now).`);
} catch (err) {
  console.error(`Could not migrate ${shown}: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
