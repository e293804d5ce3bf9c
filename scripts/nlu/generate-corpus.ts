// Writes corpus/train/generated.jsonl: seeded, byte-identical on every run. Run: npx tsx scripts/nlu/generate-corpus.ts
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as admin from './tpl-admin';
import * as cl from './tpl-clients';
import * as co from './tpl-contacts';
import * as fi from './tpl-find';
import * as le from './tpl-ledger';
import { multi } from './tpl-multi';
import { Ctx, type Call, type Channel, type Out } from './values';
import { chance, int, iso, mulberry32, pick, randomToday, shuffle, type Rng } from './util';

type T = (c: Ctx) => Out;
/** Cases per tool (multi = several actions in one message, none = no tool call). */
const PLAN: [string, T[], number][] = [
  ['createClient', cl.createClient, 560], ['updateClient', cl.updateClient, 420], ['findClients', fi.findClients, 330], ['exportCsv', fi.exportCsv, 130],
  ['showClient', fi.showClient, 80], ['addNote', fi.addNote, 90], ['archiveClient', fi.archiveClient, 70], ['unarchiveClient', fi.unarchiveClient, 60], ['deleteClient', fi.deleteClient, 60],
  ['addContact', co.addContact, 250], ['updateContact', co.updateContact, 170], ['removeContact', co.removeContact, 70],
  ['invitePortal', co.invitePortal, 90], ['setPortalAccess', co.setPortalAccess, 90], ['regeneratePortalLink', co.regeneratePortalLink, 60],
  ['draftOutreach', co.draftOutreach, 70], ['enrichClient', co.enrichClient, 60], ['applyEnrichment', co.applyEnrichment, 40],
  ['createProject', le.createProject, 90], ['createInvoice', le.createInvoice, 220], ['recordPayment', le.recordPayment, 130],
  ['createQuote', le.createQuote, 110], ['sendQuote', le.sendQuote, 50], ['sendInvoice', le.sendInvoice, 55], ['messageClient', le.messageClient, 70],
  ['addDocument', le.addDocument, 80], ['shareDocument', le.shareDocument, 60],
  ['createGroup', admin.createGroup, 70], ['updateGroup', admin.updateGroup, 60], ['updateWorkspace', admin.updateWorkspace, 60], ['explainSettings', admin.explainSettings, 70],
  ['inviteMember', admin.inviteMember, 60], ['setMemberRole', admin.setMemberRole, 50], ['importCsv', admin.importCsv, 55], ['applyImport', admin.applyImport, 40],
  ['sendOutreach', admin.sendOutreach, 20], ['multi', multi, 470], ['none', admin.none, 240],
];

const COMMAND_WORDS = ['add', 'create', 'archive', 'unarchive', 'delete', 'remove', 'show', 'export', 'update', 'change', 'invite', 'invoice', 'record', 'payment',
  'send', 'enable', 'disable', 'regenerate', 'draft', 'enrich', 'project', 'quote', 'message', 'attach', 'upload', 'share', 'group', 'import', 'apply', 'list',
  'client', 'clients', 'contact', 'portal', 'note', 'mark', 'rename', 'restore', 'find', 'search', 'download', 'settings', 'workspace', 'assign', 'email'];

/** One typo in a command word that is not part of any value. */
function typo(r: Rng, text: string, calls: Call[]): string {
  const values = JSON.stringify(calls.map((c) => c.args)).toLowerCase();
  const words = [...text.matchAll(/[A-Za-z]+/g)].filter((m) => COMMAND_WORDS.includes(m[0].toLowerCase()) && !values.includes(m[0].toLowerCase()) && m[0].length > 3);
  if (!words.length) return text;
  const m = pick(r, words); const w = m[0]; const i = int(r, 1, w.length - 2);
  const k = int(r, 0, 2);
  const bad = k === 0 ? w.slice(0, i) + w.slice(i + 1) : k === 1 ? w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2) : w.slice(0, i) + w[i] + w.slice(i);
  return text.slice(0, m.index) + bad + text.slice(m.index! + w.length);
}
/** Keys whose values are codes or enums, not typed text: they keep their case when a message is lower-cased. */
const KEEP_CASE = new Set(['status', 'archived', 'sort', 'reminderTone', 'setting', 'role', 'currency', 'country']);
const lowerArgs = (x: unknown, key = ''): unknown => typeof x === 'string' ? (KEEP_CASE.has(key) ? x : x.toLowerCase())
  : x && typeof x === 'object' ? Object.fromEntries(Object.entries(x).map(([k, v]) => [k, lowerArgs(v, k)])) : x;
const slackEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function render(c: Ctx, text: string): string {
  let t = c.ch === 'slack' ? slackEscape(text) : text;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: \u0001/\u0002 are our own placeholder brackets
  t = t.replace(/\u0001(\d+)\u0002/g, (_, i) => {
    const { kind, typed } = c.tokens[Number(i)];
    if (c.ch !== 'slack') return typed;
    if (kind === 'mail') return `<mailto:${typed}|${typed}>`;
    if (/^https?:\/\//.test(typed)) return `<${typed}>`;
    return `<${pick(c.r, ['http', 'https', 'http'])}://${typed}|${typed}>`;
  });
  if (c.ch === 'slack' && chance(c.r, 0.3)) t = `<@U07BOT123> ${t}`;
  return t;
}

function build(r: Rng, tool: string, tpl: T): Record<string, unknown> {
  const ch: Channel = pick(r, ['slack', 'slack', 'web', 'web', 'slash'] as const);
  const today = randomToday(r);
  const c = new Ctx(r, ch, today);
  let { text, calls } = tpl(c);
  if (tool === 'none' && ch === 'slash' && chance(r, 0.05)) text = '';
  if (chance(r, 0.03) && text) text = typo(r, text, calls);
  if (chance(r, 0.07) && text && !/[?:]$/.test(text)) text += pick(r, [' please', ' pls', ', thanks', ' thanks!', ', thank you', ' ty']);
  else if (chance(r, 0.05) && tool !== 'none' && /^(add|create|show|archive|delete|invoice|bill|export|mark|set|send|update|change|invite|enable|disable|draft|enrich|record|list|find|make|move|remove|attach|upload|share)\b/i.test(text)) text = `${pick(r, ['please ', 'hey, ', 'can you ', 'quick one: '])}${text[0].toLowerCase()}${text.slice(1)}`;
  if (chance(r, 0.05)) { text = text.toLowerCase(); calls = calls.map((x) => ({ tool: x.tool, args: lowerArgs(x.args) as Record<string, unknown> })); }
  else if (chance(r, 0.3) && /^[a-z]/.test(text)) text = text[0].toUpperCase() + text.slice(1);
  const out: Record<string, unknown> = { id: '', today: iso(today), channel: ch };
  if (ch === 'slash') out.command = '/client';
  out.text = render(c, text);
  out.expect = calls;
  return out;
}

function main(): void {
  const r = mulberry32(20261122);
  const cases: Record<string, unknown>[] = [];
  for (const [tool, tpls, n] of PLAN) for (let i = 0; i < n; i++) cases.push(build(r, tool, tpls[i % tpls.length]));
  shuffle(r, cases);
  cases.forEach((c, i) => { c.id = `g${String(i + 1).padStart(5, '0')}`; });
  const file = join(dirname(fileURLToPath(import.meta.url)), '../../corpus/train/generated.jsonl');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${cases.map((c) => JSON.stringify(c)).join('\n')}\n`);
  console.log(`wrote ${cases.length} cases to ${file}`);
}
main();
