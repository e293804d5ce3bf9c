// The page frame every team page shares. hono/html escapes every interpolated value, so anything a person
// or the model wrote is shown as text; only our own templates are raw.
import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import type { MemberActor } from '../../../../context';
import { ADMIN_ROLES } from '../../../../domain/access';

export type Markup = HtmlEscapedString | Promise<HtmlEscapedString>;

export function layout(opts: { title: string; actor?: MemberActor | null; body: Markup; scripts?: string[]; active?: string }) {
  const nav = opts.actor
    ? html`<nav class="top">
        <a class="brand" href="/">Clientele</a>
        ${opts.actor.role === 'member' ? '' : html`<a href="/" class="${opts.active === 'chat' ? 'on' : ''}">Chat</a>
        <a href="/clients" class="${opts.active === 'clients' ? 'on' : ''}">Clients</a>
        <a href="/follow-ups" class="${opts.active === 'follow-ups' ? 'on' : ''}">Follow-ups</a>
        <a href="/settings" class="${opts.active === 'settings' ? 'on' : ''}">Settings</a>`}
        ${ADMIN_ROLES.includes(opts.actor.role) ? html`<a href="/members" class="${opts.active === 'members' ? 'on' : ''}">Team</a>` : ''}
        <span class="who">${opts.actor.name} · ${opts.actor.role}</span>
        <form method="post" action="/sign-out" class="inline"><button type="submit" class="link">Sign out</button></form>
      </nav>`
    : html`<nav class="top"><span class="brand">Clientele</span></nav>`;
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${opts.title} · Clientele</title>
<link rel="stylesheet" href="/assets/app.css">
${(opts.scripts ?? []).map((s) => html`<script type="module" src="/assets/${s}"></script>`)}
</head>
<body>
${nav}
<main>${opts.body}</main>
</body>
</html>`;
}

export const message = (title: string, text: string, extra: Markup | string = '') =>
  html`<section class="card narrow"><h1>${title}</h1><p>${text}</p>${extra}</section>`;
