import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'turso',
  // Every file of the folder, one per area (src/db/schema/index.ts re-exports them).
  schema: './src/db/schema',
  out: './drizzle',
  // The FTS5 tables come from a custom migration; keep drizzle-kit from ever planning to drop them.
  tablesFilter: ['!clients_fts*'],
  dbCredentials: { url: 'file:data/app.db' },
});
