// "Remind me to call Acme Corp tomorrow", "set a follow-up with Tallow & Finch for next Monday", "schedule a call
// with Rosa next week": a follow-up for the client named (or the client of the person named), due that day
// (addFollowUp), where the reader had asked how much was paid, offered outreach or not understood. With no known
// client or no day, it asks. "Mark the Acme Corp follow-up as done", "follow-up with Acme Corp done": completeFollowUp.
import * as chrono from 'chrono-node';
import { parseDate } from '../values/parse-dates';
import type { Decision } from '../types';
import type { KnownNames } from './gazetteer';
import { clientIn } from './client-in-text';
import { readFollowUpChange } from './read-follow-up-change';
import { readFollowUpList } from './read-follow-up-list';
import { REQUEST_LEAD } from './request-words';

// ("tomorrow, remind me to ping Acme": the day said first.)
const DAY_FIRST = String.raw`(?:(?:tomorrow|today|(?:on\s+|next\s+|this\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s*[,:]?\s+(?:(?:please|pls)\s+)?)?`;
const LEAD = String.raw`${REQUEST_LEAD}${DAY_FIRST}(?:(?:i|we)(?:\s+(?:will\s+|'ll\s+)?(?:need|want)|'d\s+like|\s+would\s+like)\s+(?:a\s+)?(?:reminder|nudge)\s+to\b|remind\s+(?:me|us)\b(?!\s+(?:what|who|how|which|when|where|why|if|whether|of)\b)(?:\s+to\b)?|`
  // ("remember me to call Kowalczyk on Thursday": a learner's "remind", said with "to".)
  + String.raw`remember\s+(?:me|us)\s+to\b|`
  + String.raw`set\s+(?:(?:up\s+)?an?\s+)?(?:reminder(?!s\b|\s+tones?)|follow[- ]?up|task)(?:\s+(?:to|for|with))?|`
  + String.raw`schedule\s+(?:an?\s+)?(?=call|meeting|follow[- ]?up|reminder|task)|(?:add|create|make)\s+(?:an?\s+)?(?:task|to-?do|reminder|follow[- ]?up)(?:\s+(?:to|for|with))?\s*:?|`
  // ("follow up ocaso films on 10 december about the quote": the day said, with or without "with".)
  + String.raw`(?=follow[- ]?up\s+(?:with\s+)?.+\s+(?:tomorrow|next\s+\w+|on\s+(?:\w+day|\d{1,2}(?:st|nd|rd|th)?\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*)|in\s+\d+\s+\w+|this\s+\w+|by\s+\w+day|(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)(?:day)?\s*:)))`;
const ASKED = new RegExp(LEAD, 'i');
const TASK = String.raw`(?:follow[- ]?up|task|reminder(?!s))`;
const FINISHED = String.raw`(?:done|complete[d]?|finished|sorted|handled|closed)`;
const DONE = new RegExp(String.raw`^\W*(?:<@\w+>\s*)?(?:`
  + String.raw`(?:please\s+)?(?:mark|set)\s+(?:the\s+)?.*?\s*${TASK}(?:\s+(?:with|for)\s+.+?)?\s+(?:as\s+)?${FINISHED}|`
  + String.raw`(?:the\s+)?${TASK}\s+(?:with|for)\s+.+?\s+(?:is\s+)?${FINISHED}|`
  // "done with the Tern Bay Co follow-up", "tick off the Acme follow-up", "the Acme follow-up is done".
  + String.raw`(?:i'?m\s+|i\s+am\s+|we'?re\s+|we\s+are\s+|all\s+)?(?:done|finished)\s+with\s+(?:the\s+)?.+?\s*${TASK}|`
  + String.raw`(?:please\s+)?(?:tick|check|cross)\s+off\s+(?:the\s+)?.+?\s*${TASK}|(?:please\s+)?(?:close|complete|finish)\s+(?:the\s+)?.+?\s*${TASK}|`
  // "done: chase Halden Roofing for the deposit": a to-do's own words after "done:".
  + String.raw`(?:done|did|finished|completed)\s*[:—–-]\s*(?:call|chase|email|e-mail|ping|phone|ring|follow\s+up|send|check|text|nudge|contact|reach|meet|visit)\b.+|`
  + String.raw`(?:the\s+)?\S.*?\s+${TASK}\s+(?:is\s+)?${FINISHED})`
  // ("..., I sent the contract this morning": why it is done, said after it.)
  + String.raw`(?:\s*[,;.—–-]+\s*(?:i|we|they|he|she|as|since|because|it'?s)\b[^?]*)?(?:[\s,.!-]+(?:thanks|thank\s+you|cheers|ta))?[\s.!]*$`, 'i');

/** What to do: the words after the request, without the day ("call Acme Corp"). */
function whatToDo(rest: string, today: Date, client: string): string {
  const when = chrono.parse(rest, today, { forwardDate: true })[0];
  // ("... next Monday re the storyboard": what it is about, said after the day, is kept.)
  const tail = when ? rest.slice(when.index + when.text.length) : '';
  const after = tail.replace(/^[\s,:;-]+|[\s.!]+$/g, '');
  // ("followup brightwater fri: send phase 2 timeline": what to do, after the day and a colon.)
  if (/^\s*:/.test(tail) && after.length > 2) return after[0].toUpperCase() + after.slice(1);
  const about = /^(?:re|about|regarding|concerning|on the|to)\b/i.test(after) ? ` ${after}` : '';
  const cut = when ? rest.slice(0, when.index) : rest;
  let before = cut.replace(/^\s*(?:on|by|for|before|until|at|next)\s*$/i, '').replace(/\s+(?:on|by|for|before|until|at|next)\s*$/i, '').replace(/^[\s:,-]+|[\s.,!:;-]+$/g, '');
  // ("call Kowalczyk Sp. z o.o. on Thursday": a name's own closing stop stays.)
  if (/\.$/.test(client) && before.toLowerCase().endsWith(client.slice(0, -1).toLowerCase())) before += '.';
  // ("remind me on Wednesday to send Acme the contract": with the day first, what to do is said after it.)
  const words = before ? before + about : after.replace(/^to\s+/i, '');
  const only = words.replace(/^(?:with|for|to|about|re|regarding)\s+/i, '').toLowerCase() === client.toLowerCase();
  if (!before && about && !only && !/^to\b/i.test(after)) return `Follow up with ${client}${about}`;
  return words.length > 2 && !only ? words[0].toUpperCase() + words.slice(1) : `Follow up with ${client}`;
}

/** `client0`: the client a message's earlier action named ("add a note to X …; and remind me on Thursday to …"). */
export function readFollowUpSaid(text: string, today: Date, known?: KnownNames, client0?: string): Decision | undefined {
  const changed = readFollowUpChange(text, today, known, client0) ?? readFollowUpList(text, today, known);
  if (changed) return changed;
  if (DONE.test(text)) {
    const client = clientIn(text, known);
    return client ? { kind: 'calls', calls: [{ tool: 'completeFollowUp', args: { client } }] } : undefined;
  }
  const m = ASKED.exec(text);
  if (!m) return undefined;
  const client = clientIn(text, known) ?? client0;
  if (!client) return { kind: 'reply', text: 'Which client is the follow-up for? Name it, e.g. "remind me to call Acme Corp on Friday".' };
  const due = parseDate(text, today, 'future');
  if (!due) return { kind: 'reply', text: `By which day? Say it with the day, e.g. "remind me to call ${client} on Friday".` };
  return { kind: 'calls', calls: [{ tool: 'addFollowUp', args: { client, text: whatToDo(text.slice(m[0].length), today, client), due } }] };
}
