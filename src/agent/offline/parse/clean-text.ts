// Strips what carries no meaning for the command (greetings, politeness, filler) and fixes common verb typos.
const LEADING = /^(?:(?:hey|hi|hello|ok(?:ay)?|so|yo|quick one|also|and|then|now)[,!.:]?\s+(?=\S))|^(?:please|pls|plz|kindly|can you|could you|would you|will you|can u|could u|would you mind|i(?:'d| would) like (?:you )?to|i want (?:you )?to|i need (?:you )?to|we need to|let'?s|go ahead and|quickly|just|help me|try to|try and|please try to|attempt to|when you (?:get|have) a (?:chance|moment|sec(?:ond)?|minute)|whenever you can|if possible|if you can|at your convenience)\b[,]?\s*/i;
const TRAILING = /[\s,]*(?:\b(?:please|pls|plz|thanks|thank you|thx|ty|cheers|asap|for me|if you can|when you can|for us)\b[\s!.?]*)+$/i;
const TYPOS: Record<string, string> = {
  ad: 'add', creat: 'create', crate: 'create', ceate: 'create', craete: 'create', udpate: 'update', updte: 'update',
  upate: 'update', archvie: 'archive', arhive: 'archive', delte: 'delete', dlete: 'delete', shwo: 'show', sho: 'show',
  lsit: 'list', serach: 'search', seach: 'search', invocie: 'invoice', inovice: 'invoice', remvoe: 'remove', enrcih: 'enrich',
};

// Misspelt nouns of the domain, anywhere in the text (lower case only: a name is never rewritten).
const NOUN_TYPOS: Record<string, string> = {
  clinet: 'client', cleint: 'client', clent: 'client', cilent: 'client', clietn: 'client', clinets: 'clients', cleints: 'clients',
  clents: 'clients', cilents: 'clients', custmer: 'customer', cusotmer: 'customer', custmers: 'customers', contcat: 'contact',
  conatct: 'contact', contat: 'contact', contcats: 'contacts', protal: 'portal', poratl: 'portal', adress: 'address',
  addres: 'address', emial: 'email', emali: 'email', webiste: 'website', wesbite: 'website', invocie: 'invoice', inovice: 'invoice',
  paymnet: 'payment', payemnt: 'payment', projcet: 'project', porject: 'project', archvied: 'archived', acitve: 'active', actvie: 'active',
};

export function fixTypos(text: string): string {
  return text.replace(/^[a-z]+\b/, (w) => TYPOS[w] ?? w).replace(/\b[a-z]{4,9}\b/g, (w) => NOUN_TYPOS[w] ?? w);
}

export function cleanText(text: string): string {
  let out = text.replace(/\s+/g, ' ').replace(/\bw\/\s*/gi, 'with ').trim();
  for (let i = 0; i < 4; i++) {
    const next = out.replace(LEADING, '').replace(TRAILING, '').trim();
    if (next === out) break;
    out = next;
  }
  out = fixTypos(out).replace(/\s*[!?]+$/, '').trim();
  // "add: Jonas Weber, ..." reads as "add Jonas Weber, ...".
  out = out.replace(/^([Aa]dd|[Cc]reate|[Rr]egister|[Ee]nter)\s*:\s*(?=\p{Lu})/u, '$1 ');
  // A final full stop goes, unless it belongs to an abbreviation ("Inc.", "S.A.").
  if (/\.$/.test(out) && !/(?:\b[A-Za-z]\.[A-Za-z]\.?|\b(?:Inc|Ltd|Co|Corp|Jr|Sr|Bros|St))\.$/.test(out)) out = out.slice(0, -1).trim();
  return out;
}
