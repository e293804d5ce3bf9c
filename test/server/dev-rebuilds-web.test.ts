// `npm run dev` rebuilds the web bundles when their sources change (scripts/build-web.mjs watchWeb, which
// scripts/dev-server.mjs and dev-worker.mjs start). Run on a copy of the sources in a temp folder under the
// project (so packages resolve), never on the shared sources: an edit shows up in the bundle, a broken edit keeps
// the last good bundle, and the fix is picked up again.
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without type declarations
import { watchWeb } from '../../scripts/build-web.mjs';

const ROOT = join(import.meta.dirname, '../..');
let dir: string | undefined;
let watcher: { dispose(): Promise<void> } | undefined;
afterEach(async () => {
  await watcher?.dispose();
  if (dir) rmSync(dir, { recursive: true, force: true });
  watcher = undefined; dir = undefined;
});

async function until(probe: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (probe()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`never happened: ${what}`);
}

describe('web bundles in development', () => {
  it('rebuilds chat-app.js when a source changes, keeps the last good bundle on a syntax error, then takes the fix', async () => {
    dir = mkdtempSync(join(ROOT, '.tmp', 'dev-web-'));
    // The same layout as the project's, so the bundle's imports of shared labels in src/domain resolve (linked, not copied).
    const webDir = join(dir, 'src/channels/http/web');
    const outDir = join(dir, 'public');
    cpSync(join(ROOT, 'src/channels/http/web'), webDir, { recursive: true });
    symlinkSync(join(ROOT, 'src/domain'), join(dir, 'src/domain'), 'dir');
    const logged: string[] = [];
    let failures = 0;
    watcher = await watchWeb({ webDir, outDir, log: (l: string) => logged.push(l), onFail: () => { failures++; } });
    const bundle = () => readFileSync(join(outDir, 'chat-app.js'), 'utf8');
    expect(bundle()).toContain('Stop');
    expect(bundle()).not.toContain('Halt the model');

    const source = join(webDir, 'conversation.tsx');
    const original = readFileSync(source, 'utf8');
    writeFileSync(source, original.replace('>Stop</button>', '>Halt the model</button>'));
    await until(() => bundle().includes('Halt the model'), 'the edit in the bundle');
    expect(logged.some((l) => /^rebuilt the web bundles in \d+ ms$/.test(l))).toBe(true);

    const good = bundle();
    writeFileSync(source, `${original}\nexport const broken = ;\n`);
    await until(() => failures > 0, 'the broken edit failing');
    expect(bundle()).toBe(good);

    writeFileSync(source, original.replace('>Stop</button>', '>Stop answering</button>'));
    await until(() => bundle().includes('Stop answering'), 'the fixed edit in the bundle');
    expect(bundle()).not.toContain('Halt the model');
  }, 60_000);
});
