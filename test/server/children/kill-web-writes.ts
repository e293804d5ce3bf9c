// The kill test's web lanes: a chat write (the echo model on loopback calls the tool named in the message), a delete
// confirmed through an approval, and a CSV import applied in the server's job thread. Each records its
// acknowledgement the moment the server gives it; a cut connection is what a kill looks like from outside.
import { IMPORT_ROWS, type Lane, track } from './kill-lane';

export function webWrites(lane: Lane, base: string, tag: string): Promise<unknown> {
  const headers = { 'content-type': 'application/json', origin: base, cookie: `clientele_session=${lane.cookie}` };
  const chat = async (tool: string, args: unknown, seen: (soFar: string) => boolean) => {
    const res = await fetch(`${base}/api/chat`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ text: JSON.stringify({ tool, args }) }),
    });
    const reader = res.body!.getReader();
    let soFar = '';
    for (let r = await reader.read(); !r.done; r = await reader.read()) {
      soFar += new TextDecoder().decode(r.value);
      if (seen(soFar)) return soFar;
    }
    return soFar;
  };
  const okOutput = (s: string) => /"type":"tool-output-available"[^\n]*"ok":true/.test(s);
  const created = async (name: string) => {
    if (okOutput(await chat('createClient', { name }, okOutput))) return name;
    return null;
  };
  const chatWrite = created(`Chat ${tag}`).then((n) => {
    if (n) lane.acked.chat.push(n);
  });
  const approved = created(`Doomed ${tag}`).then(async (n) => {
    if (!n) return;
    // The confirmation is the AI SDK's tool-approval-request; its approvalId is the server's approval.
    const asked = await chat('deleteClient', { client: n }, (s) => /"type":"tool-approval-request"/.test(s) && s.includes('"finish"'));
    const id = /"type":"tool-approval-request"[^\n]*"approvalId":"([^"]+)"/.exec(asked)?.[1];
    if (!id) return;
    const res = await fetch(`${base}/api/approvals/${id}/confirm`, { method: 'POST', headers, body: '{}' });
    const body = (await res.json()) as { results: Array<{ result: { ok: boolean } }> };
    if (res.ok && body.results[0]?.result.ok) lane.acked.deleted.push(n);
  });
  const csv = ['name,email', ...Array.from({ length: IMPORT_ROWS }, (_, i) => `Imp ${tag} ${i},imp${i}-${tag}@kill.test`)].join('\n');
  const imported = fetch(`${base}/files/imports?filename=kill.csv`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'text/csv' },
    body: csv,
  })
    .then((r) => r.json() as Promise<{ importId: string }>)
    .then(async ({ importId }) => {
      lane.triedImports.push(tag);
      const res = await fetch(`${base}/files/imports/${importId}/apply`, { method: 'POST', headers, body: '{}' });
      if (res.ok && ((await res.json()) as { created?: number }).created === IMPORT_ROWS) lane.acked.imports.push(tag);
    });
  return Promise.allSettled([track(lane, 'chat', chatWrite), track(lane, 'approval', approved), track(lane, 'import', imported)]);
}
