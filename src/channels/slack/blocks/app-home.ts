// The App Home tab as Block Kit, a pure function of the desk's data: buttons for the common actions (the same
// modals and flows as /client), the figures per currency, what needs attention, and the latest changes. The web
// charts' figures (revenue and outstanding by month, quotes and invoices by status) come as a compact summary.
import type { HomeView, KnownBlock } from '@slack/types';
import type { ActivityView } from '../../../domain/activity/list-activity';
import { type Attention, DORMANT_DAYS } from '../../../domain/clients/list-attention';
import type { ChartFigures } from '../../../domain/ledger/chart-figures';
import { INVOICE_STANDING_LABELS, QUOTE_STAGE_LABELS } from '../../../domain/ledger/figure-labels';
import type { Figures } from '../../../domain/ledger/sum-figures';
import { escapeMrkdwn } from '../mrkdwn';
import { ACTIONS, actions, button, context, money, section, text } from './elements';
import { followUpButtons } from './follow-up-reminder';
import { SETTINGS_ACTIONS } from './settings-modals';

export const HOME_ACTIONS = { importCsv: 'home_import', exportCsv: 'home_export' } as const;
export type HomeData = { name: string; attention: Attention; figures: Figures; charts?: ChartFigures; activity: ActivityView[] };

const header = (title: string): KnownBlock => ({ type: 'header', text: { type: 'plain_text', text: title, emoji: true } });
const divider: KnownBlock = { type: 'divider' };
const day = (iso: string | null) => (iso ? iso.slice(0, 10) : 'never');
const more = (shown: boolean, what: string) => (shown ? [context(`More ${what} in the web app, or ask: "${what}".`)] : []);

export function homeView(d: HomeData): HomeView {
  const whose = d.attention.scope === 'mine' ? 'your clients' : 'the workspace (no clients are assigned to you yet)';
  const blocks: KnownBlock[] = [
    header('Clientele'),
    section(`Hello ${escapeMrkdwn(d.name)}. Here is what needs attention across ${whose}.`),
    actions('home_actions', [
      button('New client', SETTINGS_ACTIONS.newFull, 'full', 'primary'),
      button('Quick add', SETTINGS_ACTIONS.newQuick, 'quick'),
      button('Import CSV', HOME_ACTIONS.importCsv, 'import'),
      button('Export CSV', HOME_ACTIONS.exportCsv, 'export'),
    ]),
    divider,
    ...figuresBlocks(d.figures),
    ...(d.charts ? chartBlocks(d.charts) : []),
    divider,
    ...attentionBlocks(d.attention),
    divider,
    header('Recent activity'),
    d.activity.length
      ? section(d.activity.map((a) => `• ${text(a.summary)} (${text(a.actorName ?? a.channel)}, ${day(a.createdAt)})`).join('\n'))
      : context('No changes yet.'),
  ];
  return { type: 'home', blocks: blocks.slice(0, 100) };
}

function figuresBlocks(f: Figures): KnownBlock[] {
  if (!f.totals.length) return [header('Figures'), context('No issued invoices yet.')];
  const lines = f.totals.map((t) => `*${t.currency}*  revenue ${money(t.revenue, t.currency)} · outstanding ${money(t.outstanding, t.currency)}`);
  return [header('Figures'), section(lines.join('\n')), context(`${f.unpaidCount} unpaid invoice${f.unpaidCount === 1 ? '' : 's'}. Currencies are never added together.`)];
}

/** "Oct 2026" from "2026-10". */
const monthName = (ym: string) => new Date(`${ym}-01T00:00:00Z`).toLocaleDateString('en', { month: 'short', year: 'numeric', timeZone: 'UTC' });
const MAX_CURRENCIES = 3;

