// Behind a tunnel or reverse proxy every request comes from the proxy's address. With TRUSTED_PROXY the rate
// limits key on the forwarded client address (and only then); sign-in and portal link requests also key on the
// account asked for, so junk requests cannot lock the owner out (security.md A7).
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../../../src/channels/http/app';
import { clientAddress, parseTrustedProxy } from '../../../src/channels/http/client-address';
import { createTestDeps, type TestDeps } from '../../support/deps';
import { post, seedDeployment } from './portal-helpers';
import { addMember, form, type App } from './web-session';

let deps: TestDeps | undefined;
afterEach(() => { deps?.testDb.cleanup(); deps = undefined; });

async function setup(env: Record<string, string> = {}) {
  deps = await createTestDeps({ env });
  const app = createApp(deps);
  await addMember(deps, 'owner', 'owner@studio.test', 'Olivia Owner');
  return { app, deps };
}
/** A request arriving from `peer` (the socket), optionally with X-Forwarded-For. */
const via = (app: App, path: string, init: RequestInit, peer: string, xff?: string) => {
  const headers = { ...(init.headers as Record<string, string>), ...(xff ? { 'X-Forwarded-For': xff } : {}) };
  return app.request(path, { ...init, headers }, { incoming: { socket: { remoteAddress: peer } } });
};
const signIn = (app: App, email: string, peer: string, xff?: string) => via(app, '/sign-in', form({ email }), peer, xff);
const sentTo = (d: TestDeps, email: string) => d.mailer.sent.filter((m) => m.to === email).length;

describe('trusted proxy (happy)', () => {
  it('10 junk sign-in requests through the tunnel from one address, then the owner from another: the owner gets a link', async () => {
    const { app, deps: d } = await setup({ TRUSTED_PROXY: 'loopback' });
    for (let i = 0; i < 10; i++) expect((await signIn(app, `junk${i}@evil.test`, '127.0.0.1', '203.0.113.9')).status).toBe(200);
    expect((await signIn(app, 'owner@studio.test', '127.0.0.1', '198.51.100.7')).status).toBe(200);
    await d.deferrer.drain();
    expect(sentTo(d, 'owner@studio.test')).toBe(1);
    console.log(`A7: 10 junk sign-in requests through a trusted proxy from one address, then the owner: ${sentTo(d, 'owner@studio.test')} link sent to the owner`);
  });

  it('junk for other accounts from the owner\'s own address does not use up the owner\'s budget', async () => {
    const { app, deps: d } = await setup();
    for (let i = 0; i < 12; i++) expect((await signIn(app, `junk${i}@evil.test`, '192.0.2.10')).status).toBe(200);
    expect((await signIn(app, 'owner@studio.test', '192.0.2.10')).status).toBe(200);
    await d.deferrer.drain();
    expect(sentTo(d, 'owner@studio.test')).toBe(1);
  });

  it('the portal: 50 junk link requests through the proxy do not lock out a contact behind the same proxy', async () => {
    const { app, deps: d } = await setup({ TRUSTED_PROXY: '10.0.0.5' });
    await seedDeployment(d);
    for (let i = 0; i < 50; i++) await via(app, '/portal', post({ email: `x${i}@acme.test` }), '10.0.0.5', '203.0.113.9');
    expect((await via(app, '/portal', post({ email: 'x51@acme.test' }), '10.0.0.5', '203.0.113.9')).status).toBe(429);
    expect((await via(app, '/portal', post({ email: 'jane@acme.test' }), '10.0.0.5', '198.51.100.7')).status).toBe(200);
    await d.deferrer.drain();
    expect(sentTo(d, 'jane@acme.test')).toBe(1);
  });
});

describe('trusted proxy (error)', () => {
  it('one caller is still limited: 10 requests for one account, 50 in all, then 429; redeem guesses per forwarded address', async () => {
    const { app } = await setup({ TRUSTED_PROXY: 'loopback' });
    const same: number[] = [];
    for (let i = 0; i < 11; i++) same.push((await signIn(app, 'owner@studio.test', '127.0.0.1', '203.0.113.9')).status);
    expect(same.slice(0, 10).every((s) => s === 200)).toBe(true);
    expect(same[10]).toBe(429);
    const spray: number[] = [];
    for (let i = 0; i < 51; i++) spray.push((await signIn(app, `s${i}@evil.test`, '127.0.0.1', '203.0.113.20')).status);
    expect(spray.slice(0, 50).every((s) => s === 200)).toBe(true);
    expect(spray[50]).toBe(429);
    const guesses: number[] = [];
    for (let i = 0; i < 21; i++) guesses.push((await via(app, '/auth/verify', form({ t: 'x'.repeat(43) }), '127.0.0.1', '203.0.113.30')).status);
    expect(guesses[20]).toBe(429);
    expect((await via(app, '/auth/verify', form({ t: 'x'.repeat(43) }), '127.0.0.1', '198.51.100.7')).status).toBe(410);
  });
});

describe('trusted proxy (security)', () => {
  it('without TRUSTED_PROXY a forged X-Forwarded-For is ignored: rotating it does not escape the limit', async () => {
    const { app } = await setup();
    const codes: number[] = [];
    for (let i = 0; i < 51; i++) codes.push((await signIn(app, `r${i}@evil.test`, '192.0.2.66', `198.51.100.${i}`)).status);
    expect(codes[50]).toBe(429);
  });

  it('an untrusted peer\'s forwarded header is ignored even when a proxy is configured', async () => {
    const { app } = await setup({ TRUSTED_PROXY: 'loopback' });
    const codes: number[] = [];
    for (let i = 0; i < 11; i++) codes.push((await signIn(app, 'owner@studio.test', '192.0.2.66', `198.51.100.${i}`)).status);
    expect(codes[10]).toBe(429);
  });

  it('the client is the right-most untrusted hop: entries a caller prepends are not believed', async () => {
    const trust = parseTrustedProxy('loopback, 10.0.0.5');
    const ctx = (peer: string, xff?: string) => ({
      env: { incoming: { socket: { remoteAddress: peer } } }, req: { header: (n: string) => (n === 'x-forwarded-for' ? xff : undefined) },
    }) as never;
    expect(clientAddress(ctx('::ffff:127.0.0.1', '6.6.6.6, 203.0.113.9'), trust)).toBe('203.0.113.9');
    expect(clientAddress(ctx('127.0.0.1', '203.0.113.9, 10.0.0.5'), trust)).toBe('203.0.113.9');
    expect(clientAddress(ctx('127.0.0.1', 'not-an-ip'), trust)).toBe('127.0.0.1');
    expect(clientAddress(ctx('127.0.0.1'), trust)).toBe('127.0.0.1');
    expect(clientAddress(ctx('192.0.2.1', '203.0.113.9'), trust)).toBe('192.0.2.1');
    expect(clientAddress(ctx('127.0.0.1', '203.0.113.9'))).toBe('127.0.0.1');
  });
});
