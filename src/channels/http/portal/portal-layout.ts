// The portal's page frame, branded with the workspace's name (brand null: a neutral frame, for pages anyone can open
// on a deployment that serves several workspaces). hono/html escapes every interpolated value,
// so names and notes people typed are shown as text.
import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';

export type Markup = HtmlEscapedString | Promise<HtmlEscapedString>;

export type PortalFrame = {
  title: string;
  brand: string | null;
  /** Set when signed in: the client's name under the brand, the menu and the sign-out button. */
  signedIn?: { clientName: string; csrf: string; active?: 'home' | 'messages' | 'profile' };
  /** 'sheet': the page prints as a document (the invoice): only the sheet, black on white, A4 (portal.css). */
  print?: 'sheet';
};

export function portalLayout(frame: PortalFrame, body: Markup | string) {
  const s = frame.signedIn;
  const nav = s
    ? html`<nav class="links" aria-label="Portal">
        <a href="/portal" class="${s.active === 'home' ? 'on' : ''}">Overview</a>
        <a href="/portal/messages" class="${s.active === 'messages' ? 'on' : ''}">Messages</a>
        <a href="/portal/profile" class="${s.active === 'profile' ? 'on' : ''}">My profile</a>
        <form method="post" action="/portal/sign-out" class="inline"><input type="hidden" name="csrf" value="${s.csrf}"><button type="submit" class="link">Sign out</button></form>
      </nav>`
    : '';
  return html`<!doctype html>
<html lang="en"${frame.print === 'sheet' ? html` class="print-sheet"` : ''}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="robots" content="noindex">
<title>${frame.title} · ${frame.brand ?? 'Client portal'}</title>
<link rel="stylesheet" href="/assets/portal.css">
</head>
<body>
<header class="bar"><div class="in">
  <a class="brand" href="/portal">${frame.brand === null ? 'Client portal' : html`${frame.brand}${s ? html`<small>Client portal · ${s.clientName}</small>` : html`<small>Client portal</small>`}`}</a>
  ${nav}
</div></header>
<main>${body}</main>
<footer>${frame.brand === null ? 'Client portal' : `${frame.brand} · client portal`}</footer>
</body>
</html>`;
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
