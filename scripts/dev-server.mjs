// `npm run dev`: the server from its TypeScript sources, restarted whenever a source file it uses changes
// (tsx watch), with NODE_ENV=development so the log is one readable line per request instead of JSON. The web
// bundles (chat, charts) are rebuilt whenever their sources change (esbuild watch, scripts/build-web.mjs), and the
// server restarts when anything in public/ changes, since it keeps those files in memory once served.
// Plain Node (no shell syntax), so the same script works on Linux, macOS and Windows.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { watchWeb } from './build-web.mjs';

const web = await watchWeb();
const tsx = fileURLToPath(import.meta.resolve('tsx/cli'));
const child = spawn(process.execPath, [
  tsx, 'watch', '--clear-screen=false', '--include', 'src/channels/http/public/**', 'src/server.ts', ...process.argv.slice(2),
], {
  stdio: 'inherit',
  env: { ...process.env, NODE_ENV: process.env.NODE_ENV ?? 'development' },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', async (code, signal) => {
  await web.dispose();
  process.exit(code ?? (signal ? 1 : 0));
});
