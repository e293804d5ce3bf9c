// A load probe in its own process (so a blocked server loop cannot also delay the probe's clock): forked by a
// bench with { url, healthzEveryMs, slack: { everyMs, requests: [{ headers, body }] } }; it sends GET /healthz and
// the pre-signed Slack requests on schedule, without waiting for earlier answers, until told { stop: true };
// then it sends back every sample as { kind, sentAt, ms, status } (sentAt in wall-clock ms).
let stopping = false;
const samples = [];
const inflight = new Set();

function probe(kind, url, init) {
  const sentAt = Date.now();
  const start = performance.now();
  const p = fetch(url, init)
    .then(async (res) => { await res.arrayBuffer(); samples.push({ kind, sentAt, ms: performance.now() - start, status: res.status }); })
    .catch((err) => samples.push({ kind, sentAt, ms: performance.now() - start, status: 0, error: String(err) }))
    .finally(() => inflight.delete(p));
  inflight.add(p);
}

process.once('message', (cfg) => {
  const timers = [setInterval(() => probe('healthz', `${cfg.url}/healthz`), cfg.healthzEveryMs)];
  let next = 0;
  if (cfg.slack?.requests.length) {
    timers.push(setInterval(() => {
      const r = cfg.slack.requests[next++ % cfg.slack.requests.length];
      // Each delivery is claimed once: a re-sent body would be acked without work, so each is sent once.
      if (next <= cfg.slack.requests.length) probe('slack', `${cfg.url}/slack/events`, { method: 'POST', headers: r.headers, body: r.body });
    }, cfg.slack.everyMs));
  }
  process.on('message', async (m) => {
    if (!m?.stop || stopping) return;
    stopping = true;
    for (const t of timers) clearInterval(t);
    await Promise.allSettled([...inflight]);
    process.send({ samples }, () => process.exit(0));
  });
  process.send({ ready: true });
});
