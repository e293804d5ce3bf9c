// The client page's actions beyond editing a card, each a same-origin form POST to one tool through the runner
// (the page words its own notice from the tool's result), or to the one verb no tool wraps:
//   portal: invite (invitePortal), reset links (regeneratePortalLink, after the page's confirm step)
//   outreach: draft (draftOutreach), save edits (updateOutreachDraft, a verb), send after confirming (sendOutreach)
//   website: enrich (enrichClient), apply the ticked findings (applyEnrichment; replacing only what was ticked)
// A refusal re-renders the page with its message and the error table's status; nothing else changes.
import type { Context, Hono } from 'hono';
import type { Ctx } from '../../../context';
import type { AppDeps } from '../../../deps';
import { getClientView } from '../../../domain/clients/get-client-view';
import { updateOutreachDraft } from '../../../domain/outreach/update-outreach-draft';
import { InvalidInput } from '../../../errors';
import { refOf, renderClientPage } from './client-page-data';
import { showRefusal } from '../errors';
import { runPageTool, withIssues } from './run-page-tool';
import type { ToolName } from '../../../../tools/types';
import { outboundBudget } from '../security';
import { requireMember, type WebEnv } from '../session';

type C = Context<WebEnv>;
type Person = { name: string | null; email: string };
const names = (xs: Person[]) => xs.map((x) => (x.name ? `${x.name} (${x.email})` : x.email)).join(', ');
const list = (v: unknown): string[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter((x): x is string => typeof x === 'string');

export function mountClientActions(web: Hono<WebEnv>, deps: AppDeps) {
  const member = requireMember(deps, 'page', { clients: true });
  // Emails and fetches of other sites: a budget per person.
  const outbound = outboundBudget();

  /** Loads the client (404 for another workspace's id), runs the action, and shows its domain refusals on the page. */
  const action = (run: (c: C, ctx: Ctx, client: Awaited<ReturnType<typeof getClientView>>) => Promise<Response>) => async (c: C) => {
    const ctx = c.get('ctx');
    const id = Number(c.req.param('id'));
    const client = await getClientView(ctx.db, ctx, id);
    return showRefusal(() => run(c, ctx, client), (err, status) => {
      const detail = err instanceof InvalidInput && err.issues.length ? ` (${err.issues.map((i) => `${i.field}: ${i.message}`).join('; ')})` : '';
      return renderClientPage(c, ctx, id, { error: `${err.message}${detail}` }, status);
    });
  };
  const text = async (c: C) => Object.fromEntries(Object.entries(await c.req.parseBody()).map(([k, v]) => [k, typeof v === 'string' ? v : '']));

  /** Runs a tool through the runner and shows the page with the notice worded from its result's data; a failure
   *  is the page with the tool's message (and its field issues) at the error table's status. */
  const runTool = <D>(c: C, ctx: Ctx, clientId: number, name: ToolName, input: unknown, notice: (d: D) => string) =>
    runPageTool(c, ctx, clientId, name, input, (r) => renderClientPage(c, ctx, clientId, { notice: notice(r.data as D) }), { error: withIssues });

  web.post('/clients/:id{[0-9]+}/portal/invite', member, outbound, action((c, ctx, client) =>
    runTool<{ invited: Person[]; alreadyInvitedToday: Person[] }>(c, ctx, client.id, 'invitePortal', { client: refOf(client) }, (r) => {
      const parts = [];
      if (r.invited.length) parts.push(`Emailed a portal invitation to ${names(r.invited)}.`);
      if (r.alreadyInvitedToday.length) parts.push(`${names(r.alreadyInvitedToday)} already got one today; not sent again.`);
      return parts.join(' ') || 'No contact with portal access and an email address to invite.';
    })));

  web.post('/clients/:id{[0-9]+}/portal/reset', member, action((c, ctx, client) =>
    runTool<{ endedSessions: number; endedLinks: number; portalUrl: string }>(c, ctx, client.id, 'regeneratePortalLink', { client: refOf(client) },
      (r) => `Portal links reset: ${r.endedSessions} session(s) and ${r.endedLinks} unused link(s) ended. Contacts can ask for a new link at ${r.portalUrl}, or invite them again.`)));

  web.post('/clients/:id{[0-9]+}/outreach', member, action(async (c, ctx, client) => {
    const goal = (await text(c)).goal?.trim();
    return runPageTool(c, ctx, client.id, 'draftOutreach', { client: refOf(client), goal: goal || undefined },
      () => c.redirect(`/clients/${client.id}#outreach`, 303));
  }));

  web.post('/clients/:id{[0-9]+}/outreach/:draftId{[0-9]+}', member, action(async (c, ctx, client) => {
    const form = await text(c);
    await updateOutreachDraft({ ctx, input: { draftId: c.req.param('draftId'), subject: form.subject ?? '', body: form.body ?? '' } });
    return c.redirect(`/clients/${client.id}${form.next === 'send' ? '?confirm=send-outreach' : ''}#outreach`, 303);
  }));

  web.post('/clients/:id{[0-9]+}/outreach/:draftId{[0-9]+}/send', member, outbound, action((c, ctx, client) =>
    runTool<{ label: string; to: string; alreadySent: boolean }>(c, ctx, client.id, 'sendOutreach', { draftId: Number(c.req.param('draftId')) },
      (r) => (r.alreadySent ? `“${r.label}” was already sent; not sent again.` : `Sent “${r.label}” to ${r.to}.`))));

  web.post('/clients/:id{[0-9]+}/enrich', member, outbound, action(async (c, ctx, client) => {
    return runPageTool(c, ctx, client.id, 'enrichClient', { client: refOf(client) }, () => c.redirect(`/clients/${client.id}#website`, 303));
  }));

  web.post('/clients/:id{[0-9]+}/enrich/apply', member, action(async (c, ctx, client) => {
    const body = await c.req.parseBody({ all: true });
    const overwrite = list(body.overwrite);
    const fields = [...new Set([...list(body.fields), ...overwrite])];
    if (!fields.length) return renderClientPage(c, ctx, client.id, { error: 'Tick at least one finding to apply.' }, 422);
    return runTool<{ applied: string[]; conflicts: Array<{ field: string }> }>(c, ctx, client.id, 'applyEnrichment', { client: refOf(client), fields, overwrite }, (r) => {
      const kept = r.conflicts.length ? ` Kept the current ${r.conflicts.map((x) => x.field).join(', ')} (tick the row to replace it).` : '';
      return `${r.applied.length ? `Applied: ${r.applied.join(', ')}.` : 'Nothing applied.'}${kept}`;
    });
  }));
}
