import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'turso',
  schema: './src/db/schema.ts',
  out: './drizzle',
  // The FTS5 tables come from a custom migration; keep drizzle-kit from ever planning to drop them.
  tablesFilter: ['!clients_fts*'],
  dbCredentials: { url: 'file:data/app.db' },
});
