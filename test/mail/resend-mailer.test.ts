// The mailer over the real `resend` SDK, pointed at a fake Resend API on loopback.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createMailer } from '../../src/mail/create-mailer';
import { silentLog, type OutgoingEmail } from '../../src/context';
import { startFakeResend, type FakeResend } from './fake-resend';

const FROM = 'Northwind Studio <hello@northwind.test>';
const email = (over: Partial<OutgoingEmail> = {}): OutgoingEmail => ({
  to: 'jane@acme.test', subject: 'Your sign-in link', html: '<p>Hi <a href="http://x.test/l">link</a></p>', text: 'Hi link http://x.test/l',
  idempotencyKey: 'invite/42/2026-11-22', ...over,
});

let fake: FakeResend;
beforeAll(async () => { fake = await startFakeResend(); });
afterAll(() => fake.close());
afterEach(() => { vi.unstubAllEnvs(); });

describe('the Resend mailer', () => {
  it('POSTs /emails with the API key, the MAIL_FROM sender and an Idempotency-Key, and returns the id', async () => {
    const mailer = createMailer({ resendApiKey: 're_test_key', resendBaseUrl: fake.url, from: FROM, outboxDir: '/nonexistent', log: silentLog });
    expect(mailer.kind).toBe('resend');
    const before = fake.requests.length;
    const { id } = await mailer.send(email({ idempotencyKey: 'k-first', tags: { purpose: 'portal invite' } }));
    const req = fake.requests[before];
    expect(id).toMatch(/^em_/);
    expect(req.headers.authorization).toBe('Bearer re_test_key');
    expect(req.headers['idempotency-key']).toBe('k-first');
    expect(req.body).toMatchObject({ from: FROM, to: 'jane@acme.test', subject: 'Your sign-in link', text: 'Hi link http://x.test/l' });
    expect(req.body.html).toContain('href="http://x.test/l"');
    expect(req.body.tags).toEqual([{ name: 'purpose', value: 'portal_invite' }]);
  });

  it('sends a retried request with the same key, so it is delivered once', async () => {
    const mailer = createMailer({ resendApiKey: 're_test_key', resendBaseUrl: fake.url, from: FROM, outboxDir: '/nonexistent', log: silentLog });
    const delivered = fake.delivered.length;
    const a = await mailer.send(email({ idempotencyKey: 'invite/7/2026-11-22' }));
    const b = await mailer.send(email({ idempotencyKey: 'invite/7/2026-11-22' }));
    expect(b.id).toBe(a.id);
    expect(fake.delivered.length - delivered).toBe(1);
    expect(fake.requests.slice(-2).map((r) => r.headers['idempotency-key'])).toEqual(['invite/7/2026-11-22', 'invite/7/2026-11-22']);
  });

  it('finds the API through RESEND_BASE_URL, which the SDK reads itself', async () => {
    vi.stubEnv('RESEND_BASE_URL', fake.url);
    const mailer = createMailer({ resendApiKey: 're_test_key', from: FROM, outboxDir: '/nonexistent', log: silentLog });
    const before = fake.requests.length;
    await mailer.send(email({ idempotencyKey: 'via-env' }));
    expect(fake.requests.length).toBe(before + 1);
    expect(fake.requests.at(-1)!.headers['idempotency-key']).toBe('via-env');
  });

  it('surfaces an error Resend returns (the SDK returns it instead of throwing)', async () => {
    const warnings: unknown[] = [];
    const log = { ...silentLog, warn: (o: unknown) => { warnings.push(o); } };
    const mailer = createMailer({ resendApiKey: 're_wrong', resendBaseUrl: fake.url, from: FROM, outboxDir: '/nonexistent', log });
    await expect(mailer.send(email({ idempotencyKey: 'bad-key' }))).rejects.toMatchObject({
      code: 'unavailable', message: expect.stringContaining('API key is invalid'),
    });
    fake.failWith(422, { name: 'validation_error', message: 'Invalid `to` field.' });
    const good = createMailer({ resendApiKey: 're_test_key', resendBaseUrl: fake.url, from: FROM, outboxDir: '/nonexistent', log });
    await expect(good.send(email({ idempotencyKey: 'bad-to' }))).rejects.toThrow(/jane@acme\.test was not sent: Invalid `to` field\. \(validation_error\)/);
    expect(warnings).toHaveLength(2);
  });
});
