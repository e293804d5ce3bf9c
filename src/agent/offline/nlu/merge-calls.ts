// The calls of one message made tidy before they run: a remark and a command that say the same thing are one call,
// changes to a client or contact just named fold into the call that names them, and a portal contact named as the
// client itself is the client.
import type { PlannedCall } from '../types';
import { INTENTS } from './schema';

/** "invite Gelateria Marini to portal": a contact named as the client itself is the client, not a person there. */
export function withoutClientAsContact(call: PlannedCall): PlannedCall {
  if (!/^(?:invitePortal|setPortalAccess)$/.test(call.tool) || !sameName(call.args.contact, call.args.client)) return call;
  const { contact: _, ...args } = call.args;
  return { ...call, args };
}

const CREATE_FIELDS = new Set(Object.values(INTENTS.createClient.slots).concat('address'));

const sameName = (a: unknown, b: unknown) => typeof a === 'string' && typeof b === 'string' && a.trim().toLowerCase() === b.trim().toLowerCase();

/** A remark and a command that say the same thing are one call; changes to a client just named fold into one. */
export function mergeCalls(calls: PlannedCall[]): PlannedCall[] {
  const out: PlannedCall[] = [];
  for (const call of calls) {
    const prev = out[out.length - 1];
    if (prev && prev.tool === call.tool && JSON.stringify(prev.args) === JSON.stringify(call.args)) continue;
    const target = typeof call.args.client === 'string' ? call.args.client.toLowerCase() : undefined;
    const prevName = String(prev?.args.client ?? prev?.args.name ?? '').toLowerCase();
    if (prev && call.tool === 'updateClient' && target && target === prevName) {
      const { client: _c, ...rest } = call.args;
      if (prev.tool === 'updateClient' && Object.keys(rest).every((k) => !(k in prev.args) || JSON.stringify(prev.args[k]) === JSON.stringify(rest[k]))) {
        prev.args = { ...prev.args, ...rest };
        continue;
      }
      if (prev.tool === 'createClient' && Object.keys(rest).every((k) => CREATE_FIELDS.has(k) && !(k in prev.args))) {
        prev.args = { ...prev.args, ...rest };
        continue;
      }
    }
    // "rename the workspace to X and set reminders to neutral": two changes of the workspace, or of one group, are one.
    const sameTarget = call.tool === 'updateWorkspace' || (call.tool === 'updateGroup' && sameName(call.args.group, prev?.args.group));
    if (prev?.tool === call.tool && sameTarget && Object.keys(call.args).every((k) => !(k in prev.args) || JSON.stringify(prev.args[k]) === JSON.stringify(call.args[k]))) {
      prev.args = { ...prev.args, ...call.args };
      continue;
    }
    // "add Aroha to Kiwi Peak + make her billing default": a change to the contact just added is part of adding her.
    if (prev?.tool === 'addContact' && call.tool === 'updateContact' && sameName(prev.args.name ?? prev.args.email, call.args.contact) && sameName(prev.args.client, call.args.client)) {
      const { client: _c, contact: _p, ...rest } = call.args;
      if (Object.keys(rest).every((k) => !(k in prev.args))) {
        prev.args = { ...prev.args, ...rest };
        continue;
      }
    }
    // "add X as a client and invite them to the portal? their email is ...": an invitation to an email, right after
    // the client is made without one, is to the new client's own email (which makes its primary contact).
    if (prev?.tool === 'createClient' && call.tool === 'invitePortal' && prev.args.email === undefined && typeof call.args.contact === 'string'
      && /^\S+@\S+$/.test(call.args.contact) && sameName(prev.args.name, call.args.client)) {
      const { contact, ...rest } = call.args;
      prev.args = { ...prev.args, email: contact };
      out.push({ tool: call.tool, args: rest });
      continue;
    }
    out.push({ tool: call.tool, args: { ...call.args } });
  }
  return out;
}
