// Everything the client page shows, loaded through the domain: the client, the open outreach draft and the last
// website findings; its history and effective settings through the listActivity and explainSettings tools (the one
// runner, as the chat asks them). Each route renders the page the same way.
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Ctx, MemberActor } from '../../../context';
import type { ClientView } from '../../../domain/clients/views';
import { getClientView } from '../../../domain/clients/get-client-view';
import type { ActivityView } from '../../../domain/activity/list-activity';
import { chartFigures } from '../../../domain/ledger/chart-figures';
import { openOutreachDraft } from '../../../domain/outreach/open-draft';
import { readEnrichment } from '../../../domain/enrichment/read-enrichment';
import type { SettingExplanation } from '../../../domain/settings/explain-settings';
import { clientOwnerChoices } from '../../../domain/members/client-owner-rule';
import { listGroups } from '../../../domain/settings/list-groups';
import { listClientDocuments } from '../../../domain/documents/document-views';
import { listMessages } from '../../../domain/messages/list-messages';
import { clientPage, type ActivityRow, type ConfirmKind } from './pages/client-page';
import type { EditState } from './pages/client-cards';
import type { InvoiceConfirm } from './pages/client-invoices';
import type { QuoteConfirm } from './pages/client-quotes-card';
import { runTool } from '../../../../tools/run-tool';

/** How the web pages name a client to the domain verbs (one place, should the reference syntax change). */
// The exact internal reference (a bare number would be read as the client number or an id number).
export const refOf = (c: Pick<ClientView, 'id'>): string => `id:${c.id}`;

export type PageExtras = {
  edit?: EditState; notice?: string; error?: string; confirm?: ConfirmKind | null; confirmDocument?: number | null; confirmInvoice?: InvoiceConfirm | null; confirmQuote?: QuoteConfirm | null; confirmMessage?: string | null;
  confirmVoid?: number | null; confirmNote?: number | null;
};

async function clientActivity(ctx: Ctx, client: ClientView): Promise<ActivityRow[]> {
  const r = await runTool(ctx, 'listActivity', { client: refOf(client), limit: 30 });
  // (The client was just read by this actor: a refusal is not expected, and the card then lists nothing.)
  const activities = r.ok ? (r.data as unknown as { activities: ActivityView[] }).activities : [];
  return activities.map((a) => ({
    id: a.id, summary: a.summary, createdAt: new Date(a.createdAt), actorName: a.actorName, undone: !!a.undoneAt, undoable: a.canUndo,
  }));
}

export async function renderClientPage(c: Context, ctx: Ctx, clientId: number, extras: PageExtras = {}, status: ContentfulStatusCode = 200) {
  const client = await getClientView(ctx.db, ctx, clientId);
  const [activity, draft, enrichment, groups, explained, owners, charts] = await Promise.all([
    clientActivity(ctx, client), openOutreachDraft(ctx.db, ctx, client.id), readEnrichment(ctx.db, ctx, client.id),
    listGroups(ctx), runTool(ctx, 'explainSettings', { client: refOf(client) }), clientOwnerChoices(ctx),
    chartFigures({ ctx, input: { client: refOf(client) } }),
  ]);
  const documents = await listClientDocuments(ctx.db, ctx.actor.workspaceId, client.id);
  // Reading the page reads the client's messages it shows, for the whole team (they stay marked New on this view).
  const thread = await listMessages({ ctx, input: { client: refOf(client), limit: 50 } });
  const actor = ctx.actor as MemberActor;
  // The client was just read by this actor, so a refusal is not expected; should one come, the card lists nothing
  // rather than the page failing (a bug is logged by the runner).
  const settings = { groups, explained: explained.ok ? (explained.data as unknown as { settings: SettingExplanation[] }).settings : [] };
  const messages = { ...thread, portalContacts: client.portalEnabled ? client.contacts.filter((x) => x.portalEnabled && x.email).length : 0 };
  return c.html(clientPage({ actor, client, activity, draft, enrichment, settings, owners, documents, messages, charts, edit: extras.edit ?? null, ...extras }), status);
}
