// `npm run dev`: the server from its TypeScript sources, restarted whenever a source file it uses changes
// (tsx watch), with NODE_ENV=development so the log is one readable line per request instead of JSON.
// Plain Node (no shell syntax), so the same script works on Linux, macOS and Windows.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const tsx = fileURLToPath(import.meta.resolve('tsx/cli'));
const child = spawn(process.execPath, [tsx, 'watch', '--clear-screen=false', 'src/server.ts', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, NODE_ENV: process.env.NODE_ENV ?? 'development' },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
