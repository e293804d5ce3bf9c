// The signed-out portal pages: ask for a link, "check your email", the link's sign-in page, and refusals.
// brand null: the deployment serves several workspaces and the page cannot know whose contact is looking.
import { html } from 'hono/html';
import { portalLayout } from './portal-layout';

const nextField = (next?: string) => (next ? html`<input type="hidden" name="next" value="${next}">` : '');

const requestForm = (label = 'Email me a sign-in link', next?: string) => html`<form method="post" action="/portal" novalidate>${nextField(next)}
    <label for="email">Your email address</label>
    <input id="email" name="email" type="email" autocomplete="email" inputmode="email" required placeholder="you@company.com">
    <button type="submit" class="full">${label}</button>
  </form>`;

/** `next`: the portal page the visitor was sent away from (already checked); the emailed link leads back to it. */
export const requestPage = (brand: string | null, next?: string) => portalLayout({ title: 'Sign in', brand }, html`<section class="card narrow">
  <h1>Sign in to your ${brand === null ? 'client ' : ''}portal</h1>
  <p class="muted">${brand === null
    ? 'Follow your projects and invoices with the team you work with. Enter the email address they have for you and we will email you a sign-in link.'
    : `Follow your projects and invoices with ${brand}. Enter the email address ${brand} has for you and we will email you a sign-in link.`}</p>
  ${requestForm(undefined, next)}
</section>`);

/** The one answer to every request, known address or not. */
export const linkSentPage = (brand: string | null) => portalLayout({ title: 'Check your email', brand }, html`<section class="card narrow">
  <h1>Check your email</h1>
  <p>If that address belongs to someone with portal access, a sign-in link is on its way. It works once, for 24 hours.</p>
  <p class="muted">Nothing arrived after a few minutes? Check your spam folder, or ask the team you work with to invite you again.</p>
  <p><a href="/portal">Use another address</a></p>
</section>`);

/** GET of the emailed link: changes nothing; the button POSTs the token (mail scanners only GET). */
export const signInPage = (brand: string | null, token: string, next?: string) => portalLayout({ title: 'Sign in', brand }, html`<section class="card narrow">
  <h1>Sign in to your portal</h1>
  <p class="muted">Press the button to sign in to ${brand === null ? 'your' : `${brand}'s`} client portal on this device.</p>
  <form method="post" action="/portal/link">
    <input type="hidden" name="token" value="${token}">${nextField(next)}
    <button type="submit" class="full">Sign in</button>
  </form>
  <p class="muted link-help">Link not working? <a href="${next ? `/portal?next=${encodeURIComponent(next)}` : '/portal'}">Ask for a new link</a>.</p>
</section>`);

/** `next`: the page the old link led to (already checked); the new link leads there too. */
export const linkRefusedPage = (brand: string | null, next?: string) => portalLayout({ title: 'Link expired', brand }, html`<section class="card narrow">
  <h1>This link no longer works</h1>
  <p>Sign-in links work once, for 24 hours, and stop working when access changes. Ask for a new one:</p>
  ${requestForm('Email me a new link', next)}
</section>`);

export const notFoundPage = (brand: string | null, signedIn?: { clientName: string; csrf: string }) =>
  portalLayout({ title: 'Not found', brand, signedIn }, html`<section class="card narrow">
  <h1>Not found</h1>
  <p>There is nothing here for you. <a href="/portal">Back to the overview</a>.</p>
</section>`);

/** Every page of a workspace whose portal is closed (portal-closed.ts): the same words for a session and a link,
 *  naming no workspace and no reason. Signing out is left open (a shared device, another client's portal). */
export const portalClosedPage = () => portalLayout({ title: 'Portal unavailable', brand: null }, html`<section class="card narrow">
  <h1>This portal is not available</h1>
  <p>This client portal is not available at the moment. If you need something in the meantime, contact the team you work with directly.</p>
  <form method="post" action="/portal/sign-out"><button type="submit" class="link">Sign out of this device</button></form>
</section>`);
