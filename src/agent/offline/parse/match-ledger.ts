// Payments, invoices and projects: "Acme paid 2500 on Nov 18", "invoice Stark 4,750 due in 30 days",
// "create an invoice for Globex for 1200 EUR for logo design", "new project \"MVP\" for Delta".
import { call, type Clause, type Matcher } from './clause';
import { cleanRef } from './clean-names';
import { parseDate } from './parse-dates';
import { findMoney } from './parse-money';

const INVOICE_REF = /\b(INV-?\d[\w-]*)\b|\b(?:invoice|inv\.?)\s*(?:no\.?|number|#)?\s*#?\s*([A-Z]{0,4}-?\d[\w-]*)|#(\d[\w-]*)/i;
const DATE_WORDS = /\b(?:on|yesterday|today|last|this|ago|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\d{4}-\d{2}-\d{2}|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;

export const matchPayment: Matcher = (c) => {
  const t = c.text;
  if (!/\b(?:paid|pays|payment|received|receive|got|sent|settled|transferred|wired|remitted)\b|^(?:record|log|book)\s+(?:a\s+|an\s+)?(?:[$€£¥₹]|\d)/i.test(t)) return null;
  if (/\b(?:pays?|paid)\s+(?:in|with)\b/i.test(t) && !/\d/.test(t)) return null;
  if (/\bpayment terms?\b|\bterms\b/i.test(t)) return null;
  const inv = INVOICE_REF.exec(t);
  const invoice = inv ? (inv[1] ?? inv[2] ?? inv[3]) : undefined;
  const noInv = inv ? t.replace(inv[0], ' ') : t;
  const money = findMoney(noInv).filter((m) => !/^\d{4}$/.test(m.text) || !/\b(?:in|on|since)\s+$/.test(noInv.slice(0, m.index)));
  const amount = money[0];
  if (!amount) return null;
  let client: string | undefined;
  const patterns = [
    /^(.+?)\s+(?:has\s+|have\s+|just\s+|finally\s+)?(?:paid|settled|sent(?: us)?|transferred|wired)\b/i,
    /\bpayment\s+(?:of\s+\S+\s+)?(?:from|by)\s+(.+?)(?=\s+(?:received|came|arrived|on|for|of|yesterday|today|last)\b|,|\.\s|$)/i,
    /\b(?:received|got)\s+\S+(?:\s+\S+)?\s+from\s+(.+?)(?=\s+(?:on|for|yesterday|today|last|this|earlier|via|by|in)\b|,|\.\s|$)/i,
    /\bfrom\s+(.+?)(?=\s+(?:received|came|arrived|on|for|yesterday|today|last|this|earlier|via|by|in)\b|,|\.\s|$)/i,
    /\b(?:payment|paid)\b.*?\b(?:for|on)\s+(?!invoice\b)(.+?)(?=\s+(?:on|yesterday|today|last)\b|,|\.\s|$)/i,
  ];
  for (const re of patterns) {
    const m = re.exec(noInv.replace(amount.text, ' ').replace(/\s+/g, ' '));
    const ref = m ? cleanRef(m[1].replace(/^(?:record|log|register|enter|add|mark|note)\s+(?:that\s+)?(?:a\s+)?(?:payment\s+)?/i, '')) : undefined;
    if (ref && !/^(?:a|the)?\s*payment$/i.test(ref) && !/^(?:record|log|we|i)\b/i.test(ref)) { client = ref; break; }
  }
  if (!client && !invoice) client = c.previousClient ? 'it' : undefined;
  const rest = noInv.replace(amount.text, ' ');
  const date = DATE_WORDS.test(rest) ? parseDate(rest.replace(/^.*?\b(?:paid|payment|received|got)\b/i, ''), c.today, 'past') : undefined;
  return call('recordPayment', { ...(invoice ? { invoice } : { client: client ?? 'it' }), amount: amount.amount, date });
};

const INVOICE_VERB = /^(?:bill|invoice|charge)\s+(.+)$/i;
const CREATE_INVOICE = /^(?:create|make|raise|issue|send|draft|prepare|generate|add|new|do|write)\s+(?:up\s+)?(?:an?\s+|the\s+)?(?:new\s+)?invoice\s+(?:for|to)\s+(.+)$/i;
const SEND_INVOICE = /^(?:send|email)\s+(.+?)\s+an?\s+invoice\s+(?:for|of)\s+(.+)$/i;

export const matchInvoice: Matcher = (c) => {
  const t = c.text;
  let body: string | undefined;
  const send = SEND_INVOICE.exec(t);
  if (send) body = `${send[1]} ${send[2]}`;
  else body = (CREATE_INVOICE.exec(t) ?? INVOICE_VERB.exec(t))?.[1];
  // "add a $2,000 invoice for Hooli due next Friday": the amount moves after the client.
  const sized = /^(?:create|make|raise|issue|send|draft|prepare|generate|add|do|write)\s+(?:an?\s+)?(\S+(?:\s?(?:[kKmM]|[A-Z]{3}))?)\s+invoice\s+(?:for|to)\s+(.+)$/.exec(t);
  if (!body && sized && findMoney(sized[1]).length) {
    const cut = /\s+(?:due|for|by|payable|re)\b|,/i.exec(sized[2]);
    body = cut ? `${sized[2].slice(0, cut.index)} ${sized[1]}${sized[2].slice(cut.index)}` : `${sized[2]} ${sized[1]}`;
  }
  if (!body) return null;
  const money = findMoney(body).filter((m) => !/^\d{1,2}$/.test(m.text) || m.currency);
  const amount = money[0];
  if (!amount) return null;
  const client = cleanRef(body.slice(0, amount.index).replace(/\s+(?:for|of|with|:)\s*$/i, ''));
  let rest = body.slice(amount.index + amount.text.length);
  let dueDate: string | undefined;
  const due = /[,;]?\s*\b(?:due|payable|to be paid by|by)\b\s*([^,;]+)/i.exec(rest) ?? /[,;]?\s*\b(net\s?\d{1,3})\b[^,;]*/i.exec(rest);
  if (due) { dueDate = parseDate(due[1], c.today, 'future'); rest = `${rest.slice(0, due.index)} ${rest.slice(due.index + due[0].length)}`.replace(/\s*,\s*,/g, ',').trim(); }
  const desc = /^\s*(?:[,:;-]\s*)*(?:for|re:?|regarding|—|-|:)?\s*(.+?)\s*[,.]?\s*$/i.exec(rest)?.[1]?.trim().replace(/^(?:,\s*)?for\s+/i, '');
  let description: string | undefined;
  let project: string | undefined;
  if (desc) {
    const proj = /^(?:the\s+)?(.+?)\s+project$|^(?:the\s+)?project\s+(.+)$/i.exec(desc);
    if (proj) project = (proj[1] ?? proj[2]).replace(/^["“']|["”']$/g, '');
    else description = desc.replace(/^(?:for\s+)?(?:the\s+)?/i, '');
  }
  return call('createInvoice', { client: client ?? 'it', amount: amount.amount, currency: amount.currency, dueDate, description, project });
};

const PROJECT_PATTERNS: Array<[RegExp, 'nc' | 'cn']> = [
  [/^(?:new|create|add|start|open|set up|setup|kick off|begin)\s+(?:a\s+|an\s+)?(?:new\s+)?project\s+(?:for|to|under|at|with)\s+(.+?)\s*(?::|,|-|–|called|named|titled)\s*(.+)$/i, 'cn'],
  [/^(?:new|create|add|start|open|set up|setup|kick off|begin)\s+(?:a\s+|an\s+)?(?:new\s+)?project\s+(?:called|named|titled)?\s*(.+?)\s+(?:for|to|under|at|with)\s+(.+)$/i, 'nc'],
  [/^(?:new|create|add|start|open|set up|kick off|begin)\s+(?:a\s+|an\s+)?(?:new\s+)?(.+?)\s+project\s+(?:for|to|under|at|with)\s+(.+)$/i, 'nc'],
  [/^(.+?)\s+(?:has|got|needs)\s+a\s+new\s+project\s*[:,-]?\s*(?:called|named)?\s*(.+)$/i, 'cn'],
];

export const matchProject: Matcher = (c) => {
  if (!/\bproject\b(?!\s+(?:manager|lead|contact|management|owner))/i.test(c.text)) return null;
  for (const [re, order] of PROJECT_PATTERNS) {
    const m = re.exec(c.text);
    if (!m) continue;
    const [name, client] = order === 'nc' ? [m[1], m[2]] : [m[2], m[1]];
    const n = name.trim().replace(/^["“'‘]|["”'’]$/g, '').replace(/^(?:called|named|titled)\s+/i, '').trim();
    const cl = cleanRef(client);
    if (n && cl) return call('createProject', { client: cl, name: n });
  }
  return null;
};

export const ledgerMatchers: Matcher[] = [matchPayment, matchInvoice, matchProject];
export type { Clause };
