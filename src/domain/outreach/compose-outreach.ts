// The offline draft: a short, plain re-engagement email written from the facts, naming them (project, last
// invoice or contact date, industry) so the person can see what it is grounded in.
import type { OutreachFacts } from './outreach-facts';

const monthYear = (iso: string) => new Date(`${iso}T00:00:00Z`).toLocaleDateString('en', { month: 'long', year: 'numeric', timeZone: 'UTC' });

export function composeOutreach(f: OutreachFacts, goal?: string | null): { subject: string; body: string } {
  const first = f.contactName?.split(/\s+/)[0] ?? null;
  const greeting = first ? `Hi ${first},` : `Hello ${f.clientName} team,`;
  const since = f.lastContactDate ? ` since ${monthYear(f.lastContactDate)}` : '';
  const history: string[] = [];
  if (f.lastProject) history.push(`It has been a while${since} since we worked together on ${f.lastProject}${f.projects.length > 1 ? ` (and ${f.projects.length - 1} other project${f.projects.length > 2 ? 's' : ''} before that)` : ''}.`);
  else history.push(`It has been a while${since} since we last spoke.`);
  if (f.invoiceCount && f.lastInvoiceDate) history.push(`Our last invoice to ${f.clientName} went out in ${monthYear(f.lastInvoiceDate)}.`);
  const industry = f.industry ? ` in ${f.industry.toLowerCase()}` : '';
  const ask = goal?.trim()
    ? `I am writing because ${goal.trim().replace(/^(to\s+)/i, 'we would like to ').replace(/[.!]+$/, '')}.`
    : `We would love to hear what is on your list for the coming months${industry}, and whether we can help again.`;
  const body = [
    greeting,
    history.join(' '),
    ask,
    'Would a short call next week work for you?',
    `Best regards,\n${f.workspaceName}`,
  ].join('\n\n');
  const subject = f.lastProject ? `Catching up after ${f.lastProject}` : `Catching up with ${f.clientName}`;
  return { subject, body };
}
