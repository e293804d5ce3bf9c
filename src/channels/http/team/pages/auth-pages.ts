// Sign-in pages. The link pages carry the token in the URL fragment (never sent to the server, logs or a
// Referer); /assets/verify.js copies it into the form, and only the POST redeems it.
import { html } from 'hono/html';
import type { FieldIssue } from '../../../../errors';
import { layout, message } from './layout';

const fieldError = (issues: FieldIssue[], field: string) => {
  const m = issues.find((i) => i.field === field);
  return m ? html`<p class="field-error" role="alert">${m.message}</p>` : '';
};

export const signInPage = (opts: { email?: string; issues?: FieldIssue[] } = {}) => layout({
  title: 'Sign in',
  body: html`<section class="card narrow">
    <h1>Sign in</h1>
    <p>Enter your work email and we will send you a sign-in link.</p>
    <form method="post" action="/sign-in" class="stack">
      <label>Email <input type="email" name="email" autocomplete="email" required value="${opts.email ?? ''}"></label>
      ${fieldError(opts.issues ?? [], 'email')}
      <button type="submit" class="primary">Email me a link</button>
    </form>
  </section>`,
});

export const linkSentPage = () => layout({
  title: 'Check your email',
  body: message('Check your email', 'If that address belongs to a member of this workspace, a sign-in link is on its way. It works once and expires in 20 minutes.',
    html`<p><a href="/sign-in">Use another address</a></p>`),
});

export const verifyPage = () => layout({
  title: 'Sign in', scripts: ['verify.js'],
  body: html`<section class="card narrow">
    <h1>Sign in to Clientele</h1>
    <p>Press the button to finish signing in on this device.</p>
    <form method="post" action="/auth/verify" class="stack">
      <input type="hidden" name="t" value="">
      <button type="submit" class="primary">Sign in</button>
    </form>
  </section>`,
});

export const firstOwnerPage = (opts: { name?: string; email?: string; issues?: FieldIssue[]; token?: string } = {}) => layout({
  title: 'Set up your workspace', scripts: ['verify.js'],
  body: html`<section class="card narrow">
    <h1>Set up your workspace</h1>
    <p>You are the first person here: you become its owner. Owners invite the team and set their roles.</p>
    <form method="post" action="/auth/first-owner" class="stack">
      <input type="hidden" name="t" value="${opts.token ?? ''}">
      <label>Your name <input name="name" autocomplete="name" required value="${opts.name ?? ''}"></label>
      ${fieldError(opts.issues ?? [], 'name')}
      <label>Your email <input type="email" name="email" autocomplete="email" required value="${opts.email ?? ''}"></label>
      ${fieldError(opts.issues ?? [], 'email')}
      <button type="submit" class="primary">Create my account</button>
    </form>
  </section>`,
});

export const linkExpiredPage = () => layout({
  title: 'Link expired',
  body: message('This link has expired', 'Sign-in links work once and only for a short time. Ask for a new one.',
    html`<p><a class="button primary" href="/sign-in">Get a new link</a></p>`),
});
