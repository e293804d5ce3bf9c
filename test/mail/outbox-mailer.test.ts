// Without Resend: every email lands in OUTBOX_DIR as .html, .txt and .json, with a one-line notice in the log.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { silentLog } from '../../src/context';
import { createMailer } from '../../src/mail/create-mailer';

const dirs: string[] = [];
afterEach(() => { for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true }); });

function setup() {
  const dir = join(mkdtempSync(join(tmpdir(), 'clientele-outbox-')), 'outbox');
  dirs.push(join(dir, '..'));
  const lines: string[] = [];
  const log = { ...silentLog, info: (o: object | string) => { lines.push(typeof o === 'string' ? o : JSON.stringify(o)); } };
  let now = new Date('2026-11-22T10:00:00Z');
  const mailer = createMailer({ from: 'Clientele <no-reply@localhost>', outboxDir: dir, log, now: () => now });
  return { dir, lines, mailer, setNow: (d: Date) => { now = d; } };
}

describe('the outbox mailer', () => {
  it('writes .html, .txt and .json (to, subject, links) and logs one line naming the file, never the link (A5)', async () => {
    const { dir, lines, mailer } = setup();
    expect(mailer.kind).toBe('outbox');
    const link = 'http://localhost:8787/portal/link?token=abc&x=1';
    await mailer.send({
      to: 'jane@acme.test', subject: 'Sign in', html: `<a href="${link.replace('&', '&amp;')}">Sign in</a>`, text: `Sign in ${link}`,
      idempotencyKey: 'portal/1/a',
    });
    const files = readdirSync(dir).sort();
    expect(files.map((f) => f.split('.').slice(1).join('.'))).toEqual(['html', 'json', 'txt']);
    const base = join(dir, files[0].replace(/\.html$/, ''));
    expect(readFileSync(`${base}.html`, 'utf8')).toContain('Sign in</a>');
    expect(readFileSync(`${base}.txt`, 'utf8')).toBe(`Sign in ${link}`);
    const meta = JSON.parse(readFileSync(`${base}.json`, 'utf8'));
    expect(meta).toMatchObject({ to: 'jane@acme.test', subject: 'Sign in', links: [link], from: 'Clientele <no-reply@localhost>' });
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toContain('\n');
    expect(lines[0]).toContain('jane@acme.test');
    expect(lines[0]).toContain(`${base}.html`);
    expect(lines[0]).not.toContain('token=abc');
    expect(lines[0]).not.toContain('/portal/link');
  });

  it('uses the links the caller names, and writes nothing new for a retried key, even the next day', async () => {
    const { dir, lines, mailer, setNow } = setup();
    const send = () => mailer.send({
      to: 'a@b.test', subject: 'S', html: '<a href="http://other.test">x</a>', text: 't', links: ['http://named.test/l'], idempotencyKey: 'invite/9/2026-11-22',
    });
    const first = await send();
    setNow(new Date('2026-11-23T09:00:00Z'));
    const second = await send();
    expect(second.id).toBe(first.id);
    expect(readdirSync(dir)).toHaveLength(3);
    expect(lines).toHaveLength(1);
    const json = readdirSync(dir).find((f) => f.endsWith('.json'))!;
    expect(JSON.parse(readFileSync(join(dir, json), 'utf8')).links).toEqual(['http://named.test/l']);
    await mailer.send({ to: 'a@b.test', subject: 'S2', html: '<p>no links</p>', text: 't', idempotencyKey: 'other' });
    expect(readdirSync(dir)).toHaveLength(6);
  });
});