/** The charts of the web list, in words: the months with invoices per currency, then quotes and invoices by status. */
function chartBlocks(c: ChartFigures): KnownBlock[] {
  const quotes = c.pipeline.filter((p) => p.count);
  const invoices = c.invoices.filter((i) => i.count);
  if (!c.money.length && !quotes.length && !invoices.length) return [];
  const lines = c.money.slice(0, MAX_CURRENCIES).map((m) => {
    const months = c.months.map((ym, i) => ({ ym, r: m.revenue[i], o: m.outstanding[i] })).filter((x) => x.r || x.o);
    return `*${m.currency} by month*  ${months.map((x) => `${monthName(x.ym)} ${money(x.r, m.currency)}${x.o ? ` (${money(x.o, m.currency)} open)` : ''}`).join(' · ')}`;
  });
  if (quotes.length) lines.push(`*Quotes*  ${quotes.map((p) => `${QUOTE_STAGE_LABELS[p.status]} ${p.count}`).join(' · ')}`);
  if (invoices.length) lines.push(`*Invoices*  ${invoices.map((i) => `${INVOICE_STANDING_LABELS[i.status]} ${i.count}`).join(' · ')}`);
  return [section(lines.join('\n')), context(`The workspace, last ${c.months.length} months: the charts of the web app's client list.`)];
}

function attentionBlocks(a: Attention): KnownBlock[] {
  const out: KnownBlock[] = [header('Needs attention')];
  const show = (id: number) => button('Show', ACTIONS.show, String(id));
  if (a.followUps.items.length) {
    out.push(section('*Follow-ups due*'));
    for (const f of a.followUps.items) {
      out.push(section(`*${text(f.clientName)}* · ${text(f.text)} · ${f.overdue ? `was due ${f.dueOn}` : 'due today'}${f.owner ? ` · ${text(f.owner)}` : ''}`, show(f.clientId)));
      out.push(actions(`home_follow_up_${f.id}`, followUpButtons(f.id)));
    }
    out.push(...more(a.followUps.more, 'follow-ups due'));
  }
  if (a.unreadMessages.items.length) {
    out.push(section('*Unread client messages* (from the portal)'));
    for (const m of a.unreadMessages.items) {
      out.push(section(`*${text(m.clientName)}* · ${m.unread} unread, the last ${day(m.lastAt)}`, show(m.clientId)));
    }
    out.push(...more(a.unreadMessages.more, 'clients with unread messages'));
  }
  if (a.unpaidInvoices.items.length) {
    out.push(section('*Unpaid invoices*'));
    for (const i of a.unpaidInvoices.items) {
      const due = i.dueOn ? `${i.overdue ? 'overdue since' : 'due'} ${i.dueOn}` : 'no due date';
      out.push(section(`${text(i.number)} · *${text(i.clientName)}* · ${money(i.outstanding, i.currency)} open, ${due}`, show(i.clientId)));
    }
    out.push(...more(a.unpaidInvoices.more, 'unpaid invoices'));
  }
  if (a.openQuotes.items.length) {
    out.push(section('*Open quotes* (sent, not yet accepted or declined)'));
    for (const q of a.openQuotes.items) {
      const until = q.validUntil ? `valid until ${q.validUntil}` : 'no expiry';
      out.push(section(`${text(q.number)} · *${text(q.clientName)}* · ${text(q.title)} · ${money(q.amount, q.currency)}, ${until}`, show(q.clientId)));
    }
    out.push(...more(a.openQuotes.more, 'open quotes'));
  }
  if (a.missingDetails.items.length) {
    out.push(section('*Missing invoice details*'));
    for (const c of a.missingDetails.items) {
      out.push(section(`*${text(c.name)}*: missing ${c.missing.map(text).join(', ')}`, button('Add details', ACTIONS.addDetails, String(c.id))));
    }
    out.push(...more(a.missingDetails.more, 'active clients missing invoice details'));
  }
  if (a.dormant.items.length) {
    out.push(section(`*Dormant* (active, no change in ${DORMANT_DAYS} days)`));
    for (const c of a.dormant.items) out.push(section(`*${text(c.name)}* · last activity ${day(c.lastActivityAt)}`, show(c.id)));
    out.push(...more(a.dormant.more, 'dormant clients'));
  }
  if (out.length === 1) out.push(context('Nothing needs attention right now.'));
  return out;
}

/** What someone without client access sees on the tab: the same polite refusal as everywhere else. */
export function refusalHomeView(message: string): HomeView {
  return { type: 'home', blocks: [header('Clientele'), section(escapeMrkdwn(message))] };
}
