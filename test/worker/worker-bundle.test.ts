// `wrangler deploy --dry-run` builds the Worker as a deploy would (no account, nothing uploaded), and the bundle
// stays within Workers' size limit for the PAID plan: 10 MiB gzip-compressed (the free plan's 3 MiB is not met:
// the offline command model is part of the bundle). The size checked is wrangler's own gzip figure, which is the one
// Cloudflare enforces, and our own gzip of the written worker.js as a cross-check.
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';

const PAID_LIMIT_KIB = 10 * 1024;
const outdir = mkdtempSync(join(tmpdir(), 'clientele-worker-'));
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

describe('wrangler deploy --dry-run', () => {
  it('builds the Worker with its R2 and assets bindings, gzip-compressed within the 10 MiB paid-plan limit', async () => {
    const wrangler = join(import.meta.dirname, '../../node_modules/wrangler/bin/wrangler.js');
    const { stdout } = await promisify(execFile)(process.execPath, [wrangler, 'deploy', '--dry-run', '--outdir', outdir], {
      cwd: join(import.meta.dirname, '../..'), env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CI: '1' }, maxBuffer: 16 * 1024 * 1024,
    });
    expect(stdout).toContain('--dry-run: exiting now.');
    expect(stdout).toMatch(/env\.FILES \(clientele-files\)\s+R2 Bucket/);
    const gzipKiB = Number(/Total Upload: [\d.]+ KiB \/ gzip: ([\d.]+) KiB/.exec(stdout)?.[1]);
    expect(gzipKiB).toBeGreaterThan(0);
    expect(gzipKiB).toBeLessThan(PAID_LIMIT_KIB);
    expect(readdirSync(outdir)).toContain('worker.js');
    const ours = gzipSync(readFileSync(join(outdir, 'worker.js'))).byteLength / 1024;
    expect(ours).toBeLessThan(PAID_LIMIT_KIB);
  }, 120_000);
});
