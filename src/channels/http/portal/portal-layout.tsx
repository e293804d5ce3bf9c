/** @jsxImportSource hono/jsx */
// The portal's page frame, branded with the workspace's name (brand null: a neutral frame, for pages anyone can open
// on a deployment that serves several workspaces). hono/jsx escapes every text and attribute value, so names and
// notes people typed are shown as text. (The pragma above: emails/ and the chat page are React JSX, these are Hono's.)
import type { Child } from 'hono/jsx';
import { raw } from 'hono/html';

export type PortalFrame = {
  title: string;
  brand: string | null;
  /** Set when signed in: the client's name under the brand, the menu and the sign-out button. */
  signedIn?: { clientName: string; csrf: string; active?: 'home' | 'messages' | 'profile' };
  /** 'sheet': the page prints as a document (the invoice): only the sheet, black on white, A4 (portal.css). */
  print?: 'sheet';
};

type SignedInFrame = NonNullable<PortalFrame['signedIn']>;

const Menu = ({ s }: { s: SignedInFrame }) => (
  <nav class="links" aria-label="Portal">
    <a href="/portal" class={s.active === 'home' ? 'on' : ''}>Overview</a>
    <a href="/portal/messages" class={s.active === 'messages' ? 'on' : ''}>Messages</a>
    <a href="/portal/profile" class={s.active === 'profile' ? 'on' : ''}>My profile</a>
    <form method="post" action="/portal/sign-out" class="inline">
      <input type="hidden" name="csrf" value={s.csrf} />
      <button type="submit" class="link">Sign out</button>
    </form>
  </nav>
);

export function PortalLayout({ frame, children }: { frame: PortalFrame; children?: Child }) {
  const s = frame.signedIn;
  return (
    <>
      {raw('<!doctype html>\n')}
      <html lang="en" class={frame.print === 'sheet' ? 'print-sheet' : undefined}>
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <meta name="referrer" content="no-referrer" />
          <meta name="robots" content="noindex" />
          <title>{`${frame.title} · ${frame.brand ?? 'Client portal'}`}</title>
          <link rel="stylesheet" href="/assets/portal.css" />
        </head>
        <body>
          <header class="bar">
            <div class="in">
              <a class="brand" href="/portal">
                {frame.brand === null ? 'Client portal' : <>{frame.brand}<small>{s ? `Client portal · ${s.clientName}` : 'Client portal'}</small></>}
              </a>
              {s && <Menu s={s} />}
            </div>
          </header>
          <main>{children}</main>
          <footer>{frame.brand === null ? 'Client portal' : `${frame.brand} · client portal`}</footer>
        </body>
      </html>
    </>
  );
}

const money = new Map<string, Intl.NumberFormat>();
export function formatMoney(amount: number, currency: string): string {
  let f = money.get(currency);
  if (!f) {
    try { f = new Intl.NumberFormat('en', { style: 'currency', currency }); } catch { f = new Intl.NumberFormat('en', { minimumFractionDigits: 2 }); }
    money.set(currency, f);
  }
  return f.format(amount);
}

export const humanStatus = (s: string) => s.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase());
