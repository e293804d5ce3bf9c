// Messages that need an answer rather than a tool: greetings, thanks, how-to and out-of-scope questions.
const GREETING = /^(?:hi|hello|hey|yo|hiya|howdy|good (?:morning|afternoon|evening))(?:\s+(?:there|team|bot|all))?$/i;
const ACK = /^(?:thanks|thank you|thx|ty|cheers|ok|okay|cool|great|nice|awesome|perfect|got it|sounds good|no thanks|nope|never ?mind|bye|see you)(?:\s+\w+)?$/i;
const HOWTO = /^(?:how\s+(?:do|can|should|would|does|to)\b|what(?:'s| is| are)\s+(?:the\s+)?(?:difference|point|meaning|best way|purpose)\b|why\b|explain\b|what can you\b|what do you do\b|who are you\b|is there a way\b|where (?:do|can|is)\b|what happens\b|when should\b)/i;

export function conversationalReply(text: string): string | undefined {
  if (GREETING.test(text)) return 'Hi! I can add and update clients and contacts, search, invite contacts to the portal, draft outreach, invoice and export. What do you need?';
  if (ACK.test(text)) return 'Anytime. Anything else for your clients?';
  if (/^(?:can|could|how|is it possible|do you)\b/i.test(text) && /\b(?:import|csv|excel|spreadsheet)\b/i.test(text)) {
    return 'Yes: save the sheet as a CSV file and say "import ./clients.csv" (or share it with me in Slack, or use the Import page on the web). I show a preview of what would be added or changed, and nothing is applied until you say so.';
  }
  if (HOWTO.test(text)) {
    if (/\barchiv/i.test(text) && /\bdelet/i.test(text)) return 'Archiving hides a client from active lists and keeps everything (you can unarchive it); deleting removes it for good, needs your confirmation, and is refused once invoices were issued.';
    if (/\badd\b.*\bclient/i.test(text)) return 'Just tell me, e.g. "add Acme Corp, website acme.com, contact Jane Doe jane@acme.com" (or `/client Acme Corp` in Slack).';
    if (/\bcontact/i.test(text)) return 'Say e.g. "add Jane Doe to Acme Corp as finance contact, jane@acme.com".';
    if (/\bportal/i.test(text)) return 'Say "invite Jane at Acme Corp to the portal"; she gets a sign-in link by email.';
    return 'I work from plain requests: "add Acme Corp", "show Acme Corp", "find bakery", "invoice Acme 1,200 due in 30 days", "export active clients in Germany". What would you like to do?';
  }
  return undefined;
}
