// security.md A3 as ordering, never timing: while a large import applies (its promise still pending), the server
// answers /healthz and a signed slash command, and progress reaches the web (NDJSON lines) before the import ends.
// Over a real loopback socket: an answer needs the event loop's I/O turn, which a blocking import never gives.
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { count, eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import type { MemberActor } from '../../../src/context';
import { clients, csvImports, members } from '../../../src/db/schema';
import { makeCtx } from '../../../src/deps';
import { applyImport } from '../../../src/domain/imports/apply-import';
import { importCsv } from '../../../src/domain/imports/import-csv';
import { sameOrigin, signIn } from '../http/web-session';
import { signedSlackHeaders } from '../../support/slack-signed';
import { SECRET, slashBody, startHarness, type Harness } from './slack-harness';

const ROWS = 4000;
const FILE = ['Company,Email,Phone,Contact', ...Array.from({ length: ROWS }, (_, i) =>
  `Answering Co ${i + 1},hello@answering-${i + 1}.test,+49 30 ${1_000_000 + i},Pat ${i + 1}`)].join('\n');

let h: Harness | undefined;
let server: ServerType | undefined;
afterEach(async () => {
  if (server) await new Promise((ok) => server!.close(ok));
  server = undefined;
  await h?.close();
  h = undefined;
});

async function listen(hh: Harness): Promise<string> {
  server = serve({ fetch: hh.app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((ok) => server!.once('listening', ok));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function owner(hh: Harness): Promise<MemberActor> {
  const [m] = await hh.deps.db.insert(members).values({ workspaceId: hh.deps.workspaceId, role: 'owner', name: 'Olga Owner', email: 'owner@studio.test' }).returning();
  return { kind: 'member', workspaceId: hh.deps.workspaceId, memberId: m.id, role: 'owner', channel: 'web', name: m.name! };
}
const clientCount = async (hh: Harness) => (await hh.deps.db.select({ n: count() }).from(clients))[0].n;

describe('a large import does not stop the server answering', () => {
  it('answers GET /healthz and a signed /client command while the import is still applying', async () => {
    h = await startHarness();
    const url = await listen(h);
    const ctx = makeCtx(h.deps, await owner(h));
    const dry = await importCsv({ ctx, input: { content: FILE, filename: 'big.csv' } });
    let started!: () => void;
    const checking = new Promise<void>((ok) => { started = ok; });
    let settled = false;
    const applying = applyImport({ ctx, input: { importId: dry.importId }, onProgress: () => started() })
      .finally(() => { settled = true; });
    await checking;

    const body = slashBody(h, 'help');
    const [health, ack] = await Promise.all([fetch(`${url}/healthz`), fetch(`${url}/slack/events`, {
      method: 'POST', body, headers: signedSlackHeaders(SECRET, h.nowSeconds(), body),
    })]);
    expect(health.status).toBe(200);
    expect(ack.status).toBe(200);
    expect(await ack.text()).toContain('How to use /client');
    expect(settled).toBe(false);

    expect(await applying).toMatchObject({ created: ROWS, alreadyApplied: false });
    expect(await clientCount(h)).toBe(ROWS);
  });

  it('streams the first progress line to the web while nothing is committed yet, then the report', async () => {
    h = await startHarness();
    const url = await listen(h);
    await owner(h);
    const cookie = await signIn(h.app, h.deps, 'owner@studio.test');
    const dry = await (await h.app.request('/files/imports?filename=big.csv', {
      method: 'POST', headers: { ...sameOrigin, cookie, 'content-type': 'text/csv' }, body: FILE,
    })).json() as { importId: string };
    const res = await fetch(`${url}/files/imports/${dry.importId}/apply`, {
      method: 'POST', headers: { ...sameOrigin, cookie, accept: 'application/x-ndjson' },
    });
    const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
    const first = await reader.read();
    expect(JSON.parse(first.value!.split('\n')[0])).toMatchObject({ progress: { phase: 'checking', total: ROWS } });
    // The import is still running: nothing is committed and its status is unchanged.
    expect(await clientCount(h)).toBe(0);
    expect((await h.deps.db.select({ status: csvImports.status }).from(csvImports).where(eq(csvImports.id, dry.importId)))[0].status).toBe('dry_run');
    let text = first.value!;
    for (let r = await reader.read(); !r.done; r = await reader.read()) text += r.value;
    const lines = text.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.filter((l) => l.progress?.phase === 'writing').at(-1).progress.done).toBe(ROWS);
    expect(lines.at(-1).report).toMatchObject({ created: ROWS, status: 'applied' });
    expect(await clientCount(h)).toBe(ROWS);
  });
});
