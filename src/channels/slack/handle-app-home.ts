// The App Home tab: app_home_opened publishes the person's desk (views.publish): what needs attention and the
// recent changes through the listAttention and listActivity tools (the one runner), figures from the domain's reads. Its
// buttons: New client and Quick add open the /client new forms (handle-settings.ts), Show and Add details are
// the client card's (handle-actions.ts); Import explains sharing a CSV here, Export uploads every active client
// as CSV into the person's direct message with the app. Guests and members without client access see why not.
import type { App, BlockAction, webApi } from '@slack/bolt';
import { runTool } from '../../../tools/run-tool';
import type { MemberActor } from '../../context';
import { makeCtx } from '../../deps';
import type { ActivityView } from '../../domain/activity/list-activity';
import type { Attention } from '../../domain/clients/list-attention';
import { chartFigures } from '../../domain/ledger/chart-figures';
import { sumFigures } from '../../domain/ledger/sum-figures';
import { HOME_ACTIONS, homeView, refusalHomeView } from './blocks/app-home';
import { fileSource, postInThread, uploadFiles } from './deliver-message';
import { resultMessage } from './handle-actions';
import { plainMessage } from './render-turn';
import { resolveSlackActor } from './resolve-actor';
import { failureText, slackErrorText } from './slack-errors';
import type { SlackRuntime } from './slack-runtime';

export const IMPORT_HOW = 'To import clients, share a CSV file (UTF-8, one client per row, a header row) here in this conversation. '
  + 'I will show a dry run of what would be created, updated and skipped; nothing changes until you press Apply import.';

/** Months of revenue the tab summarises (the web charts show 12; a tab is read at a glance). */
const HOME_MONTHS = 6;

export function registerAppHome(bolt: App, rt: SlackRuntime): void {
  bolt.event('app_home_opened', async ({ event, body, client }) => {
    if (event.tab !== 'home') return;
    const teamId = (body as { team_id?: string }).team_id;
    const who = await resolveSlackActor(rt, client, { teamId, userId: event.user });
    const view = who.ok ? await deskView(rt, who.actor) : refusalHomeView(who.message);
    await client.views.publish({ user_id: event.user, view });
  });

  bolt.action({ type: 'block_actions', action_id: new RegExp(`^(${HOME_ACTIONS.importCsv}|${HOME_ACTIONS.exportCsv})$`) }, async ({ ack, body, action, client }) => {
    await ack();
    const b = body as BlockAction;
    const dm = await openDm(client, b.user.id);
    const who = await resolveSlackActor(rt, client, { teamId: b.team?.id ?? b.user.team_id, userId: b.user.id, userTeamId: b.user.team_id });
    if (!who.ok) return postInThread(client, dm, plainMessage(who.message));
    if ((action as { action_id: string }).action_id === HOME_ACTIONS.importCsv) return postInThread(client, dm, plainMessage(IMPORT_HOW));
    // The person's own click: every active client, the same file as "/client export active clients".
    const ctx = makeCtx(rt.deps, who.actor);
    const input = { archived: 'active' as const };
    const result = await runTool(ctx, 'exportCsv', input);
    const msg = resultMessage('exportCsv', input, result);
    await postInThread(client, dm, { ...msg, files: [] });
    await uploadFiles(client, dm, msg.files, fileSource(rt, who.actor));
  });
}

/** Publishes the person's tab again, after a click on it changed what it shows (a follow-up done or moved). */
export async function republishDesk(rt: SlackRuntime, client: webApi.WebClient, userId: string, actor: MemberActor): Promise<void> {
  await client.views.publish({ user_id: userId, view: await deskView(rt, actor) });
}

async function deskView(rt: SlackRuntime, actor: MemberActor) {
  const ctx = makeCtx(rt.deps, actor);
  try {
    // (A role without client access, a member, is refused by the tools first: the tab says why, with no figures read.)
    const [attention, recent] = await Promise.all([runTool(ctx, 'listAttention', {}), runTool(ctx, 'listActivity', { limit: 8 })]);
    if (!attention.ok) return refusalHomeView(failureText(attention.error));
    if (!recent.ok) return refusalHomeView(failureText(recent.error));
    const [figures, charts] = await Promise.all([sumFigures({ ctx }), chartFigures({ ctx, input: { months: HOME_MONTHS } })]);
    const activity = (recent.data as unknown as { activities: ActivityView[] }).activities;
    return homeView({ name: actor.name, attention: attention.data as unknown as Attention, figures, charts, activity });
  } catch (err) {
    // A role without client access (member) is told so, like everywhere else.
    return refusalHomeView(slackErrorText(err, rt.deps.log, { view: 'app home' }));
  }
}

/** The person's direct message with the app (a D channel: files can only be uploaded into a conversation). */
async function openDm(client: webApi.WebClient, userId: string) {
  const r = await client.conversations.open({ users: userId });
  return { channel: r.channel?.id ?? userId };
}
