// A CSV attached in the web chat (issue 13), driven as the page does: the file goes to the import upload
// (POST /files/imports), the chat message names it (a data-import part, through the AI SDK's own Chat and
// DefaultChatTransport), and the dry run is the assistant's offer in that conversation. "yes" / "go ahead" then
// answers it, with the offline model (no API key): a confirmation first, then the import; "no" leaves nothing.
import type { UIMessage } from 'ai';
import { count, eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCommandReader } from '../../../src/agent/offline/nlu/command-reader';
import { activities, clients } from '../../../src/db/schema';
import type { TestDeps } from '../../support/deps';
import { serveChatApp, type ChatApp } from './serve-chat-app';

let served: ChatApp | undefined;
let deps: TestDeps;
afterEach(async () => {
  await served?.close();
  served = undefined;
});

const CSV = 'Company,E-mail,City\nAcme GmbH,office@acme.de,Berlin\nGlobex,hi@globex.com,Springfield\n';

async function start() {
  await loadCommandReader();
  served = await serveChatApp(); // the offline model: no OPENAI_API_KEY
  deps = served.deps;
  const { base, cookie } = served;
  const chat = served.chat({ id: 'web-import-1' });
  /** The page's Attach CSV: the upload, then the message naming it. */
  const attach = async (name: string, csv: string) => {
    const form = new FormData();
    form.append('file', new File([csv], name, { type: 'text/csv' }));
    const res = await fetch(`${base}/files/imports?filename=${name}`, { method: 'POST', body: form, headers: { Cookie: cookie, Origin: base } });
    expect(res.status).toBe(200);
    const { importId } = await res.json() as { importId: string };
    await chat.sendMessage({ parts: [{ type: 'data-import', data: { importId, filename: name } }] });
    return importId;
  };
  const say = async (text: string) => {
    await chat.sendMessage({ text });
    return answer();
  };
  const answer = async () => {
    await expect.poll(() => chat.status, { timeout: 20_000 }).toBe('ready');
    expect(chat.error).toBeUndefined();
    return chat.messages.at(-1)!;
  };
  const get = async (path: string) => (await fetch(`${base}${path}`, { headers: { Cookie: cookie } })).json();
  return { chat, attach, say, answer, get };
}

const textOf = (m: UIMessage) => m.parts.filter((p) => p.type === 'text').map((p) => (p as { text: string }).text).join('');
const toolParts = (m: UIMessage) => m.parts.filter((p) => p.type.startsWith('tool-')) as Array<Record<string, any>>;
const clientNames = async () => (await deps.db.select({ name: clients.name }).from(clients)).map((c) => c.name).sort();
const applied = async () => (await deps.db.select({ n: count() }).from(activities).where(eq(activities.verb, 'import.applied')))[0].n;

describe('a CSV attached in the web chat, answered in words', () => {
  it.each([['yes', 'yes'], ['go ahead', 'go ahead']])('"%s" after the preview asks to confirm, and "%s" imports the file once', async (first, second) => {
    const s = await start();
    const importId = await s.attach('leads.csv', CSV);
    const preview = await s.answer();
    expect(toolParts(preview)[0]).toMatchObject({ type: 'tool-importCsv', state: 'output-available', output: { ok: true, data: { kind: 'import', importId, created: 2 } } });
    expect(textOf(preview)).toMatch(/^leads\.csv: 2 rows: would create 2/);
    expect(await clientNames()).toEqual([]);

    const asked = await s.say(first);
    expect(textOf(asked)).toMatch(/^Nothing has changed yet\. This will import the clients of CSV import \S+ \(leads\.csv\)/);
    expect(toolParts(asked)[0]).toMatchObject({ type: 'tool-applyImport', state: 'approval-requested' });
    expect(await clientNames()).toEqual([]);

    const done = await s.say(second);
    expect(textOf(done)).toMatch(/^leads\.csv: 2 rows: created 2/);
    expect(await clientNames()).toEqual(['Acme GmbH', 'Globex']);
    expect(await applied()).toBe(1);

    // The conversation is listed, and reopened it shows the file that was attached and its dry run.
    expect((await s.get('/api/conversations')).conversations).toEqual([expect.objectContaining({ id: 'web-import-1', title: 'Import leads.csv' })]);
    const reopened = (await s.get('/api/conversations/web-import-1')).messages as UIMessage[];
    expect(textOf(reopened[0])).toBe('[attached the file leads.csv]');
    expect(toolParts(reopened[1])[0]).toMatchObject({ type: 'tool-importCsv', output: { ok: true, data: { importId } } });
  });

  it('"no" to the preview imports nothing, and neither does "no" to the confirmation', async () => {
    const s = await start();
    await s.attach('leads.csv', CSV);
    await s.answer();
    expect(textOf(await s.say('no'))).toMatch(/left everything as it was/);
    expect(await clientNames()).toEqual([]);

    await s.attach('leads.csv', CSV);
    await s.answer();
    await s.say('yes');
    expect(textOf(await s.say('no'))).toMatch(/Cancelled; nothing was changed/);
    expect(await clientNames()).toEqual([]);
    expect(await applied()).toBe(0);
  });

  it('an attachment naming no upload of this workspace is said so, and a "yes" after it imports nothing', async () => {
    const s = await start();
    await s.chat.sendMessage({ parts: [{ type: 'data-import', data: { importId: 'not-an-upload-0', filename: 'x.csv' } }] });
    const said = await s.answer();
    expect(toolParts(said)[0]).toMatchObject({ type: 'tool-importCsv', output: { ok: false, error: { code: 'not_found' } } });
    await s.say('yes');
    expect(await clientNames()).toEqual([]);
    expect(await applied()).toBe(0);
  });
});
