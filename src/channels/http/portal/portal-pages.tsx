/** @jsxImportSource hono/jsx */
// The signed-out portal pages: ask for a link, "check your email", the link's sign-in page, and refusals.
// brand null: the deployment serves several workspaces and the page cannot know whose contact is looking.
import { PortalLayout } from './portal-layout';

const NextField = ({ next }: { next?: string }) => (next ? <input type="hidden" name="next" value={next} /> : null);

const RequestForm = ({ label = 'Email me a sign-in link', next }: { label?: string; next?: string }) => (
  <form method="post" action="/portal" novalidate>
    <NextField next={next} />
    <label for="email">Your email address</label>
    <input id="email" name="email" type="email" autocomplete="email" inputmode="email" required placeholder="you@company.com" />
    <button type="submit" class="full">{label}</button>
  </form>
);

/** `next`: the portal page the visitor was sent away from (already checked); the emailed link leads back to it. */
export const requestPage = (brand: string | null, next?: string) => (
  <PortalLayout frame={{ title: 'Sign in', brand }}>
    <section class="card narrow">
      <h1>Sign in to your {brand === null ? 'client ' : ''}portal</h1>
      <p class="muted">
        {brand === null
          ? 'Follow your projects and invoices with the team you work with. Enter the email address they have for you and we will email you a sign-in link.'
          : `Follow your projects and invoices with ${brand}. Enter the email address ${brand} has for you and we will email you a sign-in link.`}
      </p>
      <RequestForm next={next} />
    </section>
  </PortalLayout>
);

/** The one answer to every request, known address or not. */
export const linkSentPage = (brand: string | null) => (
  <PortalLayout frame={{ title: 'Check your email', brand }}>
    <section class="card narrow">
      <h1>Check your email</h1>
      <p>If that address belongs to someone with portal access, a sign-in link is on its way. It works once, for 24 hours.</p>
      <p class="muted">Nothing arrived after a few minutes? Check your spam folder, or ask the team you work with to invite you again.</p>
      <p><a href="/portal">Use another address</a></p>
    </section>
  </PortalLayout>
);

/** GET of the emailed link: changes nothing; the button POSTs the token (mail scanners only GET). */
export const signInPage = (brand: string | null, token: string, next?: string) => (
  <PortalLayout frame={{ title: 'Sign in', brand }}>
    <section class="card narrow">
      <h1>Sign in to your portal</h1>
      <p class="muted">Press the button to sign in to {brand === null ? 'your' : `${brand}'s`} client portal on this device.</p>
      <form method="post" action="/portal/link">
        <input type="hidden" name="token" value={token} />
        <NextField next={next} />
        <button type="submit" class="full">Sign in</button>
      </form>
      <p class="muted link-help">
        Link not working? <a href={next ? `/portal?next=${encodeURIComponent(next)}` : '/portal'}>Ask for a new link</a>.
      </p>
    </section>
  </PortalLayout>
);

/** `next`: the page the old link led to (already checked); the new link leads there too. */
export const linkRefusedPage = (brand: string | null, next?: string) => (
  <PortalLayout frame={{ title: 'Link expired', brand }}>
    <section class="card narrow">
      <h1>This link no longer works</h1>
      <p>Sign-in links work once, for 24 hours, and stop working when access changes. Ask for a new one:</p>
      <RequestForm label="Email me a new link" next={next} />
    </section>
  </PortalLayout>
);

export const notFoundPage = (brand: string | null, signedIn?: { clientName: string; csrf: string }) => (
  <PortalLayout frame={{ title: 'Not found', brand, signedIn }}>
    <section class="card narrow">
      <h1>Not found</h1>
      <p>There is nothing here for you. <a href="/portal">Back to the overview</a>.</p>
    </section>
  </PortalLayout>
);

/** Every page of a workspace whose portal is closed (portal-closed.ts): the same words for a session and a link,
 *  naming no workspace and no reason. Signing out is left open (a shared device, another client's portal). */
export const portalClosedPage = () => (
  <PortalLayout frame={{ title: 'Portal unavailable', brand: null }}>
    <section class="card narrow">
      <h1>This portal is not available</h1>
      <p>This client portal is not available at the moment. If you need something in the meantime, contact the team you work with directly.</p>
      <form method="post" action="/portal/sign-out">
        <button type="submit" class="link">Sign out of this device</button>
      </form>
    </section>
  </PortalLayout>
);
