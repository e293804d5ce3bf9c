// The offline model inside the real AI SDK: tool calls reach the tools, results become the answer, streams are well formed.
import { generateText, isStepCount, streamText, tool } from 'ai';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createOfflineModel } from '../../../src/agent/offline/model';

const now = () => new Date('2026-11-22T10:00:00Z');

function localTools(log: Array<{ name: string; input: unknown }>) {
  const ok = (name: string, text: string, extra: Record<string, unknown> = {}) => (input: unknown) => {
    log.push({ name, input });
    return { ok: true, text, ...extra };
  };
  return {
    createClient: tool({ description: 'Create a client', inputSchema: z.object({ name: z.string(), email: z.string().optional() }).loose(),
      execute: ok('createClient', 'Added Acme Corp (0007) as a lead.', { data: { kind: 'client', client: { name: 'Acme Corp' } }, missing: [{ field: 'address', label: 'Billing address' }] }) }),
    addContact: tool({ description: 'Add a contact', inputSchema: z.object({ client: z.string(), email: z.string().optional(), role: z.string().optional() }).loose(),
      execute: ok('addContact', 'Added jane@acme.com to Acme Corp as finance contact.') }),
    archiveClient: tool({ description: 'Archive a client', inputSchema: z.object({ client: z.string() }),
      execute: (input) => { log.push({ name: 'archiveClient', input }); return { ok: false, error: { code: 'ambiguous', message: '"Acme" matches 2 clients; which one?', candidates: [{ id: 1, label: 'Acme Corp' }, { id: 2, label: 'Acme Widgets' }] } }; } }),
  };
}

describe('offline model in the AI SDK', () => {
  it('generateText: two tool calls from one sentence, then an answer built from the results', async () => {
    const log: Array<{ name: string; input: unknown }> = [];
    const result = await generateText({
      model: createOfflineModel({ now }), tools: localTools(log), stopWhen: isStepCount(4),
      prompt: 'add Acme Corp and add jane@acme.com as their finance contact',
    });
    expect(log).toEqual([
      { name: 'createClient', input: { name: 'Acme Corp' } },
      { name: 'addContact', input: { client: 'Acme Corp', email: 'jane@acme.com', role: 'finance' } },
    ]);
    expect(result.text).toContain('Added Acme Corp (0007) as a lead.');
    expect(result.text).toContain('Still missing for invoicing: billing address.');
    expect(result.text).toContain('Added jane@acme.com to Acme Corp');
  });

  it('names the candidates when a reference was ambiguous', async () => {
    const log: Array<{ name: string; input: unknown }> = [];
    const result = await generateText({ model: createOfflineModel({ now }), tools: localTools(log), stopWhen: isStepCount(3), prompt: 'archive Acme Co' });
    expect(log).toHaveLength(1);
    expect(result.text).toMatch(/Which one did you mean: Acme Corp or Acme Widgets\?/);
  });

  it('uses the conversation: "archive it" after a tool call on a client acts on that client', async () => {
    const log: Array<{ name: string; input: unknown }> = [];
    await generateText({
      model: createOfflineModel({ now }), tools: localTools(log), stopWhen: isStepCount(2),
      messages: [
        { role: 'user', content: 'show Initech' },
        { role: 'assistant', content: [{ type: 'tool-call', toolCallId: 'c1', toolName: 'showClient', input: { client: 'Initech' } }] },
        { role: 'tool', content: [{ type: 'tool-result', toolCallId: 'c1', toolName: 'showClient', output: { type: 'json', value: { ok: true, text: 'Initech (0003)', data: { kind: 'client', client: { name: 'Initech' } } } } }] },
        { role: 'assistant', content: 'Initech (0003).' },
        { role: 'user', content: 'archive it' },
      ],
    });
    expect(log[0]).toEqual({ name: 'archiveClient', input: { client: 'Initech' } });
  });

  it('asks instead of calling a tool when nothing can be referred to', async () => {
    const log: Array<{ name: string; input: unknown }> = [];
    const result = await generateText({ model: createOfflineModel({ now }), tools: localTools(log), prompt: 'archive it' });
    expect(log).toEqual([]);
    expect(result.text).toMatch(/Which client/);
  });

  it('streamText: streams tool calls with unique ids, then the text in deltas', async () => {
    const log: Array<{ name: string; input: unknown }> = [];
    const result = streamText({
      model: createOfflineModel({ now }), tools: localTools(log), stopWhen: isStepCount(4),
      prompt: 'add Acme Corp and add jane@acme.com as their finance contact',
    });
    const types: string[] = [];
    const ids = new Set<string>();
    let deltas = 0;
    for await (const part of result.stream) {
      types.push(part.type);
      if (part.type === 'tool-call') ids.add(part.toolCallId);
      if (part.type === 'text-delta') deltas++;
    }
    expect(ids.size).toBe(2);
    expect(deltas).toBeGreaterThan(3);
    expect(types).toContain('finish');
    expect(await result.text).toContain('Added Acme Corp');
    expect(log.map((l) => l.name)).toEqual(['createClient', 'addContact']);
  });
});
