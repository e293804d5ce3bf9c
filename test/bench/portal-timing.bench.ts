// security.md M5: asking for a portal link must not tell a known address from an unknown one by its timing.
// 200 requests each through the whole app (createApp, form POST /portal) for an active contact's address and an
// address nobody has, alternating, each from its own client address (the per-IP limit stays out of the way).
// The deferred lookup and send are drained after each request, outside the timing, so one request's background
// work never slows the next. Target: |p50 Δ| < 10 ms, |p95 Δ| < 25 ms; the bench fails beyond.
import { createApp } from '../../src/channels/http/app';
import { createTestDeps } from '../support/deps';
import { post, seedDeployment } from '../channels/http/portal-helpers';
import { defineBench, summarize } from './harness';

const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 200);
const WARM_UP = 30;
const LIMITS = { p50: 10, p95: 25 };

export default defineBench({
  name: 'portal-timing',
  async run(measure) {
    const deps = await createTestDeps();
    try {
      const app = createApp(deps);
      const s = await seedDeployment(deps);
      const known = s.hank.email!;
      const cases = { known, unknown: 'nobody-here@unknown-address.test' };
      let ip = 0;
      const ask = async (email: string) => {
        ip++;
        const env = { incoming: { socket: { remoteAddress: `10.${(ip >> 16) & 255}.${(ip >> 8) & 255}.${ip & 255}` } } };
        const start = performance.now();
        const res = await app.request('/portal', post({ email }), env);
        await res.text();
        const ms = performance.now() - start;
        if (res.status !== 200) throw new Error(`POST /portal answered ${res.status}`);
        await deps.deferrer.drain();
        return ms;
      };
      for (let i = 0; i < WARM_UP; i++) await ask(i % 2 ? cases.known : cases.unknown);

      const times: Record<keyof typeof cases, number[]> = { known: [], unknown: [] };
      for (let i = 0; i < SAMPLES; i++) {
        // Alternate the order within each pair so neither case always runs second.
        const order: Array<keyof typeof cases> = i % 2 ? ['known', 'unknown'] : ['unknown', 'known'];
        for (const k of order) times[k].push(await ask(cases[k]));
      }
      // The per-address limit lets few emails out; what matters is that the known address was really found.
      if (!deps.mailer.sent.some((m) => m.to === known)) throw new Error('no link was ever sent to the known address');

      // One harness row per case, with the figures of the interleaved samples above.
      const rows = { known: summarize('portal-timing', 'POST /portal, known address', times.known), unknown: summarize('portal-timing', 'POST /portal, unknown address', times.unknown) };
      for (const row of [rows.known, rows.unknown]) {
        const r = await measure(row.name, 1, async () => {});
        Object.assign(r, row);
      }
      const d50 = Math.abs(rows.known.p50Ms - rows.unknown.p50Ms);
      const d95 = Math.abs(rows.known.p95Ms - rows.unknown.p95Ms);
      const delta = await measure(`|Δ| known vs unknown: p50 ${d50.toFixed(2)} ms, p95 ${d95.toFixed(2)} ms (limits ${LIMITS.p50} / ${LIMITS.p95})`, 1, async () => {});
      Object.assign(delta, { iterations: SAMPLES, p50Ms: Math.round(d50 * 100) / 100, p95Ms: Math.round(d95 * 100) / 100, maxMs: NaN, meanMs: NaN });
      console.error(`  ${delta.name}`);
      // CI runs the benches with BENCH_ASSERT_TIMING=0: figures only, no timing asserted.
      if (process.env.BENCH_ASSERT_TIMING !== '0' && (d50 >= LIMITS.p50 || d95 >= LIMITS.p95)) throw new Error(`timing tells addresses apart: ${delta.name}`);
    } finally {
      deps.testDb.cleanup();
    }
  },
});
