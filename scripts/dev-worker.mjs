// `npm run dev:worker`: the Worker offline in workerd (`wrangler dev`, which reloads on source and asset changes),
// with the web bundles rebuilt whenever their sources change (esbuild watch, scripts/build-web.mjs).
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { watchWeb } from './build-web.mjs';

const web = await watchWeb();
const wrangler = fileURLToPath(import.meta.resolve('wrangler/package.json')).replace(/package\.json$/, 'bin/wrangler.js');
const child = spawn(process.execPath, [wrangler, 'dev', ...process.argv.slice(2)], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', async (code, signal) => {
  await web.dispose();
  process.exit(code ?? (signal ? 1 : 0));
});
