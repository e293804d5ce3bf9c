// Lists of clients in one message ("set net 30 for Hooli, Globex and Initech"): the clauses the tagger cut them into
// joined again, and a list with a name in it read as something else found, so the reader asks.
import type { Clause } from './command-reader';
import { INTENTS } from './schema';
import { isPronoun } from './assemble-calls';

/** "set net 30 for Hollow Pine, Ember Works and Corvid Labs" with "Ember Works" read as a project: the names between the listed clients. */
export function brokenList(clause: Clause, spec: (typeof INTENTS)[string]): string | undefined {
  if ((spec.distributes ?? spec.lists) !== 'client') return undefined;
  // ("we lost it ... put it in state churned": "it" names the client again, it lists none.)
  const names = clause.spans.filter((s) => s.slot === 'client' && !isPronoun(s.text));
  for (let k = 1; k < names.length; k++) {
    const gap = clause.words.slice(names[k - 1].to + 1, names[k].from);
    if (gap.length && !gap.every((w) => LIST_GLUE.test(w))) {
      const inside = clause.spans.filter((s) => s.from > names[k - 1].to && s.to < names[k].from);
      if (inside.length && gap.length <= 6) return inside.map((s) => s.text).join(', ');
    }
  }
  return undefined;
}

const LIST_GLUE = /^(?:,|and|&|\+|plus|also|as well as|or)$/;
const DETAILS = new Set(['client', 'country', 'city', 'region', 'status', 'currency', 'email', 'phone', 'website', 'industry']);
const ATTRIBUTE_GLUE = /^(?:,|;|and|&|\+|then|also|too|as|a|an|both|plus|\(|\)|-|–|—)$/i;

/** "add Pampas Cuero S.A. (Argentina) and Andes Lana S.A. (Chile) as leads", "add X, then Y, both as prospects": a
 *  clause of one name and its details with no verb of its own, after a new client, is another new client. */
function newClientToo(prev: Clause, clause: Clause): boolean {
  if (prev.ranking[0].label !== 'createClient' || clause.ranking[0].label === 'createClient') return false;
  // (Only a name and plain details: a person the tagger found there is a reading too unsure to add a client on.)
  if (clause.spans.filter((s) => s.slot === 'client').length !== 1 || !clause.spans.every((s) => DETAILS.has(s.slot))) return false;
  return clause.words.slice(clause.from, clause.to + 1)
    .every((w, k) => ATTRIBUTE_GLUE.test(w) || clause.spans.some((s) => s.from <= clause.from + k && s.to >= clause.from + k));
}

/**
 * "set net 30 for Hooli, Globex and Initech": the tagger may cut a list of names into clauses of bare names; they are
 * more names for the clause before them, when its action takes one call per client.
 */
export function joinNameLists(clauses: Clause[]): Clause[] {
  const out: Clause[] = [];
  for (const clause of clauses) {
    const prev = out[out.length - 1];
    const spec = prev ? INTENTS[prev.ranking[0].label] : undefined;
    const lists = spec && (spec.distributes ?? spec.lists) === 'client' && prev.spans.some((s) => s.slot === 'client');
    const namesOnly = clause.spans.length > 0 && clause.spans.every((s) => s.slot === 'client')
      && clause.words.slice(clause.from, clause.to + 1).every((w, k) => LIST_GLUE.test(w) || clause.spans.some((s) => s.from <= clause.from + k && s.to >= clause.from + k));
    if (prev && lists && namesOnly) out[out.length - 1] = { ...prev, to: clause.to, text: `${prev.text}, ${clause.text}`, spans: [...prev.spans, ...clause.spans] };
    else if (prev && newClientToo(prev, clause)) {
      // "... as leads", "both as prospects": a status said of both is the first one's too.
      const status = clause.spans.find((s) => s.slot === 'status');
      const both = status && (/s$/i.test(status.text) || clause.words.slice(clause.from, clause.to + 1).some((w) => /^both$/i.test(w)));
      if (both && !prev.spans.some((s) => s.slot === 'status')) out[out.length - 1] = { ...prev, spans: [...prev.spans, status] };
      out.push({ ...clause, ranking: [{ label: 'createClient', p: Math.max(0.9, clause.ranking[0].p) }, ...clause.ranking.filter((r) => r.label !== 'createClient')] });
    } else if (prev && peopleOfOneClient(prev, clause)) {
      // "invite Jana and Tomas to the Ostrava Steel portal": both people, at the client the list ends with, get the first action.
      const client = clause.spans.find((s) => s.slot === 'client') as Clause['spans'][number];
      out[out.length - 1] = { ...prev, spans: [...prev.spans, client] };
      out.push({ ...clause, ranking: prev.ranking });
    } else if (prev && sameSettingsTarget(prev, clause)) {
      // "rename the workspace to X and set reminders to neutral": a setting with no target of its own is of the one before.
      const group = prev.spans.filter((s) => s.slot === 'group');
      out.push({ ...clause, spans: [...group, ...clause.spans], ranking: [{ label: prev.ranking[0].label, p: Math.max(0.9, prev.ranking[0].p) }, ...clause.ranking.filter((r) => r.label !== prev.ranking[0].label)] });
    } else out.push(clause);
  }
  return out;
}

const SETTINGS = new Set(['currency', 'paymentTerms', 'reminderTone']);

/** A clause of only settings, naming no client or group, after a change of the workspace or of a named group. */
function sameSettingsTarget(prev: Clause, clause: Clause): boolean {
  const target = prev.ranking[0].label;
  if (target !== 'updateWorkspace' && !(target === 'updateGroup' && prev.spans.some((s) => s.slot === 'group'))) return false;
  if (!['updateClient', 'updateGroup', 'updateWorkspace'].includes(clause.ranking[0].label) || clause.ranking[0].label === target) return false;
  return clause.spans.length > 0 && clause.spans.every((s) => SETTINGS.has(s.slot));
}

const PEOPLE_ACTIONS = new Set(['invitePortal', 'setPortalAccess:on', 'setPortalAccess:off', 'removeContact']);

/** A clause of one person with no client, and the next of one person and the client, joined by "and". */
function peopleOfOneClient(prev: Clause, clause: Clause): boolean {
  if (!PEOPLE_ACTIONS.has(prev.ranking[0].label) || prev.spans.some((s) => s.slot === 'client')) return false;
  const one = (c: Clause, slot: string) => c.spans.filter((s) => s.slot === slot).length === 1;
  if (!one(prev, 'person') || !one(clause, 'person') || !one(clause, 'client') || clause.spans.length !== 2) return false;
  const person = clause.spans.find((s) => s.slot === 'person') as Clause['spans'][number];
  return person.from === clause.from && /^(?:and|&|,)$/.test(clause.words[clause.from - 1] ?? '');
}
