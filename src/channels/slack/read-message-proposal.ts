// Reads a pasted email signature or intro for a proposed client and contact ("Create client from message").
// Synchronous on purpose: the modal must open within trigger_id's 3 seconds, before any model work.
import { decodeSlack } from '../../agent/offline/values/decode-slack';
import { findEmails, findPhones, findWebsites } from '../../agent/offline/values/find-contacts-info';

const FREE_MAIL = /^(gmail|googlemail|yahoo|hotmail|outlook|live|icloud|me|aol|proton|protonmail|gmx|web|mail)\./i;
const SIGN_OFF = /^(best|regards|kind regards|best regards|cheers|thanks|thank you|sincerely|warm regards|all the best)[,!.]?$/i;
const PERSON = /^[A-Z][a-zA-Z'’-]+(?: [A-Z][a-zA-Z'’.-]+){1,3}$/;
const TITLE = /\b(ceo|cto|cfo|coo|founder|director|manager|head|lead|partner|owner|officer|president|vp|engineer|designer|accountant)\b/i;

export function readMessageProposal(slackText: string): Record<string, string> {
  const text = decodeSlack(slackText ?? '');
  const lines = text.split(/\r?\n/).map((l) => l.trim().replace(/^[-–—|]+\s*/, '')).filter(Boolean);
  const out: Record<string, string> = {};
  const email = findEmails(text)[0];
  if (email) out.email = email;
  // Line by line, emails removed first: a phone is read on its own line of the signature.
  const phone = lines.map((l) => findPhones(l.replace(/\S+@\S+/g, ' '))[0]).find(Boolean);
  if (phone) out.phone = phone;
  const domain = email?.split('@')[1];
  const site = findWebsites(text)[0] ?? (domain && !FREE_MAIL.test(domain) ? domain : undefined);
  if (site) out.website = site;

  // A name: "I'm Jane Doe" / "this is Jane Doe" in an intro, or the line after a sign-off in a signature.
  const intro = text.match(/\b(?:i am|i'm|this is|my name is)\s+([A-Z][a-zA-Z'’-]+(?: [A-Z][a-zA-Z'’-]+){0,2})/);
  const signOff = lines.findIndex((l) => SIGN_OFF.test(l));
  const nameLine = signOff >= 0 ? lines.slice(signOff + 1).find((l) => PERSON.test(l)) : lines.find((l) => PERSON.test(l) && !TITLE.test(l));
  const name = intro?.[1] ?? nameLine;
  if (name) out.contactName = name;

  // A company: "from Acme" / "at Acme" / "with Acme", or a signature line that is neither name, title nor contact detail.
  const company = text.match(/\b(?:from|at|with|of)\s+([A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’-]*|&|GmbH|Ltd|Inc|LLC|AG|SA|BV))*)/)?.[1]
    ?? lines.slice(Math.max(0, lines.indexOf(nameLine ?? '') + 1)).find((l) => l !== nameLine && !SIGN_OFF.test(l) && !TITLE.test(l.split(/[,|@]/)[0] ?? '')
      && !findEmails(l).length && !findPhones(l).length && !findWebsites(l).length && /^[A-Z0-9]/.test(l) && l.length <= 60 && l.split(' ').length <= 6);
  const fromDomain = site ? site.replace(/^https?:\/\//, '').replace(/^www\./, '').split(/[./]/)[0] : undefined;
  const client = company?.replace(/[.,;:]+$/, '') ?? (fromDomain ? fromDomain[0].toUpperCase() + fromDomain.slice(1) : undefined);
  if (client) out.name = client;
  return out;
}
